package org.mer.data.recording;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mer.clip.FrameSources;
import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.data.Folders;
import org.mer.data.FrameCells;
import org.mer.data.SheetTable;
import org.mer.data.SheetTable.SheetRow;
import org.mer.spot.GroundTruthInterval;

/**
 * CAS(ME)^2 part A as distributed: {@code rawpic/s15/15_0101disgustingteeth/img1.jpg} frame
 * folders (or, without rawpic, {@code rawvideo/s15/15_0101disgustingteeth.avi}), 30 fps, and the
 * workbook {@code CAS(ME)^2code_final.xlsx}. Its first worksheet has no header row; columns:
 * participant (1..22), expression ("disgust1_1": video name, underscore, expression number),
 * onset, apex, offset, action units, estimated emotion, type ("micro-expression" or
 * "macro-expression"), self-reported emotion. Worksheet 2 ("naming rule1") maps a participant
 * (third column) to its subject folder number (first column: 15 for s15); worksheet 3 ("naming
 * rule2") maps a video code (first column, "0101"; may read as the number 101) to the video name
 * (second column, "disgust1"). The video of a row is the folder (or file) of its subject whose
 * name starts with "15_0101". Quirks handled: an offset of 0 means the sheet has none (the apex is
 * used and reported); non-data rows are reported and ignored. Recordings are named "s15" and
 * "15_0101disgustingteeth". Stateless, thread safe.
 */
final class Casme2LongReader implements RecordingReader {
	static final double FPS = 30;
	private static final List<String> SHEET_KEYWORDS = Arrays.asList("code_final", "cas(me)", "casme");

	@Override
	public RecordingDataset read(Path root, Path sheet, Progress p) {
		Folders.requireFolder(root, "CAS(ME)^2");
		List<String> issues = new ArrayList<>();
		RecordingList recordings = new RecordingList();
		Path pics = Folders.find(root, d -> name(d).equals("rawpic") && Folders.hasSubjectFolder(d, "(?i)s\\d+"), 3);
		Path videos = pics != null ? null : Folders.find(root, d -> name(d).equals("rawvideo"), 3);
		Path base = pics != null ? pics : videos;
		if (base == null) throw new InputException("no CAS(ME)^2 rawpic (or rawvideo) folder with subject folders s15, s16, ... under " + root);
		for (Path subjectDir : Folders.subfolders(base)) {
			p.checkCanceled();
			String subject = subjectDir.getFileName().toString();
			if (!subject.matches("(?i)s\\d+")) continue;
			for (Path v : videos(subjectDir, pics != null)) recordings.add(subject.toLowerCase(Locale.ROOT), stem(v), v, FPS, issues);
		}
		Path sheetFile = sheet != null ? sheet : findSheet(root);
		p.log("casme2-lv: recordings under " + base + ", sheet " + sheetFile);
		List<String> names = SheetTable.sheetNames(sheetFile);
		Map<String, String> subjectOf = names.size() >= 2 ? participants(SheetTable.read(sheetFile, 1)) : new HashMap<>();
		Map<String, String> codeOf = names.size() >= 3 ? videoCodes(SheetTable.read(sheetFile, 2)) : new HashMap<>();
		if (names.size() < 3) issues.add(sheetFile.getFileName() + ": no 'naming rule' worksheets; participants are read as subject numbers and videos cannot be matched");
		String sheetName = sheetFile.getFileName().toString();
		for (SheetRow row : SheetTable.read(sheetFile, 0).rows()) {
			p.checkCanceled();
			if (row.isBlank()) continue;
			String where = sheetName + " row " + row.number();
			if (FrameCells.number(row.cell(2)) == null && FrameCells.number(row.cell(4)) == null) {
				issues.add(where + ": not a data row ('" + row.text() + "'); ignored");
				continue;
			}
			String participant = digits(row.cell(0)), expression = row.cell(1), typeText = row.cell(7).toLowerCase(Locale.ROOT);
			String number = subjectOf.getOrDefault(participant, participant), code = codeOf.get(expression.split("_")[0].trim().toLowerCase(Locale.ROOT));
			RecordingList.Entry rec = code == null ? null : find(recordings, "s" + number, number + "_" + code);
			where += " (s" + number + "/" + expression + ")";
			if (rec == null) {
				issues.add(where + ": " + (code == null ? "video name '" + expression + "' is not in the naming rules" : "no recording s" + number + "/" + number + "_"
					+ code + "*") + "; skipped");
				continue;
			}
			String type = typeText.contains("micro") ? "micro" : typeText.contains("macro") ? "macro" : null;
			if (type == null) {
				issues.add(where + ": type '" + row.cell(7) + "' is neither micro- nor macro-expression; skipped");
				continue;
			}
			String offset = row.cell(4);
			if ("0".equals(offset) && FrameCells.number(row.cell(3)) != null) {
				issues.add(where + ": offset 0 (none coded); using the apex " + row.cell(3) + " as offset");
				offset = row.cell(3);
			}
			GroundTruthInterval g = IntervalCheck.check(where, row.cell(2), row.cell(3), offset, type, row.cell(6), rec, issues);
			if (g != null) rec.truth.add(g);
		}
		if (recordings.isEmpty()) issues.add("no readable recording under " + base);
		return new RecordingDataset(RecordingKind.CASME2_LV.id(), recordings.build(), issues);
	}

