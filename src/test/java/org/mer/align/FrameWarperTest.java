package org.mer.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.mer.clip.FrameAccess;

import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.real.FloatType;

class FrameWarperTest {
	private static float[] ramp(int w, int h, int c) {
		float[] a = new float[w * h * c];
		for (int i = 0; i < a.length; i++) a[i] = (float) (Math.sin(i * 0.37) * 100 + i % 7);
		return a;
	}

	@Test
	void identityReturnsTheSameValuesInEveryChannel() {
		float[] in = ramp(9, 7, 3);
		assertArrayEquals(in, FrameWarper.warp(in, 9, 7, 3, AffineMap.IDENTITY));
		Img<FloatType> img = FrameWarper.warp(ArrayImgs.floats(in.clone(), 9, 7, 3), AffineMap.IDENTITY);
		assertArrayEquals(in, FrameAccess.toArray(img));
	}

	@Test
	void integerShiftMovesContentAndReplicatesTheEdge() {
		int w = 6, h = 5;
		float[] in = ramp(w, h, 2);
		// reference to frame: output (x, y) reads frame (x + 2, y - 1)
		float[] out = FrameWarper.warp(in, w, h, 2, AffineMap.translation(2, -1));
		for (int c = 0; c < 2; c++)
			for (int y = 0; y < h; y++)
				for (int x = 0; x < w; x++) {
					int sx = Math.min(w - 1, x + 2), sy = Math.max(0, y - 1);
					assertEquals(in[c * w * h + sy * w + sx], out[c * w * h + y * w + x], 0, "(" + x + ", " + y + ", " + c + ")");
				}
	}

	@Test
	void halfPixelShiftAveragesNeighboursBilinearly() {
		float[] in = { 0, 10, 20, 30, 40, 50, 60, 70 };
		float[] out = FrameWarper.warp(in, 4, 2, 1, AffineMap.translation(0.5, 0.5));
		// (0, 0) reads (0.5, 0.5): mean of 0, 10, 40, 50
		assertEquals(25, out[0], 1e-5);
		// (1, 0) reads (1.5, 0.5): mean of 10, 20, 50, 60
		assertEquals(35, out[1], 1e-5);
		// (3, 1) reads (3.5, 1.5): clamped to (3, 1)
		assertEquals(70, out[7], 0);
	}

	@Test
	void rotationByNinetyDegreesAboutTheCentreIsExact() {
		int n = 5;
		float[] in = ramp(n, n, 1);
		float[] out = FrameWarper.warp(in, n, n, 1, AffineMap.similarity(1, 90, 0, 0, 2, 2));
		for (int y = 0; y < n; y++)
			for (int x = 0; x < n; x++) {
				// output (x, y) reads (2 - (y - 2), 2 + (x - 2))
				assertEquals(in[(x) * n + (4 - y)], out[y * n + x], 1e-4);
			}
	}
}
