package org.mer.flow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.real.FloatType;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.mer.core.InputException;

class TvL1FlowTest {
	private static final int W = 48, H = 40;

	private static double texture(double x, double y) {
		return 128 + 40 * Math.sin(0.45 * x) * Math.cos(0.35 * y) + 30 * Math.sin(0.23 * x + 0.31 * y + 1)
			+ 20 * Math.cos(0.6 * y - 0.17 * x);
	}

	/** Texture moved by (dx, dy): pixel (x, y) shows texture(x - dx, y - dy); channels get different gains. */
	private static Img<FloatType> frame(double dx, double dy, int channels) {
		float[] v = new float[W * H * channels];
		for (int c = 0; c < channels; c++)
			for (int y = 0; y < H; y++)
				for (int x = 0; x < W; x++)
					v[c * W * H + y * W + x] = (float) (texture(x - dx, y - dy) * (1 - 0.1 * c));
		return ArrayImgs.floats(v, W, H, channels);
	}

	private static double meanInterior(Img<FloatType> img, int channel) {
		double sum = 0;
		int n = 0;
		for (int y = 8; y < H - 8; y++)
			for (int x = 8; x < W - 8; x++) {
				sum += img.getAt(x, y, channel).get();
				n++;
			}
		return sum / n;
	}

	@Test
	void shiftRightGivesPositiveU() {
		Img<FloatType> raw = TvL1Flow.rawFlow(frame(0, 0, 1), frame(1, 0, 1));
		assertArrayEquals(new long[] { W, H, 2 }, raw.dimensionsAsLongArray());
		double u = meanInterior(raw, 0), v = meanInterior(raw, 1);
		assertEquals(1, u, 0.15, "mean u");
		assertEquals(0, v, 0.1, "mean v");
	}

	@Test
	void shiftDownGivesPositiveVOnRgb() {
		Img<FloatType> raw = TvL1Flow.rawFlow(frame(0, 0, 3), frame(0, 1, 3));
		assertEquals(0, meanInterior(raw, 0), 0.1, "mean u");
		assertEquals(1, meanInterior(raw, 1), 0.15, "mean v");
	}

	@Test
	void sixteenBitFramesAreMappedTogether() {
		Img<FloatType> on = frame(0, 0, 1), ap = frame(1, 0, 1);
		for (Img<FloatType> f : Arrays.asList(on, ap))
			for (FloatType t : f)
				t.mul(150f);
		Img<FloatType> raw = TvL1Flow.rawFlow(on, ap);
		assertEquals(1, meanInterior(raw, 0), 0.15, "mean u");
		assertEquals(0, meanInterior(raw, 1), 0.1, "mean v");
	}

	@Test
	void unitRangeFramesGiveTheSameFlowAsTheir8BitForm() {
		Img<FloatType> on = frame(0, 0, 1), ap = frame(1, 0, 1);
		Img<FloatType> bytes = TvL1Flow.rawFlow(on, ap);
		for (Img<FloatType> f : Arrays.asList(on, ap))
			for (FloatType t : f)
				t.mul(1f / 255f);
		Img<FloatType> unit = TvL1Flow.rawFlow(on, ap);
		net.imglib2.Cursor<FloatType> a = bytes.cursor(), b = unit.cursor();
		double maxDiff = 0;
		while (a.hasNext())
			maxDiff = Math.max(maxDiff, Math.abs(a.next().get() - b.next().get()));
		assertEquals(0, maxDiff, 1e-3, "32-bit frames in [0, 1] are not divided by 255 again");
	}

	@Test
	void normalisedChannels() {
		Img<FloatType> flow = TvL1Flow.compute(frame(0, 0, 1), frame(1, 0, 1));
		assertArrayEquals(new long[] { W, H, 3 }, flow.dimensionsAsLongArray());
		for (int c = 0; c < 3; c++) {
			float min = Float.MAX_VALUE, max = -Float.MAX_VALUE;
			for (int y = 0; y < H; y++)
				for (int x = 0; x < W; x++) {
					float f = flow.getAt(x, y, c).get();
					min = Math.min(min, f);
					max = Math.max(max, f);
				}
			assertEquals(0, min, 1e-6, "channel " + c + " min");
			assertEquals(1, max, 1e-6, "channel " + c + " max");
		}
	}

	@Test
	void stillPairGivesZeroStrain() {
		Img<FloatType> flow = TvL1Flow.compute(frame(0, 0, 1), frame(0, 0, 1));
		for (int y = 0; y < H; y++)
			for (int x = 0; x < W; x++)
				assertEquals(0f, flow.getAt(x, y, 2).get());
	}

