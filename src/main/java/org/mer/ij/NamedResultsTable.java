package org.mer.ij;

import java.awt.GraphicsEnvironment;
import java.util.function.Consumer;

import ij.macro.Interpreter;
import ij.measure.ResultsTable;

/**
 * One ImageJ results table known by its title, as the plugin's tables ({@link PredictionsTable},
 * {@link SpotTable}) keep theirs. With a GUI (not headless, not in batch mode) it is the open table
 * of that title, a new one while none is open, shown under the title once rows are added; headless
 * or in batch mode it is one table kept by this object for the life of the JVM, never shown.
 * Thread safe: {@link #table()} and {@link #add} lock this object, so rows added together stay
 * together.
 */
final class NamedResultsTable {
	private final String title;
	private ResultsTable headless;

	NamedResultsTable(String title) {
		this.title = title;
	}

	/** The open table of the title (GUI), or this object's table (headless / batch mode). */
	synchronized ResultsTable table() {
		if (hasGui()) {
			ResultsTable t = ResultsTable.getResultsTable(title);
			return t == null ? new ResultsTable() : t;
		}
		if (headless == null) headless = new ResultsTable();
		return headless;
	}

	/** Lets {@code appendRows} add to {@link #table()}, then shows the table when there is a GUI. */
	synchronized ResultsTable add(Consumer<ResultsTable> appendRows) {
		ResultsTable t = table();
		appendRows.accept(t);
		if (hasGui()) t.show(title);
		return t;
	}

	private static boolean hasGui() {
		return !GraphicsEnvironment.isHeadless() && !Interpreter.isBatchMode();
	}
}
