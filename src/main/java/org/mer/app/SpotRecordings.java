package org.mer.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.mer.classify.ClipJob;
import org.mer.classify.Classifier;
import org.mer.align.AlignSettings;
import org.mer.align.StreamingAlignedFrameSource;
import org.mer.clip.FrameSource;
import org.mer.face.FaceBox;
import org.mer.clip.FrameSources;
import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.figures.SpottingPlot;
import org.mer.io.OutputKind;
import org.mer.io.OwnedFolder;
import org.mer.io.ProtectedPaths;
import org.mer.net.DeviceChoice;
import org.mer.net.Devices;
import org.mer.spot.ClassicalSpotter;
import org.mer.spot.FramePreparation;
import org.mer.spot.IntervalFile;
import org.mer.spot.SpotBatch;
import org.mer.spot.SpotJob;
import org.mer.spot.SpotResult;
import org.mer.spot.SpotSettings;

/**
 * Spot Micro-expressions ({@link UseCase#SPOT}) for every front end: the classical spotter
 * ({@link ClassicalSpotter}) on one recording (a video, a frame folder, or in Fiji the current
 * image) or, on the command line, on every recording under a folder, through
 * {@link SpotBatch}: one CSV row per interval (path, onset, apex, offset, type, score, error),
 * every decision in the settings file beside the CSV, resumable, a failing recording an error
 * row. In Fiji each micro interval may also be classified with a model ({@link SpotClassifier}).
 * <p>
 * Alignment ({@link #preparation}) is applied to every source before the spotter and the
 * classifier read it, and recorded with the other decisions. Stateless.
 */
public final class SpotRecordings {
	/** Name of the CSV in Fiji's output folder. */
	public static final String CSV_NAME = "intervals.csv";
	/** Plot file suffix: {@code <recording>_spotting.png}. */
	public static final String PLOT_SUFFIX = "_spotting.png";
	static final int PLOT_WIDTH = 1200, PLOT_HEIGHT = 420;

	private SpotRecordings() {}

	/**
	 * The frames' preparation before spotting (and classifying the intervals): head-motion
	 * alignment by {@link Params#ALIGN}, streamed (SPEC §11: the reference renewed per window, every
	 * frame in the first frame's geometry), on the given face box or the whole frame.
	 */
	static FramePreparation preparation(ParamValues v) {
		if (v.useCase().entry(Params.ALIGN) == null) return FramePreparation.NONE;
		AlignSettings align = MakeModality.align(v);
		if (!align.enabled()) return FramePreparation.NONE;
		String box = v.text(SpotParams.FACE_BOX);
		FaceBox face = box.isEmpty() ? null : SpotValues.box(v, box);
		return FramePreparation.of(align.toMap(), source -> new StreamingAlignedFrameSource(source, align, face));
	}

	/** One recording spotted in Fiji: its outcome (rows, result) and the files written. */
	public static final class Spotted {
		private final String name;
		private final SpotBatch.Outcome outcome;
		private final List<Path> written;

		Spotted(String name, SpotBatch.Outcome outcome, List<Path> written) {
			this.name = name;
			this.outcome = outcome;
			this.written = written;
		}

		/** The recording's name in the CSV's path column (the path, or the image's title). */
		public String name() { return name; }
		public SpotBatch.Outcome outcome() { return outcome; }
		/** The spotter's result, or null when the recording could not be spotted. */
		public SpotResult result() { return outcome.result(); }
		public List<Path> written() { return written; }

		/**
		 * Every problem in one line (an error, a partial decode, intervals not classified), or
		 * empty when the recording was spotted to its end and every interval classified. The
		 * front ends report it as an error line (a dialog when a user is at the screen) but do not
		 * stop a macro: the CSV row says it too, and a folder macro goes on with the next recording.
		 */
		public java.util.Optional<String> problem() {
			return outcome.complete() ? java.util.Optional.empty() : java.util.Optional.of(name + ": " + String.join("; ", outcome.failures()));
		}
	}