	@Test
	void strainByHand() {
		// u = x^2 on a 3 x 2 grid, v = 0: u_x = (1, 2, 3) by one-sided, central, one-sided differences
		float[] uv = { 0, 1, 4, 0, 1, 4, 0, 0, 0, 0, 0, 0 };
		float[] out = new float[6];
		TvL1Flow.strain(uv, 3, 2, out, 0);
		assertArrayEquals(new float[] { 1, 2, 3, 1, 2, 3 }, out, 1e-6f);
		// v = x on a 2 x 1 grid: v_x = 1, shear term 0.5 * 1
		float[] out2 = new float[2];
		TvL1Flow.strain(new float[] { 0, 0, 0, 1 }, 2, 1, out2, 0);
		assertEquals(Math.sqrt(0.5), out2[0], 1e-6);
	}

	/** Local displacement: a Gaussian bump (sigma 7 px) of peak 0.8 px towards (0.6, -0.8), centred at (32, 30). */
	private static double[] bump(double x, double y) {
		double k = 0.8 * Math.exp(-((x - 32) * (x - 32) + (y - 30) * (y - 30)) / (2 * 7.0 * 7.0));
		return new double[] { 0.6 * k, -0.8 * k };
	}

	/**
	 * Grey 64 x 64 frame showing a low-contrast (skin-like, about +-27 grey levels) version of the
	 * texture at x - d(x) (d = bump when warped, else 0) plus Gaussian noise of sigma 2.
	 */
	private static Img<FloatType> warpedFrame(boolean warped, long seed) {
		int w = 64, h = 64;
		Random noise = new Random(seed);
		float[] v = new float[w * h];
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++) {
				double[] d = warped ? bump(x, y) : new double[2];
				v[y * w + x] = (float) (128 + 0.3 * (texture(x - d[0], y - d[1]) - 128) + 2 * noise.nextGaussian());
			}
		return ArrayImgs.floats(v, w, h, 1);
	}

	/**
	 * A sub-pixel local warp in noisy 0..255 frames is recovered: inside the moving region
	 * (|d| > 0.1 px) the mean end-point error is below the mean displacement and u, v correlate
	 * with the truth; outside it the flow stays near 0 without outliers. Fails when 0..255 floats
	 * reach OpenCV unscaled: it multiplies float input by 255 again, the flow follows the noise
	 * (measured then: EPE inside 0.36 px for a mean displacement of 0.34 px, outside 0.35 px,
	 * largest outside 38 px, correlation 0.28; with the fix 0.24, 0.05, 0.3 px and 0.91).
	 */
	@Test
	void recoversSubPixelLocalWarp() {
		int w = 64, h = 64, n = w * h;
		Img<FloatType> raw = TvL1Flow.rawFlow(warpedFrame(false, 1), warpedFrame(true, 2));
		double errIn = 0, errOut = 0, truthIn = 0, largestOut = 0;
		int nIn = 0, nOut = 0;
		double[] est = new double[2 * n], truth = new double[2 * n];
		int m = 0;
		for (int y = 4; y < h - 4; y++)
			for (int x = 4; x < w - 4; x++) {
				double[] d = bump(x, y);
				double u = raw.getAt(x, y, 0).get(), v = raw.getAt(x, y, 1).get();
				double e = Math.hypot(u - d[0], v - d[1]);
				if (Math.hypot(d[0], d[1]) > 0.1) {
					errIn += e;
					truthIn += Math.hypot(d[0], d[1]);
					nIn++;
					est[m] = u;
					truth[m++] = d[0];
					est[m] = v;
					truth[m++] = d[1];
				}
				else {
					errOut += e;
					largestOut = Math.max(largestOut, Math.hypot(u, v));
					nOut++;
				}
			}
		errIn /= nIn;
		errOut /= nOut;
		truthIn /= nIn;
		double r = correlation(est, truth, m);
		assertTrue(errIn < 0.85 * truthIn, "mean EPE inside " + errIn + " vs mean displacement " + truthIn);
		assertTrue(errOut < 0.1, "mean EPE outside " + errOut);
		assertTrue(largestOut < 1, "largest flow outside the moving region " + largestOut);
		assertTrue(r > 0.8, "correlation inside " + r);
	}

	private static double correlation(double[] a, double[] b, int n) {
		double ma = 0, mb = 0;
		for (int i = 0; i < n; i++) {
			ma += a[i] / n;
			mb += b[i] / n;
		}
		double ab = 0, aa = 0, bb = 0;
		for (int i = 0; i < n; i++) {
			ab += (a[i] - ma) * (b[i] - mb);
			aa += (a[i] - ma) * (a[i] - ma);
			bb += (b[i] - mb) * (b[i] - mb);
		}
		return ab / Math.sqrt(aa * bb);
	}

	@Test
	void sizeMismatch() {
		assertThrows(InputException.class, () -> TvL1Flow.compute(frame(0, 0, 1), frame(0, 0, 3)));
	}
}
