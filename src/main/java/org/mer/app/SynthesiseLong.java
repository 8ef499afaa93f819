package org.mer.app;

import java.util.ArrayList;
import java.util.List;

import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.data.synth.FrameFormat;
import org.mer.data.synth.GeneratedRecording;
import org.mer.data.synth.GeneratedRecordings;
import org.mer.data.synth.LongRecordingGenerator;
import org.mer.data.synth.LongSynthSettings;

/**
 * Generate Synthetic Dataset with {@link SynthParams#LONG_RECORDINGS}: long recordings for
 * spotting in the synth-lv layout ({@link LongRecordingGenerator}: per subject and video a frame
 * folder, a lossless video and an mp4, the coding sheet, the ground truth; micro- and
 * macro-expressions, blinks, head drift and turns, flickering light). SYNTHETIC data. Stateless.
 */
final class SynthesiseLong {
	private SynthesiseLong() {}

	/** @return the lines to print or log and the coding sheet */
	static Synthesise.Result run(ParamValues v, java.nio.file.Path out, Progress progress) {
		LongSynthSettings s = settings(v);
		GeneratedRecordings g = LongRecordingGenerator.generate(s, out, progress);
		long frames = 0, micro = 0, macro = 0;
		for (GeneratedRecording r : g.recordings()) {
			frames += r.frames();
			for (GeneratedRecording.Interval i : r.expressions())
				if (i.kind().equals("micro")) micro++;
				else macro++;
		}
		List<String> lines = new ArrayList<>();
		lines.add("wrote " + g.recordings().size() + " synthetic long recordings (" + frames + " frames at " + s.fps() + " fps, " + s.subjects()
			+ " subjects, " + micro + " micro- and " + macro + " macro-expressions) under " + g.root());
		lines.add("sheet: " + g.sheet());
		lines.add("ground truth: " + g.groundTruth() + "; recordings: " + g.index());
		lines.add("spot them: ./mer spot-evaluate --kind synth-lv --root " + g.root() + " --report REPORT");
		lines.add("settings: " + s);
		return new Synthesise.Result(lines, g.sheet());
	}

	/** The long generator's settings of the values (seed, subjects, size, classes, PNG frames shared with datasets). */
	static LongSynthSettings settings(ParamValues v) {
		double[] minutes = Synthesise.numbers(v, SynthParams.MINUTES);
		try {
			LongSynthSettings.Builder b = LongSynthSettings.builder().subjects(v.get(SynthParams.SUBJECTS))
				.videosPerSubject(v.get(SynthParams.VIDEOS_PER_SUBJECT)).seed(v.get(TrainingParams.SEED))
				.size(v.get(SynthParams.IMAGE_SIZE), v.get(SynthParams.IMAGE_SIZE)).fps(v.get(SynthParams.RECORDING_FPS))
				.seconds(minutes[0] * 60, minutes[1] * 60).format(v.get(SynthParams.PNG_FRAMES) ? FrameFormat.PNG : FrameFormat.JPEG);
			List<String> classes = v.list(SynthParams.CLASS_NAMES);
			if (!classes.isEmpty()) b.classes(classes.toArray(new String[0]));
			return b.build();
		}
		catch (IllegalArgumentException e) {
			throw new InputException("synthetic long recordings: " + e.getMessage());
		}
	}
}