	/**
	 * Fiji and ImageJ: spots one recording (the clip path, else the current image), optionally
	 * classifies its micro intervals, and with an output folder appends the rows to its
	 * {@value #CSV_NAME} (a recording spotted again replaces its rows) and writes the plot.
	 *
	 * @param currentImage opens the current image when no path is given; null where there is none
	 * @throws InputException for bad values, no recording, a model that cannot be loaded or an
	 *           output that cannot be written (a recording that cannot be spotted is not thrown:
	 *           see {@link Spotted#problem()})
	 */
	public static Spotted one(ParamValues v, Supplier<FrameSource> currentImage, Progress progress) {
		try {
			return spotOne(v, currentImage, progress);
		}
		catch (IOException e) {
			throw new InputException("cannot write " + v.path(Params.OUTPUT_FOLDER) + ": " + e.getMessage(), e);
		}
	}

	private static Spotted spotOne(ParamValues v, Supplier<FrameSource> currentImage, Progress progress) throws IOException {
		SpotSettings template = SpotValues.template(v);
		Path clip = v.path(Params.CLIP);
		SpotJob job;
		if (clip != null) {
			if (!Files.exists(clip)) throw v.error(Params.CLIP, clip + " does not exist");
			job = new SpotJob(clip.toString().replace('\\', '/'), () -> FrameSources.open(clip), fps(v));
		}
		else if (currentImage != null) {
			String title;
			try (FrameSource s = currentImage.get()) {
				title = s.name();
			}
			job = new SpotJob(title, currentImage, fps(v));
		}
		else throw v.error(Params.CLIP, "is empty and no image is open");
		Path folder = v.path(Params.OUTPUT_FOLDER);
		SpotBatch.Outcome[] got = new SpotBatch.Outcome[1];
		List<Path> written = new ArrayList<>();
		SpotBatch batch = new SpotBatch(new ClassicalSpotter(), template, progress).prepare(preparation(v)).fpsName(v.name(SpotParams.FRAME_RATE))
			.onRecording((j, o) -> got[0] = o);
		if (v.get(SpotParams.CLASSIFY_INTERVALS)) {
			Path modelDir = InstalledModels.resolve(v);
			progress.status("loading model " + modelDir.getFileName());
			try (Classifier classifier = Classifier.open(modelDir, Devices.pick(v.choice(Params.DEVICE, DeviceChoice.class)))) {
				batch.annotator(new SpotClassifier(classifier, modelDir, v.get(Params.CROP_FACE), null, null));
				batch.run(List.of(job), folder == null ? null : folder.resolve(CSV_NAME), IntervalFile.Mode.APPEND);
			}
		}
		else batch.run(List.of(job), folder == null ? null : folder.resolve(CSV_NAME), IntervalFile.Mode.APPEND);
		if (folder != null) {
			written.add(folder.resolve(CSV_NAME));
			written.add(IntervalFile.settingsFile(folder.resolve(CSV_NAME)));
			if (got[0].result() != null) written.add(plot(folder, job.path(), got[0].result()));
		}
		return new Spotted(job.path(), got[0], written);
	}

	/**
	 * The command line: spots {@link Params#CLIP} or every recording under
	 * {@link Params#CLIPS_FOLDER} into {@link SpotParams#INTERVALS_FILE}, with the plots in
	 * {@link SpotParams#PLOTS_FOLDER} when given.
	 *
	 * @param perRecording told about each recording when its rows are written
	 * @throws InputException for bad values or an unusable CSV; recordings that fail are rows
	 */
	public static SpotBatch.Summary run(ParamValues v, Progress progress, SpotBatch.Listener perRecording) throws IOException {
		SpotSettings template = SpotValues.template(v);
		Path out = v.path(SpotParams.INTERVALS_FILE);
		if (out == null) throw v.error(SpotParams.INTERVALS_FILE, "is missing: give the CSV to write");
		List<SpotJob> jobs = jobs(v);
		Path plots = v.path(SpotParams.PLOTS_FOLDER);
		if (plots != null) OwnedFolder.claim(plots, OutputKind.SPOTTING, ProtectedPaths.builder().input(v.path(Params.CLIP))
			.input(v.path(Params.CLIPS_FOLDER)).output(out).build());
		SpotBatch batch = new SpotBatch(new ClassicalSpotter(), template, progress).prepare(preparation(v)).fpsName(v.name(SpotParams.FRAME_RATE))
			.onRecording((job, o) -> {
				if (plots != null && o.result() != null) plot(plots, job.path(), o.result());
				perRecording.done(job, o);
			});
		return batch.run(jobs, out, mode(v));
	}

