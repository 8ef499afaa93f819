package org.mer.spot;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.mer.core.InputException;

/**
 * The intervals CSV that spotting writes: one row per spotted interval with the columns
 * {@code path, onset, apex, offset, type, score}, then the columns of an
 * {@link IntervalAnnotator} if any (e.g. {@code predicted, p_<class>..., time_ms}), then
 * {@code error}. Frame numbers are the recording's own; type is micro or macro; score is the
 * peak's height over the threshold's ({@link SpottedInterval#score()}, 3 decimals). A recording
 * that could not be spotted, or only part way, gets a row with only its path and the message in
 * {@code error}; a recording without intervals gets no row. RFC 4180, "\n" line ends, UTF-8.
 * Stateless.
 */
public final class IntervalCsv {
	static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").build();
	/** The columns every intervals CSV starts with. */
	public static final List<String> FIRST_COLUMNS = Collections.unmodifiableList(Arrays.asList("path", "onset", "apex", "offset", "type", "score"));
	/** How the first line of every intervals CSV starts, whatever the annotator. */
	static final String HEADER_START = String.join(",", FIRST_COLUMNS) + ",";

	private IntervalCsv() {}

	/** The header: the first columns, {@code extra}, error. */
	public static List<String> header(List<String> extra) {
		List<String> h = new ArrayList<>(FIRST_COLUMNS);
		h.addAll(extra);
		h.add("error");
		return h;
	}

	/** The row of one interval; {@code extra} are the annotator's cells (blank when empty), {@code error} "" when none. */
	static List<String> row(String path, SpottedInterval i, List<String> extra, int extraColumns, String error) {
		List<String> r = new ArrayList<>(Arrays.asList(path, Integer.toString(i.onset()), Integer.toString(i.apex()), Integer.toString(i.offset()),
			i.type().id(), String.format(Locale.ROOT, "%.3f", i.score())));
		for (int c = 0; c < extraColumns; c++)
			r.add(extra.isEmpty() ? "" : extra.get(c));
		r.add(oneLine(error));
		return r;
	}

	/** The row of a recording that failed (or stopped part way): its path and the message. */
	static List<String> errorRow(String path, int extraColumns, String error) {
		List<String> r = new ArrayList<>(Arrays.asList(path, "", "", "", "", ""));
		for (int c = 0; c < extraColumns; c++)
			r.add("");
		r.add(oneLine(error));
		return r;
	}

	static String oneLine(String s) {
		return s == null ? "" : s.replace('\n', ' ').replace('\r', ' ');
	}

	/** One row as CSV text with its line end. */
	static String format(List<String> row) {
		StringBuilder sb = new StringBuilder();
		try {
			FORMAT.printRecord(sb, row.toArray());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return sb.toString();
	}

	/**
	 * The complete records of a CSV's text (a last line cut short by an interruption is dropped),
	 * header first.
	 *
	 * @throws InputException naming {@code what} when it is not readable CSV
	 */
	static List<List<String>> parse(String text, String what) {
		if (!text.endsWith("\n")) text = text.substring(0, text.lastIndexOf('\n') + 1);
		List<List<String>> rows = new ArrayList<>();
		try (Reader r = new StringReader(text); CSVParser parser = CSVParser.parse(r, FORMAT)) {
			for (CSVRecord rec : parser)
				rows.add(rec.toList());
		}
		catch (IOException | RuntimeException e) {
			throw new InputException(what + " is not a readable CSV file: " + e.getMessage(), e);
		}
		return rows;
	}
}
