package org.mer.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class MetricsTest {
	private static final List<String> ABC = Arrays.asList("a", "b", "c");

	@Test
	void specVector() {
		Metrics m = Metrics.of(ABC, new int[] { 0, 0, 0, 1, 1, 2 }, new int[] { 0, 0, 1, 1, 2, 2 });
		assertEquals(0.8, m.f1(0), 1e-9);
		assertEquals(0.5, m.f1(1), 1e-9);
		assertEquals(2.0 / 3, m.f1(2), 1e-9);
		assertEquals(0.6556, m.uf1(), 5e-5);
		assertEquals(0.7222, m.uar(), 5e-5);
		assertEquals(0.6667, m.acc(), 5e-5);
		assertEquals(1.0, m.precision(0), 1e-9);
		assertEquals(2.0 / 3, m.recall(0), 1e-9);
		assertEquals(0.5, m.precision(1), 1e-9);
		assertEquals(1.0, m.recall(2), 1e-9);
		assertEquals(2, m.tp(0));
		assertEquals(1, m.fn(0));
		assertEquals(1, m.fp(1));
		assertArrayEquals(new long[] { 2, 1, 0 }, m.confusion()[0]);
		assertArrayEquals(new long[] { 0, 1, 1 }, m.confusion()[1]);
		assertArrayEquals(new long[] { 0, 0, 1 }, m.confusion()[2]);
		assertEquals(6, m.n());
	}

	@Test
	void absentClassIsReportedButExcludedFromMeans() {
		// class b never occurs in the ground truth but is predicted once
		List<String> classes = ABC;
		Metrics m = Metrics.of(classes, new int[] { 0, 0, 2, 2 }, new int[] { 0, 1, 2, 2 });
		assertFalse(m.present(1));
		assertTrue(m.present(0));
		assertEquals(Arrays.asList("b"), m.absentClasses());
		assertEquals(0.0, m.f1(1), 0);
		assertEquals(0.0, m.recall(1), 0);
		assertEquals(1, m.fp(1));
		// F1: a = 2/(2+0+1) = 2/3, c = 1; UF1 over a and c only
		assertEquals((2.0 / 3 + 1.0) / 2, m.uf1(), 1e-9);
		assertEquals((0.5 + 1.0) / 2, m.uar(), 1e-9);
		assertEquals(0.75, m.acc(), 1e-9);
		for (int c = 0; c < 3; c++) {
			assertFalse(Double.isNaN(m.f1(c)));
			assertFalse(Double.isNaN(m.precision(c)));
			assertFalse(Double.isNaN(m.recall(c)));
		}
	}

	@Test
	void emptyAndNeverPredicted() {
		Metrics empty = Metrics.of(ABC, new int[0], new int[0]);
		assertEquals(0, empty.uf1(), 0);
		assertEquals(0, empty.acc(), 0);
		Metrics m = Metrics.of(ABC, new int[] { 0, 1 }, new int[] { 0, 0 });
		assertEquals(0, m.precision(1), 0);
		assertEquals(0.5, m.precision(0), 1e-9);
		assertEquals(Metrics.ofConfusion(ABC, m.confusion()).uf1(), m.uf1(), 0);
	}
}
