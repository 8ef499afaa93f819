package org.mer.classify;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.mer.core.InputException;
import org.mer.io.AtomicFiles;

/**
 * The prediction CSV of {@link BatchClassifier}: one row per clip with the columns
 * {@code path, onset, apex, apex_method, offset, predicted, p_<class>} (one per class, in the
 * model's order), {@code time_ms, error}. A classified clip has an empty {@code error}; a clip
 * that failed has only {@code path} (and what was known of onset/apex/offset) plus the error
 * message. Probabilities are written with 6 decimals, times with 1. RFC 4180 quoting, "\n" line
 * ends, UTF-8.
 */
final class PredictionCsv {
	static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").build();
	/** How every predictions CSV begins, whatever the model's classes. */
	static final String HEADER_START = "path,onset,apex,apex_method,offset,predicted,";

	private PredictionCsv() {}

	static List<String> header(List<String> classNames) {
		List<String> h = new ArrayList<>(Arrays.asList("path", "onset", "apex", "apex_method", "offset", "predicted"));
		for (String c : classNames)
			h.add("p_" + c);
		h.add("time_ms");
		h.add("error");
		return h;
	}

	static List<String> row(String path, Prediction p) {
		List<String> r = new ArrayList<>();
		r.add(path);
		r.add(Integer.toString(p.image().onset()));
		r.add(Integer.toString(p.image().apex()));
		r.add(p.image().apexMethod().id());
		r.add(Integer.toString(p.image().offset()));
		r.add(p.predictedName());
		for (float v : p.probabilities())
			r.add(String.format(Locale.ROOT, "%.6f", v));
		r.add(String.format(Locale.ROOT, "%.1f", p.timeMs()));
		r.add("");
		return r;
	}

	static List<String> errorRow(String path, Integer onset, Integer apex, Integer offset, int classes, String error) {
		List<String> r = new ArrayList<>();
		r.add(path);
		r.add(onset == null ? "" : onset.toString());
		r.add(apex == null ? "" : apex.toString());
		r.add("");
		r.add(offset == null ? "" : offset.toString());
		r.add("");
		for (int i = 0; i < classes; i++)
			r.add("");
		r.add("");
		r.add(error.replace('\n', ' ').replace('\r', ' '));
		return r;
	}

	/**
	 * Reads the complete, successful rows of an existing CSV for resuming: rows with an error
	 * and a last line cut short by an interrupted run (no final line end, or too few columns)
	 * are dropped; then the file is rewritten (atomically) with only the kept rows, so new rows
	 * can be appended.
	 *
	 * @return the kept rows, header excluded
	 * @throws InputException when the file's header differs from {@code header} (another model)
	 */
	static List<List<String>> keepCompleteRows(Path csv, List<String> header) throws IOException {
		String text = new String(Files.readAllBytes(csv), StandardCharsets.UTF_8);
		List<List<String>> kept = new ArrayList<>();
		if (!text.endsWith("\n")) text = text.substring(0, text.lastIndexOf('\n') + 1);
		if (text.isEmpty()) {
			writeAll(csv, header, kept);
			return kept;
		}
		List<CSVRecord> records;
		try (Reader r = new StringReader(text); CSVParser parser = CSVParser.parse(r, FORMAT)) {
			records = parser.getRecords();
		}
		catch (IOException | RuntimeException e) {
			throw new InputException(csv + " is not a readable CSV file: " + e.getMessage(), e);
		}
		if (records.isEmpty()) throw new InputException(csv + " has no complete header line");
		List<String> existing = records.get(0).toList();
		if (!existing.equals(header))
			throw new InputException(csv + " has columns " + existing + " but this model writes " + header
				+ ": write to another file or remove it to start again");
		int last = records.size();
		int errorColumn = header.size() - 1;
		for (int i = 1; i < last; i++) {
			CSVRecord rec = records.get(i);
			if (rec.size() != header.size()) continue;
			if (!rec.get(errorColumn).isEmpty()) continue;
			kept.add(rec.toList());
		}
		writeAll(csv, header, kept);
		return kept;
	}

	private static void writeAll(Path csv, List<String> header, List<List<String>> rows) throws IOException {
		StringBuilder sb = new StringBuilder();
		FORMAT.printRecord(sb, header.toArray());
		for (List<String> row : rows)
			FORMAT.printRecord(sb, row.toArray());
		AtomicFiles.writeString(csv, sb.toString());
	}
}