	/**
	 * The recordings of {@link Params#CLIP} or {@link Params#CLIPS_FOLDER} (exactly one): a
	 * recording's CSV path is the path as given, or relative to the folder (the plots folder, when
	 * inside it, is not a recording).
	 *
	 * @throws InputException for neither or both, a missing path, or a frame folder without fps
	 */
	static List<SpotJob> jobs(ParamValues v) throws IOException {
		Path clip = v.path(Params.CLIP), tree = v.path(Params.CLIPS_FOLDER);
		if ((clip == null) == (tree == null))
			throw new InputException("give exactly one of " + v.name(Params.CLIP) + " (or --frames/--video) and " + v.name(Params.CLIPS_FOLDER));
		if (clip != null) return List.of(job(v, clip, clip.toString().replace('\\', '/')));
		double fps = fps(v);
		Path plots = v.useCase().entry(SpotParams.PLOTS_FOLDER) == null ? null : v.path(SpotParams.PLOTS_FOLDER);
		List<SpotJob> jobs = new ArrayList<>();
		for (ClipJob c : ClipJob.findUnder(tree))
			if (plots == null || !c.source().toAbsolutePath().normalize().startsWith(plots.toAbsolutePath().normalize()))
				jobs.add(new SpotJob(c.path(), () -> FrameSources.open(c.source()), fps));
		return jobs;
	}

	private static SpotJob job(ParamValues v, Path clip, String name) {
		if (!Files.exists(clip)) throw v.error(Params.CLIP, clip + " does not exist");
		double fps = fps(v);
		if (Files.isDirectory(clip) && Double.isNaN(fps))
			throw v.error(SpotParams.FRAME_RATE, "is missing or zero: the frame folder " + clip + " states no frame rate; give the recording's fps");
		return new SpotJob(name, () -> FrameSources.open(clip), fps);
	}

	/** The frame rate given, or NaN for "the recording's own". */
	static double fps(ParamValues v) {
		double fps = v.get(SpotParams.FRAME_RATE);
		if (fps < 0 || Double.isNaN(fps) || Double.isInfinite(fps)) throw v.error(SpotParams.FRAME_RATE, "must be a frame rate > 0 (0 = the video's own), got " + fps);
		return fps == 0 ? Double.NaN : fps;
	}

	/** What to do with an existing CSV: --resume, --overwrite (not both), else refuse it. */
	static IntervalFile.Mode mode(ParamValues v) {
		return IntervalFile.Mode.of(Inputs.existing(v));
	}

	/**
	 * A recording's CSV path as a file-name stem: without the folders of an absolute path, without
	 * a video extension, every character a file name cannot hold (folder separators among them) "_".
	 */
	static String stem(String recording) {
		String r = recording.replace('\\', '/');
		if (r.startsWith("/") || r.matches("^[A-Za-z]:/.*")) r = r.substring(r.lastIndexOf('/') + 1);
		for (String ext : FrameSources.VIDEO_EXTENSIONS)
			if (r.toLowerCase(java.util.Locale.ROOT).endsWith("." + ext)) r = r.substring(0, r.length() - ext.length() - 1);
		return org.mer.ij.AttentionFiles.fileStem(r);
	}

	/** Writes {@code <folder>/<recording>_spotting.png}. */
	static Path plot(Path folder, String recording, SpotResult result) {
		Path png = folder.resolve(stem(recording) + PLOT_SUFFIX);
		try {
			Files.createDirectories(folder);
			SpottingPlot.write(result, List.of(), PLOT_WIDTH, PLOT_HEIGHT, png);
		}
		catch (IOException e) {
			throw new InputException("cannot write " + png + ": " + e.getMessage(), e);
		}
		return png;
	}
}
