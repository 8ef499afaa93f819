package org.mer.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.data.SheetColumns.Field;
import org.mer.data.SheetTable.SheetRow;

/**
 * The generic dataset: a csv (or xls/xlsx) with a header row and the columns
 * <pre>
 * subject, sample, frames, onset, apex, offset, label
 * </pre>
 * (case-insensitive; any order; other columns ignored). {@code frames} is a folder of numbered
 * frame files, relative to the csv's folder or absolute. {@code sample} (default: the frames
 * folder name), {@code onset}, {@code apex} and {@code offset} may be absent or blank: onset and
 * offset then mean the first and last frame of the folder, apex is spotted. Frame numbers are
 * absolute (file names), as in the dataset sheets. {@code label} is mapped through the class set.
 * The csv is {@code sheet}, or {@code root} when that is a file, or the only csv in {@code root}.
 * Stateless, thread safe.
 */
final class CsvDatasetReader implements DatasetReader {

	@Override
	public Dataset read(Path root, Path sheet, ClassSet classes, Progress p) {
		Path csv = sheet != null ? sheet : Files.isRegularFile(root) ? root : onlyCsv(root);
		SheetTable table = SheetTable.read(csv);
		Map<Field, List<String>> aliases = new EnumMap<>(Field.class);
		aliases.put(Field.SUBJECT, Arrays.asList("subject"));
		aliases.put(Field.FILENAME, Arrays.asList("sample", "id", "name"));
		aliases.put(Field.FRAMES, Arrays.asList("frames", "folder", "path"));
		aliases.put(Field.ONSET, Arrays.asList("onset"));
		aliases.put(Field.APEX, Arrays.asList("apex"));
		aliases.put(Field.OFFSET, Arrays.asList("offset"));
		aliases.put(Field.EMOTION, Arrays.asList("label", "class", "emotion"));
		SheetColumns<Field> cols = SheetColumns.find(table, aliases, Arrays.asList(Field.SUBJECT, Field.FRAMES, Field.EMOTION));
		Path base = csv.toAbsolutePath().getParent();
		String name = csv.getFileName().toString();
		List<Sample> samples = new ArrayList<>();
		List<String> issues = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		List<SheetRow> rows = table.rows();
		for (int r = cols.headerIndex() + 1; r < rows.size(); r++) {
			p.checkCanceled();
			SheetRow row = rows.get(r);
			if (row.isBlank()) continue;
			String subject = cols.get(row, Field.SUBJECT), frames = cols.get(row, Field.FRAMES);
			String where = name + " row " + row.number;
			if (subject.isEmpty() || frames.isEmpty()) {
				issues.add(where + ": no " + (subject.isEmpty() ? "subject" : "frames") + " ('" + row.text() + "'); skipped");
				continue;
			}
			Path folder = base.resolve(frames).normalize();
			String sample = cols.get(row, Field.FILENAME);
			String id = subject + "/" + (sample.isEmpty() ? folder.getFileName().toString() : sample);
			where += " (" + id + ")";
			Integer previous = seen.putIfAbsent(id, row.number);
			if (previous != null) {
				issues.add(where + ": same sample as row " + previous + "; skipped");
				continue;
			}
			Sample s = SampleCheck.check(where, "csv", subject, id, folder, orNull(cols.get(row, Field.ONSET)), cols.get(row, Field.APEX),
				orNull(cols.get(row, Field.OFFSET)), cols.get(row, Field.EMOTION), classes, issues);
			if (s != null) samples.add(s);
			p.progress((r + 1) / (double) rows.size());
		}
		return new Dataset("csv", classes, samples, issues);
	}

	private static String orNull(String s) {
		return s.isEmpty() ? null : s;
	}

	private static Path onlyCsv(Path root) {
		Folders.requireFolder(root, "csv dataset");
		List<Path> found = new ArrayList<>();
		try (java.util.stream.Stream<Path> s = Files.list(root)) {
			s.filter(f -> f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")).forEach(found::add);
		}
		catch (java.io.IOException e) {
			throw new InputException("cannot list " + root + ": " + e.getMessage(), e);
		}
		if (found.size() != 1)
			throw new InputException((found.isEmpty() ? "no csv" : "several csv files") + " in " + root + "; give the dataset csv with --sheet");
		return found.get(0);
	}
}
