package org.mer.flow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.real.FloatType;

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

	@Test
	void sizeMismatch() {
		assertThrows(InputException.class, () -> TvL1Flow.compute(frame(0, 0, 1), frame(0, 0, 3)));
	}
}
