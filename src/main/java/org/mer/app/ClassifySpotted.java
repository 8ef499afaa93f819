package org.mer.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.mer.classify.Classifier;
import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.net.DeviceChoice;
import org.mer.net.Devices;
import org.mer.spot.ClassicalSpotter;
import org.mer.spot.SpotBatch;
import org.mer.spot.SpotJob;

/**
 * Classify with {@code --spot} ({@link UseCase#CLASSIFY} on the command line): each recording
 * (one, or every one under a folder) is spotted ({@link SpotRecordings}, the spotting settings
 * of the values) and each spotted micro interval classified with the model from its onset,
 * spotted apex and offset ({@link SpotClassifier}): one CSV row per interval (path, onset, apex,
 * offset, type, score, predicted, p_&lt;class&gt;..., time_ms, error), macro intervals unclassified,
 * every decision in the settings file beside the CSV, resumable by recording. Stateless.
 */
public final class ClassifySpotted {
	private ClassifySpotted() {}

	/**
	 * @throws InputException for bad values (a sheet, a range, the Spark engine with --spot), an
	 *           unreadable model or an unusable CSV; recordings that fail become rows
	 */
	public static SpotBatch.Summary run(ParamValues v, Progress progress, SpotBatch.Listener perRecording) throws IOException {
		if (v.path(Params.DATASET_SHEET) != null || v.path(Params.FRAMES_ROOT) != null)
			throw v.error(SpotParams.SPOT_INTERVALS, "spots whole recordings: give " + v.name(Params.CLIP) + " (or --frames/--video) or "
				+ v.name(Params.CLIPS_FOLDER) + ", not a dataset sheet");
		if (v.get(Params.ONSET_FRAME) != 0 || v.get(Params.APEX_FRAME) != 0 || v.get(Params.OFFSET_FRAME) != 0)
			throw v.error(SpotParams.SPOT_INTERVALS, "finds onset, apex and offset itself: leave out " + v.name(Params.ONSET_FRAME) + ", "
				+ v.name(Params.APEX_FRAME) + " and " + v.name(Params.OFFSET_FRAME));
		if (v.choice(Params.ENGINE, Choices.Engine.class) != Choices.Engine.LOCAL)
			throw v.error(Params.ENGINE, "must be local with " + v.name(SpotParams.SPOT_INTERVALS) + " (a recording is spotted and classified in one pass)");
		Path out = v.path(Params.PREDICTIONS_FILE);
		if (out == null) throw v.error(Params.PREDICTIONS_FILE, "is missing: give the CSV to write");
		SpotBatch batch = new SpotBatch(new ClassicalSpotter(), SpotValues.template(v), progress).prepare(SpotRecordings.preparation(v))
			.fpsName(v.name(SpotParams.FRAME_RATE)).onRecording(perRecording);
		List<SpotJob> jobs = SpotRecordings.jobs(v);
		Path modelDir = InstalledModels.resolve(v);
		try (Classifier classifier = Classifier.open(modelDir, Devices.pick(v.choice(Params.DEVICE, DeviceChoice.class)))) {
			batch.annotator(new SpotClassifier(classifier, modelDir, v.get(Params.CROP_FACE), v.path(Params.ATTENTION_FOLDER),
				ClassifyClip.attentionStyle(v)));
			return batch.run(jobs, out, SpotRecordings.mode(v));
		}
	}

	/**
	 * Without {@code --spot}, a spotting setting changed from its default is a mistake (alignment
	 * among them: a clip is aligned as its model's model.json says).
	 *
	 * @throws InputException naming the first such setting
	 */
	static void checkNoSpottingSettings(ParamValues v) {
		if (v.get(SpotParams.SPOT_INTERVALS)) return;
		List<Param<?>> spotting = new ArrayList<>(SpotParams.decisions());
		spotting.add(SpotParams.FRAME_RATE);
		spotting.add(Params.ALIGN);
		for (Param<?> p : spotting) {
			UseCaseEntry e = v.useCase().entry(p);
			if (e != null && e.in(v.frontEnd()) && !Objects.equals(v.get(p), e.defaultValue()))
				throw v.error(p, "applies with " + v.name(SpotParams.SPOT_INTERVALS) + " only");
		}
	}
}
