package org.mer.data.recording;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mer.clip.FrameSources;
import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.data.Folders;
import org.mer.data.FrameCells;
import org.mer.data.SheetColumns;
import org.mer.data.SheetTable;
import org.mer.data.SheetTable.SheetRow;
import org.mer.spot.GroundTruthInterval;

/**
 * SAMM Long Videos as distributed: {@code SAMM_longvideos/006_1/006_1_0001.jpg} (grey; frames
 * from 1), 200 fps, and {@code SAMM_LongVideos_V*_Release.xlsx}: a few rows of text above the
 * header Subject, Filename, Inducement Code, Onset, Apex, Offset, Duration, Type, Action Units,
 * Notes (found by content). Filename "006_1_3" is expression 3 of video "006_1"; Type is
 * "Micro - 1/2" or "Macro". The sheet has no emotion column (the emotions of the micro-expressions
 * are in SAMM's own micro sheet): labels are empty unless the sheet has an Emotion or Estimated
 * Emotion column. A video file {@code 006_1.mp4} (or avi, ...) next to the folders is read as well.
 * Recordings are named "006" and "006_1". Stateless, thread safe.
 */
final class SammLongReader implements RecordingReader {
	static final double FPS = 200;
	private static final List<String> SHEET_KEYWORDS = Arrays.asList("longvideos", "long_videos", "samm-lv", "sammlv", "samm_lv");

	@Override
	public RecordingDataset read(Path root, Path sheet, Progress p) {
		Folders.requireFolder(root, "SAMM Long Videos");
		List<String> issues = new ArrayList<>();
		Path base = Folders.find(root, SammLongReader::holdsVideos, 3);
		if (base == null) throw new InputException("no SAMM long-video folders (SAMM_longvideos/006_1/006_1_0001.jpg) under " + root);
		RecordingList recordings = new RecordingList();
		for (Path v : entries(base)) {
			p.checkCanceled();
			String video = Casme2LongReader.stem(v);
			recordings.add(video.substring(0, video.indexOf('_')), video, v, FPS, issues);
		}
		Path sheetFile = sheet != null ? sheet : findSheet(root);
		p.log("samm-lv: recordings under " + base + ", sheet " + sheetFile);
		SheetTable table = SheetTable.read(sheetFile);
		Map<String, List<String>> aliases = new LinkedHashMap<>();
		aliases.put("subject", Arrays.asList("Subject"));
		aliases.put("filename", Arrays.asList("Filename", "File name"));
		aliases.put("onset", Arrays.asList("Onset", "Onset Frame"));
		aliases.put("apex", Arrays.asList("Apex", "Apex Frame"));
		aliases.put("offset", Arrays.asList("Offset", "Offset Frame"));
		aliases.put("type", Arrays.asList("Type"));
		aliases.put("emotion", Arrays.asList("Estimated Emotion", "Emotion"));
		SheetColumns<String> cols = SheetColumns.find(table, aliases, Arrays.asList("filename", "onset", "offset", "type"), k -> k);
		String sheetName = sheetFile.getFileName().toString();
		List<SheetRow> rows = table.rows();
		for (int r = cols.headerIndex() + 1; r < rows.size(); r++) {
			p.checkCanceled();
			SheetRow row = rows.get(r);
			if (row.isBlank()) continue;
			String where = sheetName + " row " + row.number(), filename = cols.get(row, "filename");
			String[] parts = filename.split("_");
			if (parts.length < 2 || !parts[0].matches("\\d+")) {
				issues.add(where + ": " + (filename.isEmpty() ? "no Filename" : "Filename '" + filename + "' is not subject_video_expression") + " ('" + row.text() + "'); "
					+ (FrameCells.number(cols.get(row, "onset")) == null ? "ignored" : "skipped"));
				continue;
			}
			String video = String.format(Locale.ROOT, "%03d", Integer.parseInt(parts[0])) + "_" + parts[1];
			where += " (" + video + ")";
			RecordingList.Entry rec = recordings.get(video);
			if (rec == null) {
				issues.add(where + ": no recording " + video + " under " + base + "; skipped");
				continue;
			}
			String typeText = cols.get(row, "type").toLowerCase(Locale.ROOT);
			String type = typeText.contains("micro") ? "micro" : typeText.contains("macro") ? "macro" : null;
			if (type == null) {
				issues.add(where + ": Type '" + cols.get(row, "type") + "' is neither Micro nor Macro; skipped");
				continue;
			}
			GroundTruthInterval g = IntervalCheck.check(where, cols.get(row, "onset"), cols.get(row, "apex"), cols.get(row, "offset"), type,
				cols.get(row, "emotion"), rec, issues);
			if (g != null) rec.truth.add(g);
		}
		return new RecordingDataset(RecordingKind.SAMM_LV.id(), recordings.build(), issues);
	}

	/** A folder holding "006_1"-style video folders or files. */
	private static boolean holdsVideos(Path dir) {
		return !entries(dir).isEmpty();
	}

	private static List<Path> entries(Path dir) {
		List<Path> out = new ArrayList<>();
		if (!Files.isDirectory(dir)) return out;
		try (java.util.stream.Stream<Path> s = Files.list(dir)) {
			s.filter(f -> Casme2LongReader.stem(f).matches("\\d{3}_\\d+"))
				.filter(f -> Files.isDirectory(f) || Arrays.asList(FrameSources.VIDEO_EXTENSIONS).contains(Casme2LongReader.extension(f)))
				.sorted((a, b) -> org.mer.clip.NaturalOrder.INSTANCE.compare(a.getFileName().toString(), b.getFileName().toString())).forEach(out::add);
		}
		catch (java.io.IOException e) {
			throw new InputException("cannot list " + dir + ": " + e.getMessage(), e);
		}
		return out;
	}

	private static Path findSheet(Path root) {
		List<Path> found = Folders.sheets(root, SHEET_KEYWORDS);
		if (found.isEmpty()) throw new InputException("no SAMM long-video sheet (SAMM_LongVideos_V*_Release.xlsx) under " + root + "; give it with --sheet");
		return found.get(0);
	}
}
