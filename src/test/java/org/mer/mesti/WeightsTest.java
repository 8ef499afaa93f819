package org.mer.mesti;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.mer.core.Ids;
import org.mer.core.InputException;

/** SPEC §2 and §3 test vectors. */
class WeightsTest {
	private static final double TOL = 1e-4;

	@Test
	void rankPoolingVectors() {
		assertArrayEquals(new double[] { 1 }, RankPoolingWeights.alpha(1), 0);
		assertArrayEquals(new double[] { -0.5, 0.5 }, RankPoolingWeights.alpha(2), TOL);
		assertArrayEquals(new double[] { -1.3333, 0.6667, 0.6667 }, RankPoolingWeights.alpha(3), TOL);
		assertArrayEquals(new double[] { -3.7, 0.3, 1.3, 1.3, 0.8 }, RankPoolingWeights.alpha(5), TOL);
		assertArrayEquals(new double[] { -12.2187, -3.2187, 0.2813, 1.9480, 2.6980, 2.8980, 2.7313, 2.3028, 1.6778, 0.9 },
			RankPoolingWeights.alpha(10), TOL);
		for (int t = 2; t <= 300; t++)
			assertEquals(0, Arrays.stream(RankPoolingWeights.alpha(t)).sum(), 1e-9 * t, "sum for T=" + t);
	}

	@Test
	void mestiVectors() {
		check(3, 1, new double[] { -0.3333, 0.6667, -0.3333 }, new double[] { -0.3333, 0.6667, -0.3333 });
		check(5, 2, new double[] { -1.7, 1.05, 1.3, 1.05, -1.7 }, new double[] { -1.7, 1.3, 0.8, 1.3, -1.7 });
		check(5, 0, new double[] { 1.3, 1.3, 0.8, 0.3, -3.7 }, new double[] { 0.8, 1.3, 1.3, 0.3, -3.7 });
		check(6, 4, new double[] { -5.15, -0.15, 0.8333, 1.3917, 1.6833, 1.3917 },
			new double[] { -5.15, -0.15, 1.35, 1.5583, 0.8333, 1.5583 });
		check(10, 3, new double[] { 1.2889, 2.1254, 2.7147, 2.898, 2.7147, 2.1254, 1.2889, 0.2813, -3.2187, -12.2187 },
			new double[] { 2.323, 2.8147, 1.9903, 0.9, 1.9903, 2.8147, 2.323, 0.2813, -3.2187, -12.2187 });
	}

	private static void check(int T, int apex, double[] apexPeak, double[] rankPooled) {
		assertArrayEquals(apexPeak, MestiWeights.of(T, apex, MestiWeighting.APEX_PEAK), TOL, "APEX_PEAK T=" + T + " apex " + apex);
		assertArrayEquals(rankPooled, MestiWeights.of(T, apex, MestiWeighting.RANK_POOLED), TOL, "RANK_POOLED T=" + T + " apex " + apex);
	}

	@Test
	void mestiWeightsSumToZeroAndPeakAtApex() {
		for (int t = 2; t <= 40; t++)
			for (int a = 0; a < t; a++) {
				double[] w = MestiWeights.of(t, a, MestiWeighting.APEX_PEAK);
				assertEquals(0, Arrays.stream(w).sum(), 1e-9, "T=" + t + " apex " + a);
				double max = Arrays.stream(w).max().getAsDouble();
				assertEquals(max, w[a], 1e-12, "apex carries the largest weight");
				assertEquals(0, Arrays.stream(MestiWeights.of(t, a, MestiWeighting.RANK_POOLED)).sum(), 1e-9);
			}
	}

	@Test
	void mestiRejectsOneFrame() {
		InputException e = assertThrows(InputException.class, () -> MestiWeights.of(1, 0, MestiWeighting.APEX_PEAK));
		assertTrue(e.getMessage().contains("MESTI needs at least 2 frames"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> MestiWeights.of(5, 5, MestiWeighting.APEX_PEAK));
	}

	@Test
	void weightingIds() {
		assertEquals("apex_peak", MestiWeighting.APEX_PEAK.id());
		assertEquals("rank_pooled", MestiWeighting.RANK_POOLED.id());
		assertEquals(MestiWeighting.RANK_POOLED, Ids.parse(MestiWeighting.class, " Rank_Pooled ", "weighting"));
		InputException e = assertThrows(InputException.class, () -> Ids.parse(MestiWeighting.class, "peak", "weighting"));
		assertTrue(e.getMessage().contains("apex_peak, rank_pooled"), e.getMessage());
	}
}
