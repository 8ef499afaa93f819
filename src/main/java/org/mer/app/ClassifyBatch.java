package org.mer.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;

import org.mer.classify.BatchClassifier;
import org.mer.classify.Classifier;
import org.mer.classify.ClipExecutor;
import org.mer.classify.ClipJob;
import org.mer.classify.Prediction;
import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.exec.ExecutionEngine;
import org.mer.ij.AttentionStyle;
import org.mer.io.ExistingOutput;
import org.mer.io.OutputKind;
import org.mer.io.OwnedFolder;
import org.mer.io.ProtectedPaths;
import org.mer.ij.PredictionImages;
import org.mer.net.DeviceChoice;
import org.mer.net.Devices;

/**
 * Classification in batches ({@link UseCase#CLASSIFY} on the command line): one clip, every clip
 * under a folder, or every sample of a dataset sheet, one streaming CSV row per clip
 * ({@link BatchClassifier}), resumable, optionally with the per-clip attention files. Clips run in
 * this JVM or on Spark. A clip that fails becomes its error row and the batch goes on. Not thread
 * safe.
 */
public final class ClassifyBatch {
	private ClassifyBatch() {}

	/**
	 * @param perClip called after each clip with its job and prediction (e.g. to print it)
	 * @return the summary; its failures are the clips that could not be classified
	 * @throws InputException for bad values (the inputs are not exactly one of a clip, a folder of
	 *           clips or a sheet; a range given for many clips; ...) or an unreadable model
	 */
	public static BatchClassifier.Summary run(ParamValues v, Progress progress, BiConsumer<ClipJob, Prediction> perClip) throws IOException {
		if (v.get(SpotParams.SPOT_INTERVALS)) throw new IllegalArgumentException("with --spot, classify through ClassifySpotted");
		ClassifySpotted.checkNoSpottingSettings(v);
		Path clip = v.path(Params.CLIP), tree = v.path(Params.CLIPS_FOLDER), sheet = v.path(Params.DATASET_SHEET);
		int inputs = (clip != null ? 1 : 0) + (tree != null ? 1 : 0) + (sheet != null ? 1 : 0);
		if (inputs != 1)
			throw new InputException("give exactly one of " + v.name(Params.CLIP) + " (or --frames/--video), " + v.name(Params.CLIPS_FOLDER) + " or "
				+ v.name(Params.DATASET_SHEET));
		boolean rangeGiven = v.get(Params.ONSET_FRAME) != 0 || v.get(Params.APEX_FRAME) != 0 || v.get(Params.OFFSET_FRAME) != 0;
		if (clip == null && rangeGiven)
			throw new InputException(v.name(Params.ONSET_FRAME) + ", " + v.name(Params.APEX_FRAME) + " and " + v.name(Params.OFFSET_FRAME)
				+ " apply to one clip (" + v.name(Params.CLIP) + ")");
		if (sheet == null && v.path(Params.FRAMES_ROOT) != null) throw v.error(Params.FRAMES_ROOT, "goes with " + v.name(Params.DATASET_SHEET));
		Path out = v.path(Params.PREDICTIONS_FILE);
		if (out == null) throw v.error(Params.PREDICTIONS_FILE, "is missing: give the CSV to write");
		Path modelDir = InstalledModels.resolve(v);
		ExistingOutput existing = Inputs.existing(v);
		Path attentionDir = v.path(Params.ATTENTION_FOLDER);
		if (attentionDir != null) OwnedFolder.claim(attentionDir, OutputKind.ATTENTION, ProtectedPaths.builder().input(clip).input(tree).input(sheet)
			.input(v.path(Params.FRAMES_ROOT)).input(modelDir).output(out).build());
		AttentionStyle style = ClassifyClip.attentionStyle(v);
		List<ClipJob> jobs;
		if (tree != null) jobs = ClipJob.findUnder(tree);
		else if (sheet != null) jobs = ClipJob.of(Inputs.dataset(v, progress).samples());
		else {
			if (!Files.exists(clip)) throw v.error(Params.CLIP, clip + " does not exist");
			jobs = List.of(ClipJob.of(clip, ClipSources.range(v)));
		}
		DeviceChoice device = v.choice(Params.DEVICE, DeviceChoice.class);
		try (Classifier classifier = Classifier.open(modelDir, Devices.pick(device), progress); ExecutionEngine engine = Inputs.engine(v)) {
			ClipExecutor clips = engine.clips(modelDir, device.id());
			if (clips != null && attentionDir != null)
				throw v.error(Params.ATTENTION_FOLDER, "needs the local engine (the images are drawn where the clips are classified)");
			BatchClassifier batch = new BatchClassifier(classifier, progress).executor(clips);
			batch.onClassified((job, p) -> {
				perClip.accept(job, p);
				if (attentionDir != null) {
					String name = attentionName(v, job, p);
					PredictionImages.write(attentionDir, name, PredictionImages.modalityImage(p, name), p, style);
				}
			});
			return batch.classify(jobs, out, existing);
		}
	}

	/** The name of a clip's attention files ({@link org.mer.ij.AttentionFiles#fileStem} makes it a unique file name). */
	private static String attentionName(ParamValues v, ClipJob job, Prediction p) {
		if (v.path(Params.CLIPS_FOLDER) != null) return job.path();
		Path root = v.path(Params.FRAMES_ROOT);
		if (root == null) return p.image().sourceName();
		String rel = root.toAbsolutePath().normalize().relativize(job.source().toAbsolutePath().normalize()).toString().replace('\\', '/');
		return job.range().onset() == null ? rel : rel + "_" + job.range().onset();
	}
}
