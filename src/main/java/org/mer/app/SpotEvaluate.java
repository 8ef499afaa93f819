package org.mer.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.data.recording.RecordingDataset;
import org.mer.data.recording.RecordingKind;
import org.mer.data.recording.RecordingReaders;
import org.mer.figures.SpottingPlot;
import org.mer.io.OutputKind;
import org.mer.io.OwnedFolder;
import org.mer.io.ProtectedPaths;
import org.mer.spot.ClassicalSpotter;
import org.mer.spot.GroundTruthInterval;
import org.mer.spot.Recording;
import org.mer.spot.SpotEvaluation;
import org.mer.spot.SpotMetrics;
import org.mer.spot.SpotReport;
import org.mer.spot.SpotReportFiles;
import org.mer.spot.VideoOutcome;

/**
 * Evaluate Spotting ({@link UseCase#SPOT_EVALUATE}) for every front end: reads a long-video
 * dataset (CAS(ME)^2, SAMM-LV, CAS(ME)^3, synth-lv; {@link RecordingReaders}), spots every
 * recording at its own fps with the values' settings and scores it by the MEGC protocol
 * (SPEC §10, {@link SpotEvaluation}). The report folder (an {@link OutputKind#SPOT_REPORT} owned
 * folder) gets report.json, per_video.csv, intervals.csv ({@link SpotReportFiles}) and
 * {@code plots/<video>_spotting.png} per recording (signal, threshold, ground truth, detections;
 * video ids are unique within a dataset). A recording that cannot be spotted stays in the report
 * with its error. Stateless.
 */
public final class SpotEvaluate {
	/** Folder of the per-recording plots inside the report folder. */
	public static final String PLOTS = "plots";

	private SpotEvaluate() {}

	/** The report and what to tell the user. */
	public static final class Result {
		private final SpotReport report;
		private final List<String> lines, problems;

		Result(SpotReport report, List<String> lines, List<String> problems) {
			this.report = report;
			this.lines = lines;
			this.problems = problems;
		}

		public SpotReport report() { return report; }
		/** The pooled scores and where the files are. */
		public List<String> lines() { return lines; }
		/**
		 * What makes the result incomplete, one line each: recordings not spotted, spotted part way,
		 * sheet intervals outside their videos. Empty when none.
		 */
		public List<String> problems() { return problems; }

		/**
		 * For the ImageJ front ends, once the report is written and shown: nothing when the result
		 * is complete, else one {@link InputException} joining the {@link #problems()} with "; ".
		 */
		public void failOnProblems() {
			if (!problems.isEmpty()) throw new InputException(String.join("; ", problems));
		}
	}

	/** As {@link #run}, for the ImageJ front ends: a file that cannot be written is an {@link InputException} naming the report folder. */
	public static Result runOrFail(ParamValues v, Progress progress) {
		try {
			return run(v, progress);
		}
		catch (IOException e) {
			throw new InputException("cannot write the report " + v.path(TrainingParams.RESULT_FOLDER) + ": " + e.getMessage(), e);
		}
	}

	/** @throws InputException for bad values, an unreadable dataset or a report folder that may not be written */
	public static Result run(ParamValues v, Progress progress) throws IOException {
		RecordingKind kind = v.choice(SpotParams.RECORDING_KIND, RecordingKind.class);
		Path root = v.path(Params.FRAMES_ROOT), sheet = v.path(Params.DATASET_SHEET), out = v.path(TrainingParams.RESULT_FOLDER);
		if (root == null) throw v.error(Params.FRAMES_ROOT, "is missing: give the dataset folder");
		if (!Files.isDirectory(root)) throw v.error(Params.FRAMES_ROOT, root + " is not a folder");
		if (out == null) throw v.error(TrainingParams.RESULT_FOLDER, "is missing: give the report folder to write");
		org.mer.spot.SpotSettings template = SpotValues.template(v);
		OwnedFolder.checkWritable(out, OutputKind.SPOT_REPORT, protect(root, sheet));
		RecordingDataset dataset = RecordingReaders.read(kind.id(), root, sheet, progress);
		OwnedFolder.claim(out, OutputKind.SPOT_REPORT, protect(root, sheet));
		Path plots = Files.createDirectories(out.resolve(PLOTS));
		SpotReport report = SpotEvaluation.run(kind.id(), dataset.recordings(), template, SpotRecordings.preparation(v), new ClassicalSpotter(), progress,
			(rec, o) -> plot(plots, rec, o));
		SpotReportFiles.write(report, out);
		List<String> lines = new ArrayList<>();
		lines.add(String.format(Locale.ROOT, "%s: %d recordings, spotted with %s; F1 (IoU >= 0.5, pooled):", kind.id(), report.videos().size(),
			report.spotter()));
		lines.add(line("overall", report.overall()));
		lines.add(line("micro", report.micro()));
		lines.add(line("macro", report.macro()));
		lines.add("report: " + out.resolve(SpotReportFiles.JSON) + ", " + SpotReportFiles.PER_VIDEO + ", " + SpotReportFiles.INTERVALS + ", "
			+ PLOTS + "/");
		List<String> problems = new ArrayList<>();
		for (VideoOutcome o : report.videos()) {
			o.error().ifPresent(e -> problems.add(o.subject() + "/" + o.video() + " could not be spotted: " + e));
			o.partialNote().ifPresent(n -> problems.add(o.subject() + "/" + o.video() + " was spotted part way: " + n));
		}
		List<String> outside = dataset.outsideTheVideo();
		if (!outside.isEmpty())
			problems.add(outside.size() + " sheet interval(s) lie outside their video and were not scored (first: " + outside.get(0) + ")");
		return new Result(report, lines, problems);
	}

	private static String line(String type, SpotMetrics m) {
		return String.format(Locale.ROOT, "  %-7s TP %4d  FP %4d  FN %4d  precision %.3f  recall %.3f  F1 %.3f", type, m.tp(), m.fp(), m.fn(), m.precision(),
			m.recall(), m.f1());
	}

	private static ProtectedPaths protect(Path root, Path sheet) {
		return ProtectedPaths.builder().input(root).input(sheet).build();
	}

	private static void plot(Path plots, Recording rec, VideoOutcome o) {
		if (!o.result().isPresent()) return;
		Path png = plots.resolve(SpotRecordings.stem(rec.video()) + SpotRecordings.PLOT_SUFFIX);
		List<GroundTruthInterval> truth = o.truth();
		try {
			SpottingPlot.write(o.result().get(), truth, SpotRecordings.PLOT_WIDTH, SpotRecordings.PLOT_HEIGHT, png);
		}
		catch (IOException e) {
			throw new InputException("cannot write " + png + ": " + e.getMessage(), e);
		}
	}
}
