package org.mer.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ai.djl.Device;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.classify.Classifier;
import org.mer.clip.ClipRange;
import org.mer.core.Progress;
import org.mer.data.Sample;
import org.mer.mesti.InputScaling;
import org.mer.mesti.ScalingSettings;
import org.mer.model.ModelConfig;
import org.mer.model.ModelFolder;
import org.mer.model.Provenance;

/** The input scaling through training: fitted on training folds only, recorded, and applied alike at inference. */
class InputScalingTrainingTest {
	private static final ScalingSettings DATASET_MINMAX = ScalingSettings.builder(InputScaling.DATASET).percentile(0).build();

	@TempDir
	Path tmp;

	private static Example example(String subject, int k, float... chw) {
		return new Example(new Sample("d", subject, subject + "/" + k, Paths.get("none"), new ClipRange(1, 2, 3), "a"), 0, chw);
	}

	@Test
	void datasetStatisticsByHand() {
		// 3 x 1 x 2 examples; p = 0: low (0, 10, 0), high (4, 30, 0)
		List<Example> train = List.of(example("s1", 0, 0, 2, 10, 10, 0, 0), example("s1", 1, 4, 2, 30, 10, 0, 0));
		InputStats stats = InputStats.fit(train, DATASET_MINMAX);
		assertArrayEquals(new float[] { 0, 10, 0 }, stats.scaling().low(), 0);
		assertArrayEquals(new float[] { 4, 30, 0 }, stats.scaling().high(), 0);
		// scaled channel 0: 0 .5 1 .5; channel 1: 0 0 1 0; channel 2: all 0 (no spread: std 1)
		assertArrayEquals(new float[] { 0.5f, 0.25f, 0 }, stats.mean(), 1e-7f);
		assertArrayEquals(new float[] { (float) Math.sqrt(0.125), (float) Math.sqrt(0.1875), 1 }, stats.std(), 1e-7f);
		float[] out = new float[6];
		stats.standardise(train.get(1).chw(), out);
		assertArrayEquals(new float[] { (float) Math.sqrt(2), 0, (float) Math.sqrt(3), -1 / (float) Math.sqrt(3), 0, 0 }, out, 1e-6f);
		// a per-image scaling only records itself; the examples are already in [0, 1]
		ScalingSettings z = ScalingSettings.of(InputScaling.ZSCORE);
		assertEquals(z, InputStats.fit(train, z).scaling());
		assertArrayEquals(InputStats.of(train).mean(), InputStats.fit(train, z).mean(), 0);
	}

	@Test
	void aTestOnlyExtremeValueDoesNotMoveTheFoldsScale() {
		List<Example> examples = new ArrayList<>();
		for (String s : new String[] { "s1", "s2" })
			for (int k = 0; k < 2; k++)
				examples.add(example(s, k, 0.1f * k, 0.2f, 0.3f, 0.4f + k, 0.5f, 0.6f));
		examples.add(example("s3", 0, 1000f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f));
		ProtocolRunner runner = new ProtocolRunner(TinyClips.settings(1).scaling(DATASET_MINMAX).build(), null);
		List<Sample> samples = new ArrayList<>();
		for (Example e : examples)
			samples.add(e.sample());
		InputStats withoutS3 = InputStats.fit(examples.subList(0, 4), DATASET_MINMAX);
		int checked = 0;
		for (Fold fold : runner.folds(samples)) {
			InputStats stats = runner.foldInputStats(fold, examples);
			if (fold.testSubjects().equals(List.of("s3"))) {
				assertEquals(withoutS3.scaling(), stats.scaling());
				assertArrayEquals(withoutS3.mean(), stats.mean(), 0);
				assertArrayEquals(withoutS3.std(), stats.std(), 0);
				assertEquals(0.2f, stats.scaling().high()[0], 0); // max of s1, s2 in channel 0
				checked++;
			}
			else assertEquals(1000f, stats.scaling().high()[0], 0); // s3 trains here: the check above would see it
		}
		assertEquals(1, checked);
	}

	@Test
	void settingsRecordTheScalingAndKeepOldCheckpointsValid() {
		TrainSettings minmax = TinyClips.settings(1).build();
		assertEquals(Map.of("scaling", "minmax"), minmax.toMap().get("input_scaling"));
		assertFalse(minmax.resultMap().containsKey("input_scaling"));
		TrainSettings fitted = TinyClips.settings(1).scaling(ScalingSettings.builder(InputScaling.DATASET).range(new float[3], new float[] { 1, 1, 1 })
			.build()).build();
		assertEquals(ScalingSettings.of(InputScaling.DATASET), fitted.scaling());
		assertTrue(fitted.resultMap().containsKey("input_scaling"));
		assertEquals(minmax.toBuilder().build().scaling(), ScalingSettings.minmax());
	}

	@Test
	void aDatasetScaledModelGivesAtInferenceWhatItSawInTraining() throws Exception {
		List<Sample> samples = TinyClips.write(tmp.resolve("data"), 2, 1);
		ScalingSettings scaling = ScalingSettings.builder(InputScaling.DATASET).percentile(2).build();
		TrainSettings settings = TinyClips.settings(1).scaling(scaling).build();
		ModalityCache cache = new ModalityCache(tmp.resolve("cache"));
		List<Example> examples = Examples.load(samples, TinyClips.CLASSES, settings, cache, Progress.NONE);
		assertTrue(max(examples.get(0).chw()) > 1, "dataset examples keep their raw (resized) values");
		ProtocolRunner runner = new ProtocolRunner(settings, cache);
		Path modelDir = tmp.resolve("model");
		float[][] trained;
		ScalingSettings fitted;
		try (TrainedNetwork net = runner.trainFinal(examples, null, Progress.NONE)) {
			trained = net.predict(examples, 4);
			fitted = net.stats().scaling();
			ModelFolder.save(net.block(), new ModelConfig(settings.network(), TinyClips.CLASSES, settings.modality(), fitted, net.stats().mean(),
				net.stats().std(), Provenance.now("synthetic", "none", 1, 7, Map.of(), "test"), List.of()), modelDir);
		}
		assertTrue(fitted.isFitted());
		assertEquals(fitted, ModelFolder.readConfig(modelDir).scaling());
		try (Classifier classifier = Classifier.open(modelDir, Device.cpu())) {
			for (int i = 0; i < samples.size(); i++)
				assertArrayEquals(trained[i], classifier.classify(cache.get(samples.get(i), settings.modality(), Progress.NONE)).probabilities(), 1e-5f);
		}
	}

	private static float max(float[] v) {
		float m = Float.NEGATIVE_INFINITY;
		for (float x : v)
			m = Math.max(m, x);
		return m;
	}
}
