package org.mer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class HarnessTest {

	@Test
	void medianAndMinOfRuns() {
		Harness.Timing odd = new Harness.Timing(new double[] { 3, 1, 2 });
		assertEquals(2, odd.median());
		assertEquals(1, odd.min());
		Harness.Timing even = new Harness.Timing(new double[] { 4, 1, 3, 2 });
		assertEquals(2.5, even.median());
		assertEquals(4, even.runs());
	}

	@Test
	void warmupRunsAreNotTimed() {
		AtomicInteger calls = new AtomicInteger();
		Harness.Timing t = Harness.time(2, 3, calls::incrementAndGet);
		assertEquals(5, calls.get());
		assertEquals(3, t.runs());
		assertTrue(t.min() >= 0 && t.median() >= t.min());
		assertThrows(IllegalArgumentException.class, () -> Harness.time(0, 0, () -> {}));
	}

	@Test
	void ratesAndRatios() {
		assertEquals(2.0, Harness.gbPerSecond(1_000_000_000L, 0.5), 1e-12);
		// a 1024^3 matmul is 2 * 1024^3 FLOPs; in 0.1 s that is 21.47483648 GFLOP/s
		assertEquals(2L * 1024 * 1024 * 1024, Harness.matmulFlops(1024));
		assertEquals(21.47483648, Harness.gflops(Harness.matmulFlops(1024), 0.1), 1e-9);
		assertEquals(0.25, Harness.ratio(1, 4), 1e-12);
		assertTrue(Double.isNaN(Harness.ratio(1, 0)));
		assertTrue(Double.isNaN(Harness.ratio(Double.NaN, 2)));
	}

	@Test
	void boundSumsEveryValueOnce() {
		float[] a = new float[1003];
		double expected = 0;
		for (int i = 0; i < a.length; i++) {
			a[i] = i % 7;
			expected += i % 7;
		}
		assertEquals(expected, MemoryBound.sum(a, 0, a.length), 1e-9);
		assertEquals(a[5] + a[6] + a[7], MemoryBound.sum(a, 5, 8), 1e-9);
	}

	@Test
	void rowsCarryTheirRatioAndNullForNaN() {
		BenchRow r = BenchRow.against("s", "n", 3, "GB/s", "bound", 12, "achieved/bound", "");
		assertEquals(0.25, r.ratio(), 1e-12);
		assertEquals(0.25, (Double) r.toMap().get("ratio"), 1e-12);
		assertNull(BenchRow.plain("s", "n", 1, "ms", "").toMap().get("ratio"));
		assertEquals("1.50", BenchReport.number(1.5));
		assertEquals("-", BenchReport.number(Double.NaN));
	}
}
