package org.mer.mesti;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Random;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

import org.junit.jupiter.api.Test;
import org.mer.clip.ArrayFrameSource;
import org.mer.clip.FrameAccess;
import org.mer.clip.ApexMethod;
import org.mer.clip.Clip;
import org.mer.clip.FrameSource;
import org.mer.core.CanceledException;
import org.mer.core.InputException;
import org.mer.core.Progress;

class TemporalPoolingTest {

	static Clip clip(FrameSource s, int apexIndex) {
		int[] n = s.frameNumbers();
		return new Clip(s, n[0], n[0] + apexIndex, n[n.length - 1], ApexMethod.GIVEN, "");
	}

	static float[] values(Img<FloatType> img) {
		return FrameAccess.toArray(img);
	}

	/** f0 = (0, 3), f1 = (6, 3), f2 = (3, 9): MESTI = -f0/3 + 2 f1/3 - f2/3, DI = -4 f0/3 + 2 f1/3 + 2 f2/3. */
	@Test
	void threeFrameClipByHand() {
		ArrayFrameSource s = new ArrayFrameSource("three", 2, 1, 1, 46)
			.add(new float[] { 0, 3 }).add(new float[] { 6, 3 }).add(new float[] { 3, 9 });
		Clip c = clip(s, 1);
		assertArrayEquals(new float[] { 3, -2 }, values(Modalities.mesti(c, MestiWeighting.APEX_PEAK, Progress.NONE)), 1e-5f);
		assertArrayEquals(new float[] { 6, 4 }, values(Modalities.dynamicImage(c, Progress.NONE)), 1e-5f);
		Img<FloatType> m = Modalities.mesti(c, MestiWeighting.APEX_PEAK, Progress.NONE);
		assertArrayEquals(new long[] { 2, 1, 1 }, m.dimensionsAsLongArray());
	}

	@Test
	void stillClipGivesExactlyZero() {
		Random r = new Random(1);
		float[] frame = new float[9 * 7 * 3];
		for (int i = 0; i < frame.length; i++)
			frame[i] = 255 * r.nextFloat();
		ArrayFrameSource s = new ArrayFrameSource("still", 9, 7, 3, 1);
		for (int t = 0; t < 17; t++)
			s.add(frame.clone());
		for (int apex = 0; apex < 17; apex += 5) {
			for (MestiWeighting w : MestiWeighting.values())
				for (float v : values(Modalities.mesti(clip(s, apex), w, Progress.NONE)))
					assertEquals(0f, Math.abs(v), 1e-9f);
		}
		for (float v : values(Modalities.dynamicImage(clip(s, 0), Progress.NONE)))
			assertEquals(0f, Math.abs(v), 1e-9f);
	}

	/** A Gaussian blob on a static texture brightens to the apex (frame 7 of 0..11) and fades. */
	@Test
	void blobMestiPeaksAtBlobCentre() {
		int w = 32, h = 24, T = 12, apex = 7, cx = 20, cy = 10;
		Random r = new Random(2);
		float[] texture = new float[w * h];
		for (int i = 0; i < texture.length; i++)
			texture[i] = 100 + 20 * r.nextFloat();
		ArrayFrameSource s = new ArrayFrameSource("blob", w, h, 1, 1);
		for (int t = 0; t < T; t++) {
			double amp = 30 * Math.exp(-0.5 * Math.pow((t - apex) / 2.0, 2));
			float[] f = texture.clone();
			for (int y = 0; y < h; y++)
				for (int x = 0; x < w; x++)
					f[y * w + x] += (float) (amp * Math.exp(-((x - cx) * (x - cx) + (y - cy) * (y - cy)) / 18.0));
			s.add(f);
		}
		for (MestiWeighting weighting : MestiWeighting.values()) {
			float[] m = values(Modalities.mesti(clip(s, apex), weighting, Progress.NONE));
			int argmax = 0;
			for (int i = 1; i < m.length; i++)
				if (m[i] > m[argmax]) argmax = i;
			assertEquals(cy * w + cx, argmax, weighting + ": maximum at the blob centre");
			assertTrue(m[cy * w + cx] > 1, weighting + ": positive at the centre, got " + m[cy * w + cx]);
			assertEquals(0, m[0], 1e-3, "far from the blob the static texture cancels");
		}
	}

