package org.mer.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NormalTest {
	@Test
	void matchesKnownValues() {
		assertEquals(0.5, Normal.cdf(0), 1e-15);
		assertEquals(0.158655253931457, Normal.cdf(-1), 1e-14);
		assertEquals(0.975002104851780, Normal.cdf(1.96), 1e-14);
		assertEquals(2.866515718791939e-7, Normal.cdf(-5), 1e-20);
		assertEquals(0.05, Normal.twoSided(1.959963984540054), 1e-13);
		assertEquals(1, Normal.twoSided(0), 0);
	}
}
