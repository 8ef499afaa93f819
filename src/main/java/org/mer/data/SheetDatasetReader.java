package org.mer.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.data.SheetColumns.Field;
import org.mer.data.SheetTable.SheetRow;

/**
 * Reads a sheet-coded dataset ({@link SheetLayout}: CASME II, SAMM, CAS(ME)^3 part A, MMEW).
 * The sheet is the one given, or else the one under the root whose name has the layout's key
 * words (e.g. "casme2" or "coding"); its header row is found by content, so preamble rows,
 * blank columns and column order do not matter. Every row after the header becomes a sample
 * through {@link SampleCheck} or an issue line; blank rows are ignored; text rows (no subject
 * and no filename, e.g. notes below the data) are reported and ignored; duplicate sample ids
 * are reported and skipped. Stateless, thread safe.
 */
final class SheetDatasetReader implements DatasetReader {
	private final SheetLayout layout;

	SheetDatasetReader(SheetLayout layout) {
		this.layout = layout;
	}

	@Override
	public Dataset read(Path root, Path sheet, ClassSet classes, Progress p) {
		Folders.requireFolder(root, layout.title);
		Path framesRoot = layout.framesRoot(root);
		Path sheetFile = sheet != null ? sheet : findSheet(root, p);
		p.log(layout.dataset + ": frames under " + framesRoot + ", sheet " + sheetFile);
		SheetTable table = SheetTable.read(sheetFile);
		SheetColumns<Field> cols = SheetColumns.find(table, layout.aliases, layout.required());
		List<SheetRow> rows = table.rows();
		String sheetName = sheetFile.getFileName().toString();
		List<Sample> samples = new ArrayList<>();
		List<String> issues = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (int r = cols.headerIndex() + 1; r < rows.size(); r++) {
			p.checkCanceled();
			p.progress((r - cols.headerIndex()) / (double) (rows.size() - cols.headerIndex()));
			SheetRow row = rows.get(r);
			if (row.isBlank()) continue;
			String subjectCell = cols.get(row, Field.SUBJECT), filename = cols.get(row, Field.FILENAME);
			String onset = cols.get(row, Field.ONSET);
			String where = sheetName + " row " + row.number;
			if (subjectCell.isEmpty() || filename.isEmpty()) {
				if (FrameCells.number(onset) != null)
					issues.add(where + ": no " + (subjectCell.isEmpty() ? "Subject" : "Filename") + " ('" + row.text() + "'); skipped");
				else issues.add(where + ": text row, not a sample ('" + row.text() + "'); ignored");
				continue;
			}
			String subject = layout.subject(subjectCell);
			String emotion = cols.get(row, Field.EMOTION);
			String id = layout.id(subject, filename, onset);
			where += " (" + id + ")";
			Integer previous = seen.putIfAbsent(id, row.number);
			if (previous != null) {
				issues.add(where + ": same sample as row " + previous + "; skipped");
				continue;
			}
			Path folder = layout.folder(framesRoot, subject, filename, emotion);
			Sample s = SampleCheck.check(where, layout.dataset, subject, id, folder, onset, cols.get(row, Field.APEX),
				cols.get(row, Field.OFFSET), emotion, classes, issues);
			if (s != null) samples.add(s);
		}
		p.progress(1);
		return new Dataset(layout.dataset, classes, samples, issues);
	}

	private Path findSheet(Path root, Progress p) {
		List<Path> found = Folders.sheets(root, layout.sheetKeywords);
		if (found.isEmpty())
			throw new InputException("no " + layout.title + " sheet (xls, xlsx or csv named with " + String.join(" or ", layout.sheetKeywords) + ") under " + root
				+ "; give it with --sheet");
		if (found.size() > 1) p.log(layout.dataset + ": several sheets found, using " + found.get(0) + " (others: " + found.subList(1, found.size()) + ")");
		if (!Files.isRegularFile(found.get(0))) throw new InputException("no such sheet: " + found.get(0));
		return found.get(0);
	}
}
