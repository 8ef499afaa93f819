package org.mer.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import ai.djl.Device;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.real.FloatType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.net.Devices;
import org.mer.clip.ApexMethod;
import org.mer.clip.Clip;
import org.mer.clip.ClipRange;
import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.clip.ClipResolver;
import org.mer.clip.FrameListSource;
import org.mer.model.TinyModels;

class ClassifierTest {
	@TempDir
	Path tmp;

	/** A grey clip of 7 frames, width x height, with a bright blob growing towards frame 4. */
	static FrameListSource blobClip(String name, int width, int height) {
		List<RandomAccessibleInterval<FloatType>> frames = new ArrayList<>();
		for (int t = 0; t < 7; t++) {
			float[] v = new float[width * height];
			double r = 2 + 3 * (3 - Math.abs(t - 3));
			for (int y = 0; y < height; y++)
				for (int x = 0; x < width; x++) {
					double d = Math.hypot(x - width / 3.0, y - height / 2.0);
					v[y * width + x] = (float) (60 + 120 * Math.exp(-d * d / (r * r)) + (x * 7 + y * 3) % 11);
				}
			frames.add(ArrayImgs.floats(v, width, height, 1));
		}
		return new FrameListSource(name, frames);
	}

	@Test
	void classifiesAClipWithProbabilitiesAndAttentionAtImageSize() throws IOException {
		Path dir = tmp.resolve("m");
		TinyModels.save(dir, 4, 5);
		int w = 40, h = 30;
		try (Classifier c = Classifier.open(dir, Device.cpu()); FrameListSource source = blobClip("blob", w, h)) {
			Clip clip = ClipResolver.resolve(source, new ClipRange(1, 4, 7), ApexMethod.MOTION);
			Prediction p = c.classify(clip, Progress.NONE);
			assertEquals(TinyModels.CLASSES, p.classNames());
			double sum = 0;
			for (float q : p.probabilities()) {
				assertTrue(q > 0 && q < 1, "probability " + q);
				sum += q;
			}
			assertEquals(1.0, sum, 1e-6);
			int best = 0;
			for (int i = 1; i < 3; i++)
				if (p.logits()[i] > p.logits()[best]) best = i;
			assertEquals(best, p.predictedIndex());
			assertEquals(TinyModels.CLASSES.get(best), p.predictedName());
			assertEquals(4, p.image().apex());
			assertEquals(w, p.width());
			assertEquals(h, p.height());
			assertEquals(4, p.attentionMaps().size());
			for (float[] map : p.attentionMaps()) {
				assertEquals(w * h, map.length);
				for (float a : map)
					assertTrue(a >= 0 && a <= 1, "attention " + a);
			}
			for (int i = 0; i < w * h; i += 97) {
				double mean = 0;
				for (float[] map : p.attentionMaps())
					mean += map[i] / 4.0;
				assertEquals(mean, p.meanAttention()[i], 1e-6);
			}
			Prediction again = c.classify(p.image());
			assertArrayEquals(p.probabilities(), again.probabilities(), "same image, same answer");
		}
	}

	@Test
	void classifiesWithTheTorchScriptFixture() throws Exception {
		Path dir = Path.of(getClass().getResource("/torchscript/tiny-meganet/model.json").toURI()).getParent();
		try (Classifier c = Classifier.open(dir, Device.cpu()); FrameListSource source = blobClip("blob", 48, 36)) {
			Prediction p = c.classify(ClipResolver.resolve(source, ClipRange.all(), ApexMethod.MOTION), Progress.NONE);
			assertEquals(List.of("negative", "positive", "surprise"), p.classNames());
			assertEquals(1.0, p.probabilities()[0] + p.probabilities()[1] + p.probabilities()[2], 1e-6);
			assertEquals(4, p.attentionMaps().size());
			assertEquals(48 * 36, p.meanAttention().length);
		}
	}

	@Test
	void softmaxSumsToOneAndKeepsOrder() {
		float[] p = Classifier.softmax(new float[] { 1000f, 999f, -5f });
		assertEquals(1.0, p[0] + p[1] + p[2], 1e-6);
		assertEquals(1 / (1 + Math.exp(-1)), p[0], 1e-6);
		assertTrue(p[1] > p[2]);
	}

	@Test
	void bilinearUsesHalfPixelCentresLikePyTorch() {
		float[] up = org.mer.attention.Upsampling.BILINEAR.resize(new float[] { 0, 1, 2, 3 }, 2, 2, 4, 4);
		assertArrayEquals(new float[] { 0, 0.25f, 0.75f, 1 }, java.util.Arrays.copyOfRange(up, 0, 4), 1e-6f);
		assertArrayEquals(new float[] { 0.5f, 0.75f, 1.25f, 1.5f }, java.util.Arrays.copyOfRange(up, 4, 8), 1e-6f);
		assertArrayEquals(new float[] { 2, 2.25f, 2.75f, 3 }, java.util.Arrays.copyOfRange(up, 12, 16), 1e-6f);
	}

	@Test
	void devicesRefuseUnknownChoices() {
		assertEquals(Device.cpu(), Devices.pick("CPU"));
		InputException e = assertThrows(InputException.class, () -> Devices.pick("tpu"));
		assertTrue(e.getMessage().contains("'tpu'"), e.getMessage());
		if (ai.djl.engine.Engine.getEngine("PyTorch").getGpuCount() == 0) {
			assertEquals(Device.cpu(), Devices.pick("auto"));
			e = assertThrows(InputException.class, () -> Devices.pick("gpu"));
			assertTrue(e.getMessage().contains("no CUDA GPU") && e.getMessage().contains("pytorch-native-cu"), e.getMessage());
		}
		else assertEquals(Device.gpu(), Devices.pick("auto"));
	}
}
