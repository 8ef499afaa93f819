package org.mer.train;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.stats.Holm;

/**
 * The multi-seed comparison (issue 13 §1): every cell is evaluated once per seed, the pooled
 * UF1/UAR/ACC of each cell are summarised over the seeds (mean, sd, t interval), and for every
 * {@link ClaimPair} (MESTI against each other modality; meganet against meganet-noga on each
 * modality) the paired difference is estimated by a bootstrap over subjects and tested, with
 * Holm's correction over the pairs of each metric. The method and its references are in
 * {@code org.mer.stats} and {@link PairedSubjectBootstrap}.
 * <p>
 * Entry points: {@link #run} drives the evaluations through a caller's {@link CellRunner} (the
 * app layer builds the settings of a cell and seed and runs or resumes it); {@link #of}
 * aggregates runs made elsewhere. Both return a {@link MultiSeedReport}, which writes itself
 * with {@link MultiSeedReport#write}. Not thread safe; the runner is called on this thread.
 */
public final class MultiSeedComparison {
	/** Evaluates one cell with one seed. */
	@FunctionalInterface
	public interface CellRunner {
		/**
		 * @return the run; its settings (when not null) must carry {@code seed}
		 * @throws IOException from writing the cell's report or checkpoints
		 */
		RunResult run(ComparisonCell cell, long seed) throws IOException;
	}

	private MultiSeedComparison() {}

	/**
	 * Runs every cell with every seed, seed by seed (so an interrupted comparison has complete
	 * seeds first), then aggregates ({@link #of}).
	 *
	 * @param cells distinct cells, in table order
	 * @throws InputException for no cell or a cell listed twice
	 * @throws IllegalStateException when the runner returns a run made with another seed
	 * @throws org.mer.core.CanceledException when {@code progress} is canceled between runs
	 */
	public static MultiSeedReport run(List<ComparisonCell> cells, SeedPlan seeds, CellRunner runner, SignificanceSettings settings,
		Progress progress) throws IOException
	{
		if (cells.isEmpty()) throw new InputException("the comparison needs at least one cell");
		Set<ComparisonCell> distinct = new HashSet<>();
		for (ComparisonCell c : cells)
			if (!distinct.add(c)) throw new InputException("comparison cell " + c + " is listed twice");
		Map<ComparisonCell, Map<Long, RunResult>> runs = new LinkedHashMap<>();
		for (ComparisonCell c : cells)
			runs.put(c, new LinkedHashMap<>());
		int total = cells.size() * seeds.size(), done = 0;
		for (long seed : seeds.seeds())
			for (ComparisonCell cell : cells) {
				progress.checkCanceled();
				progress.log("multi-seed comparison " + (done + 1) + "/" + total + ": " + cell + ", seed " + seed);
				RunResult run = runner.run(cell, seed);
				if (run.settings() != null && run.settings().seed() != seed)
					throw new IllegalStateException("cell " + cell + ": the run for seed " + seed + " was made with seed " + run.settings().seed());
				runs.get(cell).put(seed, run);
				progress.progress(++done / (double) total);
			}
		List<MultiSeedCell> results = new ArrayList<>();
		runs.forEach((cell, bySeed) -> results.add(new MultiSeedCell(cell, bySeed)));
		return of(results, settings, progress);
	}

	/**
	 * Summarises cells already evaluated and tests their {@link ClaimPair}s.
	 *
	 * @param cells at least one, no cell twice, in table order
	 * @throws IllegalArgumentException for no cell, a cell twice, or when the cells of a pair differ
	 *           in seeds, classes or test samples
	 */
	public static MultiSeedReport of(List<MultiSeedCell> cells, SignificanceSettings settings, Progress progress) {
		if (cells.isEmpty()) throw new IllegalArgumentException("no cell to summarise");
		Map<ComparisonCell, MultiSeedCell> byCell = new LinkedHashMap<>();
		for (MultiSeedCell c : cells)
			if (byCell.put(c.cell(), c) != null) throw new IllegalArgumentException("cell " + c.cell() + " is given twice");
		List<PairedDifference> raw = new ArrayList<>();
		List<ClaimPair> pairs = ClaimPair.of(new ArrayList<>(byCell.keySet()));
		for (int i = 0; i < pairs.size(); i++) {
			progress.checkCanceled();
			ClaimPair pair = pairs.get(i);
			progress.status("paired bootstrap " + (i + 1) + "/" + pairs.size() + ": " + pair);
			raw.add(PairedSubjectBootstrap.compare(pair, byCell.get(pair.a()), byCell.get(pair.b()), settings));
		}
		return new MultiSeedReport(cells, holm(raw), settings);
	}

	/** Holm over the testable pairs, separately for each metric. */
	static List<PairedDifference> holm(List<PairedDifference> raw) {
		List<Integer> testable = new ArrayList<>();
		for (int i = 0; i < raw.size(); i++)
			if (raw.get(i).testable()) testable.add(i);
		List<Map<PooledMetric, Double>> adjusted = new ArrayList<>();
		for (int i = 0; i < raw.size(); i++)
			adjusted.add(new EnumMap<>(PooledMetric.class));
		for (PooledMetric m : PooledMetric.values()) {
			double[] p = new double[testable.size()];
			for (int j = 0; j < p.length; j++)
				p[j] = raw.get(testable.get(j)).estimate(m).pValue();
			double[] h = Holm.adjust(p);
			for (int j = 0; j < p.length; j++)
				adjusted.get(testable.get(j)).put(m, h[j]);
		}
		List<PairedDifference> out = new ArrayList<>();
		for (int i = 0; i < raw.size(); i++)
			out.add(raw.get(i).withAdjusted(adjusted.get(i)));
		return out;
	}
}
