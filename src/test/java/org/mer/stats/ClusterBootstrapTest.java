package org.mer.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ClusterBootstrapTest {
	/** Weighted mean of per-cluster values: the statistic of a resample. */
	private static ClusterBootstrap.Statistic weightedMean(double[] values) {
		return counts -> {
			double s = 0;
			int n = 0;
			for (int i = 0; i < counts.length; i++) {
				s += counts[i] * values[i];
				n += counts[i];
			}
			return new double[] { s / n };
		};
	}

	@Test
	void zeroDifferenceIsCentredOnZero() {
		double[] symmetric = { -3, -2, -1, -0.5, 0.5, 1, 2, 3 };
		BootstrapEstimate e = ClusterBootstrap.run(symmetric.length, weightedMean(symmetric), 4000, 0.95, 7).get(0);
		assertEquals(0, e.observed(), 0);
		assertTrue(e.interval().contains(0));
		assertEquals(0, (e.interval().low() + e.interval().high()) / 2, 0.1);
		assertTrue(e.pValue() > 0.8, "p " + e.pValue());
	}

	@Test
	void identicalSystemsGiveAPointIntervalAndPOne() {
		BootstrapEstimate e = ClusterBootstrap.run(5, counts -> new double[] { 0 }, 200, 0.95, 1).get(0);
		assertEquals(0, e.interval().low(), 0);
		assertEquals(0, e.interval().high(), 0);
		assertEquals(1, e.pValue(), 0);
	}

	@Test
	void largeTrueDifferenceIsSignificant() {
		Random random = new Random(3);
		double[] values = new double[20];
		for (int i = 0; i < values.length; i++)
			values[i] = 0.1 + 0.02 * random.nextGaussian();
		BootstrapEstimate e = ClusterBootstrap.run(values.length, weightedMean(values), 2000, 0.95, 3).get(0);
		assertTrue(e.pValue() < 0.01, "p " + e.pValue());
		assertEquals(2.0 / 2001, e.pValue(), 1e-15); // every replicate > 0
		assertTrue(e.interval().low() > 0.08 && e.interval().high() < 0.12, e.toString());
	}

	@Test
	void standardErrorOfAMeanMatchesTheory() {
		Random random = new Random(9);
		double[] values = new double[40];
		for (int i = 0; i < values.length; i++)
			values[i] = random.nextGaussian();
		BootstrapEstimate e = ClusterBootstrap.run(values.length, weightedMean(values), 5000, 0.95, 9).get(0);
		// plug-in SE of a mean: sqrt((n-1)/n) sd / sqrt(n)
		double theory = Math.sqrt((values.length - 1.0) / values.length) * Descriptive.sd(values) / Math.sqrt(values.length);
		assertEquals(theory, e.standardError(), 0.05 * theory);
		assertEquals(Descriptive.mean(values), e.observed(), 1e-15);
	}

	@Test
	void sameSeedSameNumbersAndComponentsShareResamples() {
		double[] a = { 1, 2, 3, 4, 5, 6 };
		ClusterBootstrap.Statistic two = counts -> {
			double m = weightedMean(a).compute(counts)[0];
			return new double[] { m, 2 * m };
		};
		List<BootstrapEstimate> x = ClusterBootstrap.run(6, two, 300, 0.9, 42), y = ClusterBootstrap.run(6, two, 300, 0.9, 42);
		assertEquals(x.get(0).interval().low(), y.get(0).interval().low(), 0);
		assertEquals(x.get(0).standardError(), y.get(0).standardError(), 0);
		assertEquals(2 * x.get(0).interval().high(), x.get(1).interval().high(), 1e-12);
		assertTrue(x.get(0).interval().low() != ClusterBootstrap.run(6, two, 300, 0.9, 43).get(0).interval().low()
			|| x.get(0).standardError() != ClusterBootstrap.run(6, two, 300, 0.9, 43).get(0).standardError());
	}

	@Test
	void rejectsBadInput() {
		assertThrows(IllegalArgumentException.class, () -> ClusterBootstrap.run(1, c -> new double[] { 0 }, 10, 0.95, 0));
		assertThrows(IllegalArgumentException.class, () -> ClusterBootstrap.run(3, c -> new double[] { Double.NaN }, 10, 0.95, 0));
	}
}
