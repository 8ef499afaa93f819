package org.mer.mesti;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.real.FloatType;

import org.junit.jupiter.api.Test;
import org.mer.core.InputException;

/** EightBit and NetworkInput (SPEC §3 image forms), against hand-computed values. */
class ImageFormsTest {
	private static final float[] ZERO = { 0, 0, 0 }, ONE = { 1, 1, 1 };

	@Test
	void eightBitGlobalMinMax() {
		Img<FloatType> img = ArrayImgs.floats(new float[] { -1, 0, 1, 3, 2, 2.5f }, 3, 1, 2);
		EightBit.Result r = EightBit.scale(img);
		assertEquals(-1, r.min());
		assertEquals(3, r.max());
		assertFalse(r.constant());
		assertArrayEquals(new long[] { 3, 1, 2 }, r.image().dimensionsAsLongArray());
		int[] expected = { 0, 64, 128, 255, 191, 223 }; // 63.75 k rounded
		int i = 0;
		for (UnsignedByteType b : r.image())
			assertEquals(expected[i++], b.get());
	}

	@Test
	void eightBitConstant() {
		EightBit.Result r = EightBit.scale(ArrayImgs.floats(new float[] { 5, 5, 5, 5 }, 2, 2, 1));
		assertTrue(r.constant());
		for (UnsignedByteType b : r.image())
			assertEquals(0, b.get());
	}

	@Test
	void areaAverageShrink() {
		float[] v = new float[16];
		for (int y = 0; y < 4; y++)
			for (int x = 0; x < 4; x++)
				v[y * 4 + x] = x + 4 * y;
		float[] out = NetworkInput.toChw(ArrayImgs.floats(v, 4, 4, 1), 2, ZERO, ONE);
		// block means 2.5, 4.5, 10.5, 12.5 scaled by min-max; grey replicated to 3 channels
		float[] plane = { 0, 0.2f, 0.8f, 1 };
		for (int c = 0; c < 3; c++)
			assertArrayEquals(plane, java.util.Arrays.copyOfRange(out, c * 4, c * 4 + 4), 1e-6f);
	}

	@Test
	void bilinearEnlarge() {
		float[] out = NetworkInput.toChw(ArrayImgs.floats(new float[] { 0, 4, 8, 12 }, 2, 2, 1), 4, ZERO, ONE);
		double[] s = { 0, 0.25, 0.75, 1 };
		for (int y = 0; y < 4; y++)
			for (int x = 0; x < 4; x++)
				assertEquals((4 * s[x] + 8 * s[y]) / 12, out[y * 4 + x], 1e-6, "x " + x + " y " + y);
	}

	@Test
	void resampleFractionalOverlap() {
		double[] out = new double[2];
		NetworkInput.resample(new double[] { 0, 1, 2 }, 0, 1, 3, out, 0, 1, 2);
		assertArrayEquals(new double[] { 1 / 3.0, 5 / 3.0 }, out, 1e-12);
		double[] up = new double[4];
		NetworkInput.resample(new double[] { 2, 6 }, 0, 1, 2, up, 0, 1, 4);
		assertArrayEquals(new double[] { 2, 3, 5, 6 }, up, 1e-12);
	}

	@Test
	void rgbStandardisedPerChannelNonSquare() {
		// 4 x 2 RGB, channel c constant c: global min-max gives 0, 0.5, 1
		float[] v = new float[4 * 2 * 3];
		for (int c = 0; c < 3; c++)
			for (int i = 0; i < 8; i++)
				v[c * 8 + i] = c;
		float[] mean = { 0.5f, 0.25f, 0f }, std = { 0.5f, 0.25f, 2f };
		float[] out = NetworkInput.toChw(ArrayImgs.floats(v, 4, 2, 3), 3, mean, std);
		assertEquals(27, out.length);
		float[] expected = { -1, 1, 0.5f };
		for (int c = 0; c < 3; c++)
			for (int i = 0; i < 9; i++)
				assertEquals(expected[c], out[c * 9 + i], 1e-6f);
	}

	@Test
	void constantInputGivesStandardisedZeros() {
		float[] out = NetworkInput.toChw(ArrayImgs.floats(new float[] { 3, 3, 3, 3 }, 2, 2, 1), 2, new float[] { 0.5f, 0.5f, 0.5f }, new float[] { 0.5f, 0.5f, 0.5f });
		for (float f : out)
			assertEquals(-1f, f);
	}

	@Test
	void badInputs() {
		Img<FloatType> two = ArrayImgs.floats(new float[8], 2, 2, 2);
		assertThrows(InputException.class, () -> NetworkInput.toChw(two, 4, ZERO, ONE));
		Img<FloatType> grey = ArrayImgs.floats(new float[4], 2, 2, 1);
		assertThrows(InputException.class, () -> NetworkInput.toChw(grey, 4, ZERO, new float[] { 1, 0, 1 }));
		assertThrows(InputException.class, () -> NetworkInput.toChw(grey, 4, new float[] { 0 }, ONE));
	}
}
