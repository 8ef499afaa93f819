package org.mer.spot;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mer.io.AtomicFiles;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/**
 * Writes a {@link SpotReport} into a folder, each file atomically ({@link AtomicFiles}; an older
 * report there is replaced file by file, nothing else is touched):
 * <ul>
 * <li>{@code report.json}: {@link SpotReport#toMap()}, pretty-printed;</li>
 * <li>{@code per_video.csv}: subject, video, fps, frames, detections, truth, then tp, fp, fn,
 * precision, recall, f1 for overall, micro and macro (prefixed), partial_note, error;</li>
 * <li>{@code intervals.csv}: one row per detection and per ground-truth interval: subject, video,
 * kind (detection / truth), onset, apex (empty for truth), offset, length, type, score (empty for
 * truth), matched (the other side's onset..offset under the type-blind matching, or empty), iou.</li>
 * </ul>
 * CSV is RFC 4180 with a header row, numbers with a dot and 4 decimals. Stateless.
 */
public final class SpotReportFiles {
	public static final String JSON = "report.json", PER_VIDEO = "per_video.csv", INTERVALS = "intervals.csv";
	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeNulls().serializeSpecialFloatingPointValues().create();

	private SpotReportFiles() {}

	/** @throws IOException when a file cannot be written (files already written stay) */
	public static void write(SpotReport report, Path dir) throws IOException {
		Files.createDirectories(dir);
		AtomicFiles.writeString(dir.resolve(JSON), GSON.toJson(report.toMap()));
		List<String> header = new ArrayList<>(List.of("subject", "video", "fps", "frames", "detections", "truth"));
		for (String t : new String[] { "overall", "micro", "macro" })
			for (String c : new String[] { "tp", "fp", "fn", "precision", "recall", "f1" })
				header.add(t + "_" + c);
		header.add("partial_note");
		header.add("error");
		List<List<Object>> rows = new ArrayList<>();
		for (VideoOutcome v : report.videos()) {
			List<Object> row = new ArrayList<>(List.of(v.subject(), v.video(), num(v.fps()),
				v.result().map(r -> (Object) r.signal().length()).orElse(""), v.intervals().size(), v.truth().size()));
			for (SpotMetrics m : new SpotMetrics[] { v.score().overall(), v.score().micro(), v.score().macro() })
				row.addAll(List.of(m.tp(), m.fp(), m.fn(), num(m.precision()), num(m.recall()), num(m.f1())));
			row.add(v.partialNote().orElse(""));
			row.add(v.error().orElse(""));
			rows.add(row);
		}
		writeCsv(dir.resolve(PER_VIDEO), header, rows);
		writeCsv(dir.resolve(INTERVALS), List.of("subject", "video", "kind", "onset", "apex", "offset", "length", "type", "score", "matched", "iou"),
			intervalRows(report));
	}

	private static List<List<Object>> intervalRows(SpotReport report) {
		List<List<Object>> rows = new ArrayList<>();
		for (VideoOutcome v : report.videos()) {
			SpotMatching.Result match = v.score().matching();
			List<SpottedInterval> det = v.intervals();
			List<GroundTruthInterval> truth = v.truth();
			for (int d = 0; d < det.size(); d++) {
				SpottedInterval s = det.get(d);
				int t = match.truthOf(d);
				rows.add(List.of(v.subject(), v.video(), "detection", s.onset(), s.apex(), s.offset(), s.length(), s.type().id(), num(s.score()),
					t < 0 ? "" : span(truth.get(t)), t < 0 ? "" : num(SpotMatching.iou(s, truth.get(t)))));
			}
			for (int t = 0; t < truth.size(); t++) {
				GroundTruthInterval g = truth.get(t);
				int d = match.detectionOf(t);
				rows.add(List.of(v.subject(), v.video(), "truth", g.onset(), "", g.offset(), g.length(), g.type().id(), "",
					d < 0 ? "" : span(det.get(d)), d < 0 ? "" : num(SpotMatching.iou(det.get(d), g))));
			}
		}
		return rows;
	}

	private static String span(FrameInterval i) {
		return i.onset() + ".." + i.offset();
	}

	private static String num(double v) {
		return String.format(Locale.ROOT, "%.4f", v);
	}

	private static void writeCsv(Path file, List<String> header, List<? extends List<?>> rows) throws IOException {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(new String[0])).build())) {
			for (List<?> row : rows)
				printer.printRecord(row);
		}
		AtomicFiles.writeString(file, out.toString());
	}
}
