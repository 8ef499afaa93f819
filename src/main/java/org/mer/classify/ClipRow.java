package org.mer.classify;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One clip's CSV row ({@link PredictionCsv}) and, for a clip that failed, the error message.
 * Serializable, so other JVMs (e.g. Spark executors) can make rows that the driver writes.
 * Immutable.
 */
public final class ClipRow implements Serializable {
	private static final long serialVersionUID = 1L;

	private final ArrayList<String> cells;
	private final String error;

	private ClipRow(List<String> cells, String error) {
		this.cells = new ArrayList<>(cells);
		this.error = error;
	}

	public static ClipRow of(List<String> cells) {
		return new ClipRow(cells, null);
	}

	public static ClipRow failed(List<String> cells, String error) {
		return new ClipRow(cells, error);
	}

	public List<String> cells() { return Collections.unmodifiableList(cells); }

	public boolean failed() { return error != null; }

	/** The failure message, or null. */
	public String error() { return error; }
}
