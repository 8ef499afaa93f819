package org.mer.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.core.Progress;
import org.mer.net.Architecture;
import org.mer.stats.Holm;

/** Variants of one setting tested against a reference, cell by cell (synthetic RunResults, no training: synthetic numbers). */
class VariantComparisonTest {
	private static final SignificanceSettings FAST = SignificanceSettings.builder().resamples(999).seed(3).build();
	private static final ComparisonCell MESTI = ClaimPairTest.cell("mesti", Architecture.MEGANET), FLOW = ClaimPairTest.cell("flow", Architecture.MEGANET);

	@TempDir
	Path tmp;

	/** Subject s has {@code right(s)} of 9 samples right, every seed. */
	private static MultiSeedCell cell(ComparisonCell c, java.util.function.IntUnaryOperator right) {
		Map<Long, RunResult> runs = new LinkedHashMap<>();
		for (long seed = 0; seed < 3; seed++)
			runs.put(seed, SyntheticRuns.run(seed, 12, 9, (s, i) -> i < right.applyAsInt(s)));
		return new MultiSeedCell(c, runs);
	}

	@Test
	void eachVariantIsTestedAgainstTheReferenceOnTheSameCellWithHolmOverAllPairs() throws Exception {
		Map<String, List<MultiSeedCell>> variants = new LinkedHashMap<>();
		variants.put("minmax", List.of(cell(MESTI, s -> 4 + s % 3), cell(FLOW, s -> 3 + s % 4)));
		variants.put("better", List.of(cell(MESTI, s -> 6 + s % 3), cell(FLOW, s -> 3 + s % 4)));
		variants.put("same", List.of(cell(MESTI, s -> 4 + s % 3)));
		VariantComparison v = VariantComparison.of("input scaling", "minmax", variants, FAST, Progress.NONE);
		assertEquals(3, v.tests().size(), "better x {mesti, flow}, same x {mesti}");
		PairedDifference mesti = v.tests().get(0).difference(), flow = v.tests().get(1).difference(), same = v.tests().get(2).difference();
		assertEquals("better", v.tests().get(0).variant());
		assertEquals(MESTI, mesti.pair().a());
		assertEquals(2 / 9.0, mesti.estimate(PooledMetric.ACC).observed(), 1e-12);
		assertTrue(mesti.significant(PooledMetric.ACC, 0.05));
		assertEquals(0, flow.estimate(PooledMetric.ACC).observed(), 0);
		assertFalse(flow.significant(PooledMetric.ACC, 0.05));
		assertFalse(same.significant(PooledMetric.UF1, 0.05));
		double[] holm = Holm.adjust(new double[] { mesti.estimate(PooledMetric.UF1).pValue(), flow.estimate(PooledMetric.UF1).pValue(),
			same.estimate(PooledMetric.UF1).pValue() });
		assertEquals(holm[0], mesti.adjustedP(PooledMetric.UF1), 0);
		assertEquals(holm[2], same.adjustedP(PooledMetric.UF1), 0);

		v.withNote("synthetic").write(tmp);
		String md = Files.readString(tmp.resolve(VariantComparison.MARKDOWN));
		assertTrue(md.contains("| mesti (apex_peak) | meganet | better | 3 | "), md);
		assertTrue(md.contains("| flow | meganet | better | +0.000 [+0.000, +0.000] | 1.000 (1.000) n.s."), md);
		assertTrue(md.contains("Holm-adjusted over the 3 tested pairs"), md);
		assertTrue(md.contains("synthetic\n"), md);
		assertEquals(1 + 5, Files.readAllLines(tmp.resolve(VariantComparison.CSV)).size());
		assertEquals(1 + 9, Files.readAllLines(tmp.resolve(VariantComparison.DIFFERENCES_CSV)).size());
	}

	@Test
	void theReferenceMustBeGiven() {
		assertThrows(IllegalArgumentException.class, () -> VariantComparison.of("input scaling", "minmax",
			Map.of("zscore", List.of(cell(MESTI, s -> 4))), FAST, Progress.NONE));
	}
}