	/** 200 frames with a large common offset: double accumulation matches an exact reference. */
	@Test
	void longClipKeepsPrecision() {
		int w = 6, h = 5, c = 3, T = 200;
		Random r = new Random(3);
		ArrayFrameSource s = new ArrayFrameSource("long", w, h, c, 1);
		float[][] frames = new float[T][w * h * c];
		for (int t = 0; t < T; t++) {
			for (int i = 0; i < frames[t].length; i++)
				frames[t][i] = 10000 + 255 * r.nextFloat();
			s.add(frames[t]);
		}
		double[] weights = MestiWeights.of(T, 120, MestiWeighting.APEX_PEAK);
		float[] got = values(TemporalPooling.weightedSum(clip(s, 120), weights, Progress.NONE));
		for (int i = 0; i < got.length; i++) {
			BigDecimal ref = BigDecimal.ZERO;
			for (int t = 0; t < T; t++)
				ref = ref.add(new BigDecimal(weights[t]).multiply(new BigDecimal(frames[t][i]), MathContext.DECIMAL128));
			double exact = ref.doubleValue();
			assertEquals(exact, got[i], 1e-6 * Math.abs(exact) + 1e-9, "pixel " + i);
		}
	}

	/** Views (not ArrayImgs, non-zero min) take the cursor path and give the same sums, also in parallel. */
	@Test
	void viewFramesMatchArrayFrames() {
		int w = 300, h = 250, T = 4;
		Random r = new Random(4);
		ArrayFrameSource arrays = new ArrayFrameSource("arrays", w, h, 1, 1);
		for (int t = 0; t < T; t++) {
			float[] f = new float[w * h];
			for (int i = 0; i < f.length; i++)
				f[i] = r.nextFloat();
			arrays.add(f);
		}
		FrameSource views = new FrameSource() {
			@Override public String name() { return "views"; }
			@Override public int[] frameNumbers() { return arrays.frameNumbers(); }
			@Override public long width() { return w; }
			@Override public long height() { return h; }
			@Override public int channels() { return 1; }
			@Override public void close() {}
			@Override
			public RandomAccessibleInterval<FloatType> frame(int n) {
				return Views.translate(Views.hyperSlice(arrays.frame(n), 2, 0), 5, -3);
			}
		};
		double[] weights = RankPoolingWeights.alpha(T);
		float[] a = values(TemporalPooling.weightedSum(clip(arrays, 0), weights, Progress.NONE));
		Img<FloatType> vImg = TemporalPooling.weightedSum(clip(views, 0), weights, Progress.NONE);
		assertArrayEquals(new long[] { w, h, 1 }, vImg.dimensionsAsLongArray());
		assertArrayEquals(a, values(vImg), 0f);
		double expected = 0;
		for (int t = 0; t < T; t++)
			expected += weights[t] * arrays.frame(t + 1).getAt(123, 77, 0).get();
		assertEquals(expected, a[77 * w + 123], 1e-5);
	}

	@Test
	void mixedFrameSizesNameTheFrame() {
		ArrayFrameSource s = new ArrayFrameSource("mixed", 2, 2, 1, 10)
			.add(new float[4]).add(new float[4]).add(new float[6], 3, 2, 1);
		InputException e = assertThrows(InputException.class,
			() -> TemporalPooling.weightedSum(clip(s, 1), RankPoolingWeights.alpha(3), Progress.NONE));
		assertTrue(e.getMessage().contains("frame 12 of mixed"), e.getMessage());
	}

	@Test
	void cancelStopsBeforeTheNextFrame() {
		ArrayFrameSource s = new ArrayFrameSource("c", 2, 2, 1, 1).add(new float[4]).add(new float[4]).add(new float[4]);
		Progress cancelAfterFirst = new Progress() {
			double done;
			@Override public void status(String m) {}
			@Override public void log(String m) {}
			@Override public void progress(double f) { done = f; }
			@Override public boolean isCanceled() { return done > 0; }
		};
		assertThrows(CanceledException.class, () -> TemporalPooling.weightedSum(clip(s, 1), RankPoolingWeights.alpha(3), cancelAfterFirst));
		assertEquals(1, s.decoded(), "canceled before decoding the second frame");
	}
}
