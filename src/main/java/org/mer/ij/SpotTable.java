package org.mer.ij;

import java.util.List;

import ij.measure.ResultsTable;

/**
 * The {@value #TITLE} results table: one row per spotted interval with the columns of the
 * intervals CSV ({@code path, onset, apex, offset, type, score}, the classification's
 * {@code predicted, p_<class>..., time_ms} when intervals were classified, {@code error}); cells
 * that are numbers become numbers, the others text. A recording that could not be spotted shows
 * as a row with its error. Thread safe.
 */
public final class SpotTable {
	/** Title of the table (and of its window in the GUI). */
	public static final String TITLE = "Spotted intervals";

	private static final NamedResultsTable TABLE = new NamedResultsTable(TITLE);

	private SpotTable() {}

	/** The open table of that title (GUI), or this JVM's table (headless / batch mode). */
	public static ResultsTable table() {
		return TABLE.table();
	}

	/** Adds the rows to {@link #table()} and shows it when there is a GUI. */
	public static ResultsTable add(List<String> header, List<List<String>> rows) {
		return TABLE.add(t -> addRows(t, header, rows));
	}

	/** Appends one table row per CSV row. */
	public static void addRows(ResultsTable t, List<String> header, List<List<String>> rows) {
		for (List<String> row : rows) {
			t.incrementCounter();
			for (int c = 0; c < header.size(); c++) {
				String cell = c < row.size() ? row.get(c) : "";
				Double number = number(cell);
				if (number != null && !header.get(c).equals("path")) t.addValue(header.get(c), number);
				else t.addValue(header.get(c), cell);
			}
		}
	}

	private static Double number(String cell) {
		if (cell.isEmpty()) return null;
		try {
			return Double.valueOf(cell);
		}
		catch (NumberFormatException e) {
			return null;
		}
	}
}
