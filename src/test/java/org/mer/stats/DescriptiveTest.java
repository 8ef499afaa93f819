package org.mer.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class DescriptiveTest {
	@Test
	void meanSdAndType7Quantiles() {
		double[] x = { 4, 1, 3, 2 };
		assertEquals(2.5, Descriptive.mean(x), 0);
		assertEquals(5.0 / 3, Descriptive.variance(x), 1e-15);
		assertEquals(Math.sqrt(5.0 / 3), Descriptive.sd(x), 1e-15);
		assertEquals(1.75, Descriptive.quantile(x, 0.25), 1e-15); // h = 0.75: 1 + 0.75 (2 - 1)
		assertEquals(2.5, Descriptive.median(x), 0);
		assertEquals(4, Descriptive.quantile(x, 1), 0);
		assertEquals(1, Descriptive.quantile(x, 0), 0);
		assertEquals(4, x[0], 0); // input untouched
		assertTrue(Double.isNaN(Descriptive.sd(new double[] { 1 })));
	}

	@Test
	void tIntervalOfThreeSeeds() {
		MeanEstimate e = MeanEstimate.of(new double[] { 0.80, 0.82, 0.84 }, 0.95);
		assertEquals(0.82, e.mean(), 1e-15);
		assertEquals(0.02, e.sd(), 1e-15);
		double half = 4.302652729749462 * 0.02 / Math.sqrt(3); // t_{0.975,2} sd / sqrt(n)
		assertEquals(0.82 - half, e.interval().get().low(), 1e-12);
		assertEquals(0.82 + half, e.interval().get().high(), 1e-12);
		assertEquals(0.7703, e.interval().get().low(), 1e-4);
	}

	@Test
	void fiveSeedsUseFourDegreesOfFreedom() {
		MeanEstimate e = MeanEstimate.of(new double[] { 1, 2, 3, 4, 5 }, 0.95);
		assertEquals(3 + 2.776445105197793 * Math.sqrt(2.5) / Math.sqrt(5), e.interval().get().high(), 1e-12);
	}

	@Test
	void oneSeedHasNoInterval() {
		MeanEstimate e = MeanEstimate.of(new double[] { 0.7 }, 0.95);
		assertEquals(0.7, e.mean(), 0);
		assertEquals(Optional.empty(), e.interval());
		assertTrue(Double.isNaN(e.sd()));
	}
}
