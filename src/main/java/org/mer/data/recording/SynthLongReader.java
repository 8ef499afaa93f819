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
import org.mer.data.SheetColumns;
import org.mer.data.SheetTable;
import org.mer.data.SheetTable.SheetRow;
import org.mer.spot.GroundTruthInterval;

/**
 * The synth-lv layout {@code org.mer.data.synth.LongRecordingGenerator} writes: the recordings
 * index {@code recordings.csv} (subject, video, fps, frames, ..., frames_folder, lossless_video,
 * mp4_video: paths relative to the root, blank when not written) and the coding sheet
 * {@code synth-lv_coding.xlsx} (Subject, Video, Onset, Apex, Offset, Type, Label, Action Units).
 * Each recording opens its frame folder, else its lossless video, else its mp4 (all number frames
 * from 1). Stateless, thread safe.
 */
final class SynthLongReader implements RecordingReader {
	static final String INDEX = "recordings.csv", SHEET = "synth-lv_coding.xlsx";

	@Override
	public RecordingDataset read(Path root, Path sheet, Progress p) {
		Folders.requireFolder(root, "synth-lv");
		Path index = root.resolve(INDEX);
		if (!Files.isRegularFile(index)) throw new InputException("no " + INDEX + " in " + root + " (not a synth-lv folder, or its generation did not finish)");
		List<String> issues = new ArrayList<>();
		RecordingList recordings = new RecordingList();
		SheetTable table = SheetTable.read(index);
		Map<String, List<String>> aliases = new LinkedHashMap<>();
		for (String f : Arrays.asList("subject", "video", "fps", "frames_folder", "lossless_video", "mp4_video")) aliases.put(f, Arrays.asList(f));
		SheetColumns<String> cols = SheetColumns.find(table, aliases, Arrays.asList("subject", "video", "fps"), k -> k);
		List<SheetRow> rows = table.rows();
		for (int r = cols.headerIndex() + 1; r < rows.size(); r++) {
			p.checkCanceled();
			SheetRow row = rows.get(r);
			if (row.isBlank()) continue;
			String where = INDEX + " row " + row.number();
			Path source = null;
			for (String f : Arrays.asList("frames_folder", "lossless_video", "mp4_video")) {
				String rel = cols.get(row, f);
				if (source == null && !rel.isEmpty() && Files.exists(root.resolve(rel))) source = root.resolve(rel);
			}
			double fps;
			try {
				fps = Double.parseDouble(cols.get(row, "fps"));
			}
			catch (NumberFormatException e) {
				fps = Double.NaN;
			}
			if (source == null || !(fps > 0)) {
				issues.add(where + " (" + cols.get(row, "video") + "): " + (source == null ? "none of its frames folder or videos exists" : "fps '" + cols.get(row, "fps") + "'")
					+ "; skipped");
				continue;
			}
			recordings.add(cols.get(row, "subject"), cols.get(row, "video"), source, fps, issues);
		}
		Path sheetFile = sheet != null ? sheet : root.resolve(SHEET);
		p.log("synth-lv: " + INDEX + " and sheet " + sheetFile);
		readSheet(sheetFile, recordings, issues);
		return new RecordingDataset(RecordingKind.SYNTH_LV.id(), recordings.build(), issues);
	}

	private static void readSheet(Path sheetFile, RecordingList recordings, List<String> issues) {
		SheetTable table = SheetTable.read(sheetFile);
		Map<String, List<String>> aliases = new LinkedHashMap<>();
		for (String f : Arrays.asList("Video", "Onset", "Apex", "Offset", "Type", "Label")) aliases.put(f, Arrays.asList(f));
		SheetColumns<String> cols = SheetColumns.find(table, aliases, Arrays.asList("Video", "Onset", "Offset", "Type"), k -> k);
		String name = sheetFile.getFileName().toString();
		List<SheetRow> rows = table.rows();
		for (int r = cols.headerIndex() + 1; r < rows.size(); r++) {
			SheetRow row = rows.get(r);
			if (row.isBlank()) continue;
			String video = cols.get(row, "Video"), where = name + " row " + row.number() + " (" + video + ")";
			RecordingList.Entry rec = recordings.get(video);
			String type = cols.get(row, "Type").trim().toLowerCase(Locale.ROOT);
			if (rec == null || !(type.equals("micro") || type.equals("macro"))) {
				issues.add(where + ": " + (rec == null ? "no recording " + video : "type '" + cols.get(row, "Type") + "' is neither micro nor macro") + "; skipped");
				continue;
			}
			GroundTruthInterval g = IntervalCheck.check(where, cols.get(row, "Onset"), cols.get(row, "Apex"), cols.get(row, "Offset"), type, cols.get(row, "Label"),
				rec, issues);
			if (g != null) rec.truth.add(g);
		}
	}
}
