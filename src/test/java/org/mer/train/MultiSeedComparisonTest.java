package org.mer.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.core.CanceledException;
import org.mer.core.Progress;
import org.mer.net.Architecture;
import org.mer.stats.BootstrapEstimate;
import org.mer.stats.Holm;

/** Multi-seed aggregation and paired tests on synthetic RunResults (synthetic numbers, no training). */
class MultiSeedComparisonTest {
	private static final SignificanceSettings FAST = SignificanceSettings.builder().resamples(999).seed(3).build();
	private static final ComparisonCell MESTI = ClaimPairTest.cell("mesti", Architecture.MEGANET),
		FLOW = ClaimPairTest.cell("flow", Architecture.MEGANET), MESTI_NOGA = ClaimPairTest.cell("mesti", Architecture.MEGANET_NO_GA);

	@TempDir
	Path tmp;

	private static MultiSeedCell cell(ComparisonCell c, long[] seeds, java.util.function.LongFunction<RunResult> run) {
		Map<Long, RunResult> runs = new LinkedHashMap<>();
		for (long s : seeds)
			runs.put(s, run.apply(s));
		return new MultiSeedCell(c, runs);
	}

	/** Right with probability q, drawn from a generator of (cell, seed). */
	private static RunResult noisy(long seed, int salt, double q, int subjects) {
		Random r = new Random(seed * 31 + salt);
		boolean[][] right = new boolean[subjects][9];
		for (boolean[] row : right)
			for (int i = 0; i < row.length; i++)
				row[i] = r.nextDouble() < q;
		return SyntheticRuns.run(seed, subjects, 9, (s, i) -> right[s][i]);
	}

	@Test
	void cellSummaryIsMeanSdAndTIntervalOverSeeds() {
		// 10 samples in one subject-fold per seed; 5, 6, 7 right: ACC 0.5, 0.6, 0.7
		MultiSeedCell c = cell(MESTI, new long[] { 0, 1, 2 }, s -> SyntheticRuns.run(s, 1, 10, (subject, i) -> i < 5 + s));
		assertEquals(0.6, c.summary(PooledMetric.ACC, 0.95).mean(), 1e-12);
		assertEquals(0.1, c.summary(PooledMetric.ACC, 0.95).sd(), 1e-12);
		// 0.6 +- 4.302653 * 0.1 / sqrt(3) = 0.6 +- 0.248414
		assertEquals("0.600 +- 0.100 [0.352, 0.848]", MultiSeedTables.cellText(c.summary(PooledMetric.ACC, 0.95)));
		MultiSeedReport report = MultiSeedComparison.of(List.of(c), FAST, Progress.NONE);
		assertTrue(report.toMarkdown().contains("| mesti (apex_peak) | meganet | 3 | "), report.toMarkdown());
		assertTrue(report.toMarkdown().contains("0.600 +- 0.100 [0.352, 0.848] |\n"), report.toMarkdown());
		assertTrue(report.toMarkdown().contains("No pair of the paper's claims"));
	}

	@Test
	void identicalCellsDifferByZeroAndAreNotSignificant() {
		long[] seeds = { 4, 5, 6 };
		MultiSeedCell a = cell(MESTI, seeds, s -> noisy(s, 1, 0.6, 12)), b = cell(FLOW, seeds, s -> noisy(s, 1, 0.6, 12));
		PairedDifference d = MultiSeedComparison.of(List.of(a, b), FAST, Progress.NONE).differences().get(0);
		for (PooledMetric m : PooledMetric.values()) {
			assertEquals(0, d.estimate(m).observed(), 0);
			assertEquals(1, d.estimate(m).pValue(), 0);
			assertFalse(d.significant(m, 0.05));
		}
		assertEquals(12, d.subjects());
	}

	@Test
	void largeDifferenceIsSignificantAndEqualsTheDifferenceOfCellMeans() {
		long[] seeds = { 0, 1, 2 };
		MultiSeedCell a = cell(MESTI, seeds, s -> noisy(s, 1, 0.9, 20)), b = cell(FLOW, seeds, s -> noisy(s, 2, 0.4, 20));
		MultiSeedReport r = MultiSeedComparison.of(List.of(a, b), FAST, Progress.NONE);
		PairedDifference d = r.differences().get(0);
		for (PooledMetric m : PooledMetric.values()) {
			BootstrapEstimate e = d.estimate(m);
			double expected = a.summary(m, 0.95).mean() - b.summary(m, 0.95).mean();
			assertEquals(expected, e.observed(), 1e-12, m.id());
			assertTrue(e.pValue() < 0.01, m.id() + " p " + e.pValue());
			assertTrue(e.interval().low() > 0, e.toString());
			assertTrue(d.significant(m, 0.05));
		}
	}

	@Test
	void pairingBySubjectRemovesSubjectDifficulty() {
		// subjects range from easy to hard, A gets exactly one more sample right than B in every subject: every resample has
		// dACC = 1/9 > 0, so p is the smallest possible; resampling A's and B's subjects independently would not give that
		long[] seeds = { 0, 1 };
		MultiSeedCell b = cell(FLOW, seeds, s -> SyntheticRuns.run(s, 15, 9, (subject, i) -> i < subject % 8));
		MultiSeedCell a = cell(MESTI, seeds, s -> SyntheticRuns.run(s, 15, 9, (subject, i) -> i < subject % 8 + 1));
		BootstrapEstimate acc = MultiSeedComparison.of(List.of(a, b), FAST, Progress.NONE).differences().get(0).estimate(PooledMetric.ACC);
		assertEquals(1 / 9.0, acc.observed(), 1e-12);
		assertEquals(1 / 9.0, acc.interval().low(), 1e-12);
		assertEquals(2.0 / 1000, acc.pValue(), 1e-15);
	}

