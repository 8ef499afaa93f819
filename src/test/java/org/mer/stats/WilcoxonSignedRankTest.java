package org.mer.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class WilcoxonSignedRankTest {
	@Test
	void hollanderWolfeDepressionExample() {
		// R's wilcox.test(x, y, paired = TRUE) example: V = 40, exact two-sided p = 2 * 10/512
		double[] x = { 1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30 };
		double[] y = { 0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29 };
		double[] d = new double[x.length];
		for (int i = 0; i < d.length; i++)
			d[i] = x[i] - y[i];
		WilcoxonSignedRank.Result r = WilcoxonSignedRank.test(d);
		assertEquals(40, r.wPlus(), 0);
		assertEquals(5, r.wMinus(), 0);
		assertTrue(r.exact());
		assertEquals(0.0390625, r.pValue(), 1e-15);
	}

	@Test
	void exactTableValues() {
		// n = 10: P(W <= 8) = 25/1024 (table critical value 8 at two-sided 0.05)
		double[] d = { -1, -2, -5, 3, 4, 6, 7, 8, 9, 10 };
		assertEquals(2 * 25 / 1024.0, WilcoxonSignedRank.test(d).pValue(), 1e-15);
		// all 6 positive: 2 / 2^6, the smallest p with n = 6
		assertEquals(0.03125, WilcoxonSignedRank.test(new double[] { 1, 2, 3, 4, 5, 6 }).pValue(), 1e-15);
	}

	@Test
	void zerosAreDroppedAndTiesShareMidRanks() {
		WilcoxonSignedRank.Result r = WilcoxonSignedRank.test(new double[] { 0, 0, 1, 2, 3, 4, 5 });
		assertEquals(5, r.n());
		assertEquals(2, r.zeros());
		assertEquals(0.0625, r.pValue(), 1e-15);
		// |d| = 1, 1, 1, 2: mid-ranks 2, 2, 2, 4; W+ = 8; doubled-rank sums S: 0:1 4:3 8:4 12:4 16:3 20:1 of 16
		WilcoxonSignedRank.Result t = WilcoxonSignedRank.test(new double[] { 1, 1, -1, 2 });
		assertEquals(8, t.wPlus(), 0);
		assertEquals(0.5, t.pValue(), 1e-15);
		assertEquals(1, WilcoxonSignedRank.test(new double[] { 0, 0 }).pValue(), 0);
	}

	@Test
	void exactMatchesBruteForceEnumerationWithTies() {
		Random random = new Random(5);
		for (int trial = 0; trial < 20; trial++) {
			int n = 3 + random.nextInt(10);
			double[] d = new double[n];
			for (int i = 0; i < n; i++)
				d[i] = (random.nextInt(9) - 3) / 2.0; // small integers/halves: many ties, some zeros
			WilcoxonSignedRank.Result r = WilcoxonSignedRank.test(d);
			assertEquals(bruteForceP(d), r.pValue(), 1e-12, "trial " + trial);
		}
	}

	/** Enumerates every sign pattern of the non-zero |d| with mid-ranks (independent of the DP). */
	private static double bruteForceP(double[] d) {
		double[] nz = java.util.Arrays.stream(d).filter(v -> v != 0).toArray();
		int n = nz.length;
		if (n == 0) return 1;
		double[] ranks = new double[n];
		for (int i = 0; i < n; i++) {
			int less = 0, equal = 0;
			for (int j = 0; j < n; j++) {
				if (Math.abs(nz[j]) < Math.abs(nz[i])) less++;
				if (Math.abs(nz[j]) == Math.abs(nz[i])) equal++;
			}
			ranks[i] = less + (equal + 1) / 2.0;
		}
		double w = 0;
		for (int i = 0; i < n; i++)
			if (nz[i] > 0) w += ranks[i];
		long lower = 0, upper = 0;
		for (int mask = 0; mask < (1 << n); mask++) {
			double s = 0;
			for (int i = 0; i < n; i++)
				if ((mask & (1 << i)) != 0) s += ranks[i];
			if (s <= w + 1e-9) lower++;
			if (s >= w - 1e-9) upper++;
		}
		return Math.min(1, 2.0 * Math.min(lower, upper) / (1 << n));
	}

	@Test
	void normalApproximationBeyondFiftyMatchesScipy() {
		// SciPy 1.17 wilcoxon(d, zero_method='wilcox', correction=True, method='approx'): p = 0.14206225571668452
		double[] d = new double[60];
		for (int i = 1; i <= 60; i++)
			d[i - 1] = ((i * 7919) % 61 - 30) / 10.0 + 0.3;
		WilcoxonSignedRank.Result r = WilcoxonSignedRank.test(d);
		assertFalse(r.exact());
		assertEquals(59, r.n());
		assertEquals(0.14206225571668452, r.pValue(), 1e-9);
	}

	@Test
	void normalApproximationIsCloseToExactAtTheBoundary() {
		Random random = new Random(11);
		double[] d = new double[50];
		for (int i = 0; i < d.length; i++)
			d[i] = random.nextGaussian() + 0.3;
		WilcoxonSignedRank.Result exact = WilcoxonSignedRank.test(d);
		assertTrue(exact.exact());
		double[] more = java.util.Arrays.copyOf(d, 51);
		more[50] = 1e-9; // smallest rank, positive: W+ + 1 - shifts every rank by one
		WilcoxonSignedRank.Result approx = WilcoxonSignedRank.test(more);
		assertFalse(approx.exact());
		double[] ranks = WilcoxonSignedRank.midRanks(java.util.Arrays.stream(more).map(Math::abs).toArray());
		double w = 0;
		for (int i = 0; i < more.length; i++)
			if (more[i] > 0) w += ranks[i];
		assertEquals(WilcoxonSignedRank.exactP(ranks, w), approx.pValue(), 0.003);
	}
}
