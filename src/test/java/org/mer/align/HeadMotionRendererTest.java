package org.mer.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.mer.align.accuracy.SyntheticHeadClip;
import org.mer.data.synth.Motion;

/**
 * The measurement is only as good as the renderer's geometry: an integer head shift must move
 * the face content by exactly that many pixels (content at reference p appears at frame p + t)
 * while the background stays where it was.
 */
class HeadMotionRendererTest {
	private static final int N = 64;

	@Test
	void anIntegerShiftMovesTheFaceExactlyAndLeavesTheBackground() {
		SyntheticHeadClip c = new SyntheticHeadClip(2, 3, N, N, new AffineMap[] { AffineMap.translation(3, -2) }, Arrays.asList(Motion.BROW_RAISE), 1e-6,
			false, 0, 0);
		float[] ref = c.grey(0), moved = c.grey(1);
		int face = 0, background = 0;
		for (int y = 2; y < N - 2; y++)
			for (int x = 0; x < N - 3; x++) {
				double nx = (x - c.oval[0]) / c.oval[2], ny = (y - c.oval[1]) / c.oval[3], r = Math.sqrt(nx * nx + ny * ny);
				if (r < 0.9) {
					assertEquals(ref[y * N + x], moved[(y - 2) * N + x + 3], 1.0, "face pixel (" + x + ", " + y + ")");
					face++;
				}
				double mx = (x - 3 - c.oval[0]) / c.oval[2], my = (y + 2 - c.oval[1]) / c.oval[3];
				if (r > 1.15 && Math.sqrt(mx * mx + my * my) > 1.15) {
					assertEquals(ref[y * N + x], moved[y * N + x], 1.0, "background pixel (" + x + ", " + y + ")");
					background++;
				}
			}
		assertTrue(face > 1000 && background > 200, face + " face and " + background + " background pixels checked");
	}
}