	@Test
	void holmAdjustsOverThePairsOfEachMetric() {
		long[] seeds = { 0, 1 };
		List<MultiSeedCell> cells = List.of(cell(MESTI, seeds, s -> noisy(s, 1, 0.7, 10)), cell(FLOW, seeds, s -> noisy(s, 2, 0.6, 10)),
			cell(MESTI_NOGA, seeds, s -> noisy(s, 3, 0.65, 10)));
		List<PairedDifference> d = MultiSeedComparison.of(cells, FAST, Progress.NONE).differences();
		assertEquals(2, d.size()); // mesti - flow on meganet; meganet - noga on mesti
		for (PooledMetric m : PooledMetric.values()) {
			double[] holm = Holm.adjust(new double[] { d.get(0).estimate(m).pValue(), d.get(1).estimate(m).pValue() });
			assertEquals(holm[0], d.get(0).adjustedP(m), 0);
			assertEquals(holm[1], d.get(1).adjustedP(m), 0);
		}
	}

	@Test
	void oneSeedRendersWithoutIntervalButStillTestsOverSubjects() throws Exception {
		List<ComparisonCell> cells = List.of(MESTI, FLOW);
		MultiSeedReport r = MultiSeedComparison.run(cells, SeedPlan.single(9), (c, s) -> noisy(s, c == MESTI ? 1 : 1, 0.6, 8), FAST, Progress.NONE);
		String md = r.toMarkdown();
		assertTrue(md.contains("(1 seed: no interval)"), md);
		assertTrue(md.contains("seed 9;"), md);
		assertTrue(md.contains("| mesti (apex_peak) x meganet | flow x meganet | MESTI vs other modality | +0.000 [+0.000, +0.000] | 1.000 (1.000) n.s."), md);
		r.write(tmp);
		List<String> csv = Files.readAllLines(tmp.resolve(MultiSeedReport.CSV));
		assertEquals("modality,modality_key,network,seeds,uf1_mean,uf1_sd,uf1_ci_low,uf1_ci_high,uar_mean,uar_sd,uar_ci_low,uar_ci_high,acc_mean,acc_sd,acc_ci_low,acc_ci_high",
			csv.get(0));
		assertTrue(csv.get(1).startsWith("mesti (apex_peak),mesti-apex_peak-motion,meganet,1,"), csv.get(1));
		assertTrue(csv.get(1).endsWith(",,,"), csv.get(1)); // no sd, no interval
		assertEquals(1 + 3, Files.readAllLines(tmp.resolve(MultiSeedReport.DIFFERENCES_CSV)).size());
		assertEquals(1 + 2, Files.readAllLines(tmp.resolve(MultiSeedReport.SEEDS_CSV)).size());
		assertTrue(Files.readString(tmp.resolve(MultiSeedReport.JSON)).contains("\"claim\": \"mesti-vs-modality\""));
	}

	@Test
	void runGoesSeedBySeedChecksTheSeedAndCanBeCanceled() throws Exception {
		List<String> calls = new ArrayList<>();
		MultiSeedComparison.run(List.of(MESTI, FLOW), SeedPlan.parse("2", 10), (c, s) -> {
			calls.add(c.network().id() + "/" + c.modality().kind().id() + "/" + s);
			return noisy(s, 1, 0.5, 4);
		}, FAST, Progress.NONE);
		assertEquals(List.of("meganet/mesti/10", "meganet/flow/10", "meganet/mesti/11", "meganet/flow/11"), calls);
		assertThrows(IllegalStateException.class, () -> MultiSeedComparison.run(List.of(MESTI), SeedPlan.single(3),
			(c, s) -> noisy(s + 1, 1, 0.5, 4), FAST, Progress.NONE));
		Progress canceled = new Progress() {
			@Override public void status(String m) {}
			@Override public void progress(double f) {}
			@Override public void log(String m) {}
			@Override public boolean isCanceled() { return true; }
		};
		assertThrows(CanceledException.class, () -> MultiSeedComparison.run(List.of(MESTI), SeedPlan.single(3), (c, s) -> noisy(s, 1, 0.5, 4),
			FAST, canceled));
	}

	@Test
	void cellsOnDifferentSamplesAreRefused() {
		MultiSeedCell a = cell(MESTI, new long[] { 0 }, s -> SyntheticRuns.run(s, 4, 9, (x, i) -> true));
		MultiSeedCell b = cell(FLOW, new long[] { 0 }, s -> SyntheticRuns.run(s, 5, 9, (x, i) -> true));
		assertThrows(IllegalArgumentException.class, () -> MultiSeedComparison.of(List.of(a, b), FAST, Progress.NONE));
	}

	@Test
	void sameInputsSameNumbers() {
		long[] seeds = { 0, 1, 2 };
		List<MultiSeedCell> cells = List.of(cell(MESTI, seeds, s -> noisy(s, 1, 0.7, 10)), cell(FLOW, seeds, s -> noisy(s, 2, 0.6, 10)));
		assertEquals(MultiSeedComparison.of(cells, FAST, Progress.NONE).toJson(), MultiSeedComparison.of(cells, FAST, Progress.NONE).toJson());
	}
}