	private static List<Path> videos(Path subjectDir, boolean folders) {
		if (folders) return Folders.subfolders(subjectDir);
		List<Path> out = new ArrayList<>();
		try (java.util.stream.Stream<Path> s = Files.list(subjectDir)) {
			s.filter(Files::isRegularFile).filter(f -> Arrays.asList(FrameSources.VIDEO_EXTENSIONS).contains(extension(f))).sorted().forEach(out::add);
		}
		catch (java.io.IOException e) {
			throw new InputException("cannot list " + subjectDir + ": " + e.getMessage(), e);
		}
		return out;
	}

	/** The recording of subject folder {@code subject} whose name starts with {@code prefix} ("15_0101"). */
	private static RecordingList.Entry find(RecordingList recordings, String subject, String prefix) {
		return recordings.first(e -> e.subject.equals(subject) && e.video.startsWith(prefix));
	}

	/** naming rule1: participant (third column) to subject folder number (first column). */
	private static Map<String, String> participants(SheetTable t) {
		Map<String, String> m = new HashMap<>();
		for (SheetRow r : t.rows())
			if (!digits(r.cell(2)).isEmpty() && !digits(r.cell(0)).isEmpty()) m.put(digits(r.cell(2)), digits(r.cell(0)));
		return m;
	}

	/** naming rule2: video name (second column, lower case) to 4-digit code (first column). */
	private static Map<String, String> videoCodes(SheetTable t) {
		Map<String, String> m = new HashMap<>();
		for (SheetRow r : t.rows()) {
			String code = digits(r.cell(0));
			if (!code.isEmpty() && !r.cell(1).isEmpty()) m.put(r.cell(1).trim().toLowerCase(Locale.ROOT), String.format("%04d", Integer.parseInt(code)));
		}
		return m;
	}

	private static String digits(String s) {
		String d = s.replaceAll("\\D", "");
		return d.isEmpty() ? "" : Integer.toString(Integer.parseInt(d.length() > 9 ? d.substring(0, 9) : d));
	}

	private static Path findSheet(Path root) {
		List<Path> found = Folders.sheets(root, SHEET_KEYWORDS);
		if (found.isEmpty()) throw new InputException("no CAS(ME)^2 sheet (CAS(ME)^2code_final.xlsx) under " + root + "; give it with --sheet");
		return found.get(0);
	}

	static String name(Path p) {
		return p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
	}

	static String stem(Path p) {
		String n = p.getFileName().toString();
		return Files.isDirectory(p) || n.lastIndexOf('.') < 0 ? n : n.substring(0, n.lastIndexOf('.'));
	}

	static String extension(Path p) {
		String n = p.getFileName().toString();
		return n.lastIndexOf('.') < 0 ? "" : n.substring(n.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
	}
}
