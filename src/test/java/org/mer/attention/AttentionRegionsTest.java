package org.mer.attention;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mer.core.InputException;

class AttentionRegionsTest {

	/** 10 x 10 map, background 0.1; blob A (2x2 at 1,1, value 0.9) and blob B (L shape at 6..7,6..8, value 0.5..0.7). */
	private static float[] twoBlobs() {
		float[] m = new float[100];
		java.util.Arrays.fill(m, 0.1f);
		for (int y = 1; y <= 2; y++)
			for (int x = 1; x <= 2; x++)
				m[y * 10 + x] = 0.9f;
		m[6 * 10 + 6] = 0.5f;
		m[7 * 10 + 6] = 0.6f;
		m[8 * 10 + 6] = 0.7f;
		m[8 * 10 + 7] = 0.7f;
		return m;
	}

	@Test
	void ranksTwoBlobsByMeanAttention() {
		List<AttentionRegion> regions = AttentionRegions.find(twoBlobs(), 10, 10, 0.92);
		assertEquals(2, regions.size());
		AttentionRegion a = regions.get(0), b = regions.get(1);
		assertEquals(1, a.rank());
		assertEquals(4, a.area());
		assertEquals(0.9, a.meanAttention(), 1e-6);
		assertEquals(1.5, a.centroidX(), 1e-9);
		assertEquals(1.5, a.centroidY(), 1e-9);
		assertEquals(1, a.boundsX());
		assertEquals(1, a.boundsY());
		assertEquals(2, a.boundsWidth());
		assertEquals(2, a.boundsHeight());

		assertEquals(2, b.rank());
		assertEquals(4, b.area());
		assertEquals((0.5 + 0.6 + 0.7 + 0.7) / 4, b.meanAttention(), 1e-6);
		assertEquals((6 + 6 + 6 + 7) / 4.0, b.centroidX(), 1e-9);
		assertEquals((6 + 7 + 8 + 8) / 4.0, b.centroidY(), 1e-9);
		assertArrayEquals(new boolean[] { true, false, true, false, true, true }, b.boundsMask());
		assertTrue(b.contains(7, 8));
		assertFalse(b.contains(7, 7));
		assertEquals("#2 mean=0.63 area=4 px", b.toString());
	}

	@Test
	void diagonalNeighboursAreOneRegion() {
		float[] m = new float[25];
		m[0] = 1;
		m[6] = 1;
		m[12] = 1;
		m[24] = 0.8f;
		List<AttentionRegion> regions = AttentionRegions.find(m, 5, 5, 0.84);
		assertEquals(2, regions.size());
		assertEquals(3, regions.get(0).area());
		assertArrayEquals(new int[] { 0, 6, 12 }, regions.get(0).pixelIndices());
		assertEquals(1, regions.get(1).area());
		assertEquals(4.0, regions.get(1).centroidX(), 1e-9);
	}

	@Test
	void quantileKeepsTheTopFraction() {
		float[] ramp = new float[100];
		for (int i = 0; i < 100; i++)
			ramp[i] = i / 99f;
		List<AttentionRegion> top10 = AttentionRegions.find(ramp, 100, 1, 0.9);
		assertEquals(1, top10.size());
		assertEquals(10, top10.get(0).area());
		assertEquals(90, top10.get(0).boundsX());
		List<AttentionRegion> top50 = AttentionRegions.find(ramp, 10, 10, 0.5);
		assertEquals(50, top50.get(0).area());
		assertEquals(5, top50.get(0).boundsY());
	}

	@Test
	void sparseMapBackgroundIsNeverARegion() {
		List<AttentionRegion> regions = AttentionRegions.find(twoBlobs(), 10, 10, 0.5);
		assertEquals(2, regions.size(), "the 0.1 background is the minimum, not a region");
		assertEquals(0.9, regions.get(0).meanAttention(), 1e-6);
	}

	@Test
	void constantOrEmptyMapHasNoRegions() {
		assertTrue(AttentionRegions.find(new float[12], 4, 3, 0.9).isEmpty());
		float[] nan = new float[4];
		java.util.Arrays.fill(nan, Float.NaN);
		assertTrue(AttentionRegions.find(nan, 2, 2, 0.9).isEmpty());
	}

	@Test
	void rejectsBadInput() {
		assertThrows(InputException.class, () -> AttentionRegions.find(new float[10], 4, 3, 0.9));
		assertThrows(InputException.class, () -> AttentionRegions.find(new float[12], 4, 3, 1.0));
		assertThrows(InputException.class, () -> AttentionRegions.find(new float[12], 4, 3, -0.1));
	}
}
