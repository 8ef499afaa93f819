package org.mer.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.data.synth.FrameFormat;
import org.mer.data.synth.GeneratedClip;
import org.mer.data.synth.GeneratedDataset;
import org.mer.data.synth.SynthSettings;
import org.mer.data.synth.SyntheticDatasetGenerator;

/**
 * Generate Synthetic Dataset ({@link UseCase#SYNTHESISE}) for every front end: a dataset of
 * synthetic faces in CASME II or SAMM layout (frames, coding sheet, apex masks), long recordings
 * for spotting with {@link SynthParams#LONG_RECORDINGS} ({@link SynthesiseLong}), or, on the
 * command line with {@code --demo}, one demo clip. Stateless.
 */
public final class Synthesise {
	private Synthesise() {}

	/** What was written: the lines to print or log, and the coding sheet (null for a demo clip). */
	public static final class Result {
		private final List<String> lines;
		private final Path sheet;

		Result(List<String> lines, Path sheet) {
			this.lines = lines;
			this.sheet = sheet;
		}

		public List<String> lines() { return lines; }
		public Path sheet() { return sheet; }
	}

	/**
	 * @return what was written where
	 * @throws InputException naming the parameter for a bad value, or the file that cannot be written
	 */
	public static Result run(ParamValues v, Progress progress) {
		Path out = v.path(TrainingParams.RESULT_FOLDER);
		if (out == null) throw v.error(TrainingParams.RESULT_FOLDER, "is missing: give the folder to write the dataset to");
		if (v.get(SynthParams.LONG_RECORDINGS)) {
			if (v.get(SynthParams.DEMO_CLIP)) throw v.error(SynthParams.DEMO_CLIP, "and " + v.name(SynthParams.LONG_RECORDINGS) + " exclude each other");
			return SynthesiseLong.run(v, out, progress);
		}
		SynthSettings s = settings(v);
		List<String> lines = new ArrayList<>();
		if (v.get(SynthParams.DEMO_CLIP)) {
			GeneratedClip c = SyntheticDatasetGenerator.writeDemoClip(s, out);
			lines.add("wrote demo clip " + c.frames() + " (" + (c.offset() - c.onset() + 1) + " frames img" + c.onset() + "..img" + c.offset()
				+ ", onset " + c.onset() + ", apex " + c.apex() + ", offset " + c.offset() + ", class " + c.emotion() + ", AU " + c.actionUnits()
				+ ", peak " + String.format(Locale.ROOT, "%.2f", c.peak()) + " px)");
			lines.add("wrote " + out.resolve("clip.csv") + " and " + c.mask());
			return new Result(lines, null);
		}
		GeneratedDataset d = SyntheticDatasetGenerator.generate(s, out, progress);
		long frames = 0;
		for (GeneratedClip c : d.clips())
			frames += c.offset() - c.onset() + 1;
		lines.add("wrote " + d.clips().size() + " clips (" + frames + " frames, " + s.subjects() + " subjects, classes " + String.join(", ", s.classes())
			+ ") under " + d.framesRoot());
		lines.add("sheet: " + d.sheet());
		lines.add("apex masks: " + d.masksRoot());
		lines.add("settings: " + s);
		return new Result(lines, d.sheet());
	}

	/**
	 * The generator settings of the values. Preset {@code default} takes every value as given (the
	 * original generator). Preset {@code hard} starts from {@link SynthSettings.Builder#hard()};
	 * subjects, clips, seed, layout, size, classes and frame format are taken as given, while a
	 * clip length or apex shift at the operation's default means the preset's (clips of 0.25..0.5 s
	 * at 200 fps, peak 0.2..1.5 px): another clip length switches to lengths in frames (fps 0, the
	 * time-based nuisances then assume {@link SynthSettings#NOMINAL_FPS}), another shift replaces
	 * the peak range.
	 */
	static SynthSettings settings(ParamValues v) {
		int[] length = range(v, SynthParams.CLIP_LENGTH);
		double[] shift = numbers(v, SynthParams.APEX_SHIFT);
		SynthSettings.Preset preset = v.choice(SynthParams.PRESET, SynthSettings.Preset.class);
		boolean hard = preset == SynthSettings.Preset.HARD;
		try {
			SynthSettings.Builder b = preset.builder().subjects(v.get(SynthParams.SUBJECTS)).clipsPerClass(v.get(SynthParams.CLIPS_PER_CLASS))
				.seed(v.get(TrainingParams.SEED)).layout(v.choice(SynthParams.LAYOUT, SynthSettings.Layout.class))
				.size(v.get(SynthParams.IMAGE_SIZE), v.get(SynthParams.IMAGE_SIZE))
				.format(v.get(SynthParams.PNG_FRAMES) ? FrameFormat.PNG : FrameFormat.JPEG);
			if (!hard || !atDefault(v, SynthParams.CLIP_LENGTH)) b.frames(length[0], length[1]);
			if (hard && !atDefault(v, SynthParams.CLIP_LENGTH)) b.fps(0);
			if (!hard || !atDefault(v, SynthParams.APEX_SHIFT)) b.peak(shift[0], shift[1]);
			List<String> classes = v.list(SynthParams.CLASS_NAMES);
			if (!classes.isEmpty()) b.classes(classes);
			return b.build();
		}
		catch (IllegalArgumentException e) {
			throw new InputException("synthetic dataset: " + e.getMessage());
		}
	}

	private static boolean atDefault(ParamValues v, Param<String> param) {
		return v.text(param).equals(String.valueOf(v.useCase().entry(param).defaultValue()).trim());
	}

	private static int[] range(ParamValues v, Param<String> param) {
		double[] d = numbers(v, param);
		if (d[0] != Math.rint(d[0]) || d[1] != Math.rint(d[1])) throw v.error(param, "expects whole numbers N or MIN..MAX, got '" + v.text(param) + "'");
		return new int[] { (int) d[0], (int) d[1] };
	}

	/** "N" or "MIN..MAX" as {min, max}. */
	static double[] numbers(ParamValues v, Param<String> param) {
		String[] p = v.text(param).split("\\.\\.", -1);
		try {
			if (p.length == 1) return new double[] { Double.parseDouble(p[0].trim()), Double.parseDouble(p[0].trim()) };
			if (p.length == 2) return new double[] { Double.parseDouble(p[0].trim()), Double.parseDouble(p[1].trim()) };
		}
		catch (NumberFormatException e) {
			// reported below
		}
		throw v.error(param, "expects N or MIN..MAX, got '" + v.text(param) + "'");
	}
}
