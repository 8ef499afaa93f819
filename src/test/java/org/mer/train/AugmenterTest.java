package org.mer.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class AugmenterTest {
	private static float[] ramp(int c, int h, int w) {
		float[] a = new float[c * h * w];
		for (int i = 0; i < a.length; i++)
			a[i] = (i % w) + 10 * ((i / w) % h) + 1000 * (i / (w * h));
		return a;
	}

	@Test
	void identityFlipAndShift() {
		int c = 2, h = 5, w = 6;
		float[] a = ramp(c, h, w);
		assertArrayEquals(a, Augmenter.transform(a, c, h, w, false, 0, 0, 0, 1, 0), 1e-4f);
		float[] flipped = Augmenter.transform(a, c, h, w, true, 0, 0, 0, 1, 0);
		assertEquals(a[w - 1], flipped[0], 1e-4f);
		assertEquals(a[w * h + 2 * w], flipped[w * h + 2 * w + w - 1], 1e-4f);
		assertArrayEquals(a, Augmenter.transform(flipped, c, h, w, true, 0, 0, 0, 1, 0), 1e-4f);
		// shift right by 2: out(x) = in(x - 2), edge repeated on the left
		float[] shifted = Augmenter.transform(a, c, h, w, false, 0, 2, 0, 1, 0);
		assertEquals(a[3], shifted[5], 1e-4f);
		assertEquals(a[0], shifted[1], 1e-4f);
		assertEquals(a[0], shifted[0], 1e-4f);
		float[] bright = Augmenter.transform(a, c, h, w, false, 0, 0, 0, 2, 1);
		assertEquals(2 * a[7] + 1, bright[7], 1e-4f);
	}

	@Test
	void rotationAboutCentreKeepsCentre() {
		int h = 5, w = 5;
		float[] a = ramp(1, h, w);
		float[] r = Augmenter.transform(a, 1, h, w, false, Math.toRadians(90), 0, 0, 1, 0);
		assertEquals(a[12], r[12], 1e-4f);
		// 90 degrees: the centre row becomes the centre column
		float[] row = new float[w], col = new float[h];
		for (int i = 0; i < 5; i++) {
			row[i] = a[2 * w + i];
			col[i] = r[i * w + 2];
		}
		float[] reversed = row.clone();
		for (int i = 0; i < 5; i++)
			reversed[i] = row[4 - i];
		assertFalse(Arrays.equals(row, col) && Arrays.equals(reversed, col));
		assertEquals(true, Arrays.equals(row, col) || Arrays.equals(reversed, col));
	}

	@Test
	void seededAndBounded() {
		float[] a = ramp(3, 8, 8);
		float[] x = Augmenter.augment(a, 3, 8, 8, new Random(5));
		assertArrayEquals(x, Augmenter.augment(a, 3, 8, 8, new Random(5)), 0f);
		assertFalse(Arrays.equals(x, Augmenter.augment(a, 3, 8, 8, new Random(6))));
		float[] original = ramp(3, 8, 8);
		assertArrayEquals(original, a, 0f);
	}
}
