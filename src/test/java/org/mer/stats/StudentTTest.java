package org.mer.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Reference values: standard t tables (4 to 6 decimals) and closed forms for df = 1 and 2. */
class StudentTTest {
	@Test
	void quantilesMatchTables() {
		assertEquals(12.706205, StudentT.quantile(0.975, 1), 1e-6);
		assertEquals(4.302653, StudentT.quantile(0.975, 2), 1e-6);
		assertEquals(3.182446, StudentT.quantile(0.975, 3), 1e-6);
		assertEquals(2.776445, StudentT.quantile(0.975, 4), 1e-6);
		assertEquals(2.570582, StudentT.quantile(0.975, 5), 1e-6);
		assertEquals(2.262157, StudentT.quantile(0.975, 9), 1e-6);
		assertEquals(2.045230, StudentT.quantile(0.975, 29), 1e-6);
		assertEquals(1.983972, StudentT.quantile(0.975, 100), 1e-6);
		assertEquals(3.249836, StudentT.quantile(0.995, 9), 1e-6);
		assertEquals(1.533206, StudentT.quantile(0.90, 4), 1e-6);
		// non-integral df (SciPy 1.17 t.ppf(0.975, 2.5) = 3.5746548420)
		assertEquals(3.574655, StudentT.quantile(0.975, 2.5), 1e-6);
	}

	@Test
	void quantilesMatchClosedFormsForOneAndTwoDegreesOfFreedom() {
		for (double p : new double[] { 0.6, 0.9, 0.975, 0.999, 0.02 }) {
			assertEquals(Math.tan(Math.PI * (p - 0.5)), StudentT.quantile(p, 1), 1e-9 * Math.max(1, Math.abs(Math.tan(Math.PI * (p - 0.5)))));
			assertEquals((2 * p - 1) / Math.sqrt(2 * p * (1 - p)), StudentT.quantile(p, 2), 1e-10);
		}
	}

	@Test
	void cdfIsSymmetricAndInvertsTheQuantile() {
		// df = 1: Cauchy, F(t) = 1/2 + atan(t)/pi
		assertEquals(0.5 + Math.atan(3) / Math.PI, StudentT.cdf(3, 1), 1e-13);
		assertEquals(0.930337015720579, StudentT.cdf(2, 3), 1e-12);
		assertEquals(0.087240285293232, StudentT.cdf(-1.5, 7.5), 1e-12);
		assertEquals(0.5, StudentT.cdf(0, 4), 0);
		for (double df : new double[] { 1, 3, 8.5, 40 })
			for (double p : new double[] { 0.01, 0.3, 0.8, 0.999 }) {
				assertEquals(p, StudentT.cdf(StudentT.quantile(p, df), df), 1e-12);
				assertEquals(-StudentT.quantile(p, df), StudentT.quantile(1 - p, df), 1e-9);
			}
	}

	@Test
	void rejectsBadArguments() {
		assertThrows(IllegalArgumentException.class, () -> StudentT.quantile(1, 3));
		assertThrows(IllegalArgumentException.class, () -> StudentT.quantile(0.5, 0));
	}
}
