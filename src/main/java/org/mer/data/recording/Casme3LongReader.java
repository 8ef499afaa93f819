package org.mer.data.recording;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.data.Folders;
import org.mer.data.FrameCells;
import org.mer.data.SheetColumns;
import org.mer.data.SheetTable;
import org.mer.data.SheetTable.SheetRow;
import org.mer.spot.GroundTruthInterval;

/**
 * CAS(ME)^3 part A long videos as distributed: {@code spNO.1/a/color/0.jpg} (one folder per
 * subject, one per take a..m, colour frames in {@code color}, depth in {@code depth}), 30 fps, and
 * two workbooks: micro-expressions in {@code cas(me)3_part_A_ME_label_JpgIndex_v2.xlsx} (Subject,
 * Filename, Onset, Apex, Offset, ..., emotion) and macro-expressions in
 * {@code cas(me)3_part_A_MaE_label_JpgIndex_v2_emotion.xlsx} (sub, seq, onset, apex, offset, ...,
 * emotion). Both are read when found under the root (or the one given); the type comes from a Type
 * column when there is one ("ME"/"micro" or "MaE"/"macro"), else from the file name ("MaE" macro,
 * otherwise micro). Rows with onset 0 or frames missing from the take are reported as the interval
 * checks say. Recordings are named "spNO.1" and "spNO.1_a". Stateless, thread safe.
 */
final class Casme3LongReader implements RecordingReader {
	static final double FPS = 30;

	@Override
	public RecordingDataset read(Path root, Path sheet, Progress p) {
		Folders.requireFolder(root, "CAS(ME)^3 part A");
		List<String> issues = new ArrayList<>();
		Path base = Folders.find(root, d -> Folders.hasSubjectFolder(d, "(?i)spNO\\.?\\d+"), 4);
		if (base == null) throw new InputException("no CAS(ME)^3 subject folders (spNO.1, spNO.2, ...) under " + root);
		RecordingList recordings = new RecordingList();
		for (Path subjectDir : Folders.subfolders(base)) {
			p.checkCanceled();
			String subject = subjectDir.getFileName().toString();
			if (!subject.matches("(?i)spNO\\.?\\d+")) continue;
			for (Path take : Folders.subfolders(subjectDir)) {
				Path color = Folders.child(take, "color");
				recordings.add(subject, subject + "_" + take.getFileName(), Files.isDirectory(color) ? color : take, FPS, issues);
			}
		}
		List<Path> sheets = sheet != null ? Arrays.asList(sheet) : findSheets(root, p);
		p.log("casme3-lv: recordings under " + base + ", sheets " + sheets);
		for (Path s : sheets) readSheet(s, recordings, issues, p);
		return new RecordingDataset(RecordingKind.CASME3_LV.id(), recordings.build(), issues);
	}

	private static void readSheet(Path sheetFile, RecordingList recordings, List<String> issues, Progress p) {
		SheetTable table = SheetTable.read(sheetFile);
		Map<String, List<String>> aliases = new LinkedHashMap<>();
		aliases.put("subject", Arrays.asList("Subject", "sub"));
		aliases.put("filename", Arrays.asList("Filename", "seq"));
		aliases.put("onset", Arrays.asList("Onset", "Onset Frame"));
		aliases.put("apex", Arrays.asList("Apex", "Apex Frame"));
		aliases.put("offset", Arrays.asList("Offset", "Offset Frame"));
		aliases.put("type", Arrays.asList("Type", "Expression Type"));
		aliases.put("emotion", Arrays.asList("emotion", "Estimated Emotion"));
		SheetColumns<String> cols = SheetColumns.find(table, aliases, Arrays.asList("subject", "filename", "onset", "offset"), k -> k);
		String name = sheetFile.getFileName().toString();
		String defaultType = name.toLowerCase(Locale.ROOT).contains("mae") ? "macro" : "micro";
		List<SheetRow> rows = table.rows();
		for (int r = cols.headerIndex() + 1; r < rows.size(); r++) {
			p.checkCanceled();
			SheetRow row = rows.get(r);
			if (row.isBlank()) continue;
			String where = name + " row " + row.number(), subjectCell = cols.get(row, "subject"), take = cols.get(row, "filename");
			if (subjectCell.isEmpty() || take.isEmpty()) {
				issues.add(where + ": no " + (subjectCell.isEmpty() ? "subject" : "take") + " ('" + row.text() + "'); "
					+ (FrameCells.number(cols.get(row, "onset")) == null ? "ignored" : "skipped"));
				continue;
			}
			String subject = subjectCell.matches("\\d+") ? "spNO." + Integer.parseInt(subjectCell) : subjectCell;
			String video = subject + "_" + take;
			where += " (" + video + ")";
			RecordingList.Entry rec = recordings.get(video);
			if (rec == null) {
				issues.add(where + ": no recording " + subject + "/" + take + "; skipped");
				continue;
			}
			String type = defaultType;
			if (cols.has("type") && !cols.get(row, "type").isEmpty()) {
				String t = cols.get(row, "type").toLowerCase(Locale.ROOT);
				type = t.startsWith("mae") || t.contains("macro") ? "macro" : t.startsWith("me") || t.contains("micro") ? "micro" : null;
				if (type == null) {
					issues.add(where + ": type '" + cols.get(row, "type") + "' is neither ME nor MaE; skipped");
					continue;
				}
			}
			GroundTruthInterval g = IntervalCheck.check(where, cols.get(row, "onset"), cols.get(row, "apex"), cols.get(row, "offset"), type,
				cols.get(row, "emotion"), rec, issues);
			if (g != null) rec.truth.add(g);
		}
	}

	/**
	 * The ME and the MaE label workbook under the root (file names with "_label", "casme3" or
	 * "cas(me)3"): the first of each kind in {@link Folders#sheets} order (newest version first);
	 * the others are logged and not used.
	 */
	private static List<Path> findSheets(Path root, Progress p) {
		List<Path> found = new ArrayList<>();
		boolean micro = false, macro = false;
		for (Path f : Folders.sheets(root, Arrays.asList("_label", "cas(me)3", "casme3", "cas(me)^3"))) {
			boolean isMacro = f.getFileName().toString().toLowerCase(Locale.ROOT).contains("mae");
			if (isMacro ? macro : micro) p.log("casme3-lv: another " + (isMacro ? "MaE" : "ME") + " sheet " + f + " is not used");
			else found.add(f);
			if (isMacro) macro = true;
			else micro = true;
		}
		if (found.isEmpty()) throw new InputException("no CAS(ME)^3 label sheet (cas(me)3_part_A_ME_label_JpgIndex_v2.xlsx) under " + root + "; give it with --sheet");
		return found;
	}
}
