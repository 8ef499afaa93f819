package org.mer.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.mer.stats.MeanEstimate;

/**
 * One comparison cell evaluated with several training seeds: the {@link RunResult} of each seed,
 * in seed order, and the spread of the pooled metrics over the seeds. Immutable.
 */
public final class MultiSeedCell {
	private final ComparisonCell cell;
	private final Map<Long, RunResult> runs;

	/**
	 * @param runsBySeed one run per seed, iteration order = report order; at least one; every run
	 *          with the same class list
	 * @throws IllegalArgumentException for no run, a null run or runs with different class lists
	 */
	public MultiSeedCell(ComparisonCell cell, Map<Long, RunResult> runsBySeed) {
		this.cell = Objects.requireNonNull(cell, "cell");
		if (runsBySeed.isEmpty()) throw new IllegalArgumentException("cell " + cell + " has no run");
		List<String> classes = null;
		for (Map.Entry<Long, RunResult> e : runsBySeed.entrySet()) {
			RunResult r = Objects.requireNonNull(e.getValue(), "run of seed " + e.getKey());
			if (classes == null) classes = r.classes();
			else if (!classes.equals(r.classes()))
				throw new IllegalArgumentException("cell " + cell + ": seed " + e.getKey() + " has classes " + r.classes() + ", not " + classes);
		}
		this.runs = Collections.unmodifiableMap(new LinkedHashMap<>(runsBySeed));
	}

	public ComparisonCell cell() { return cell; }

	/** The seeds, in order. */
	public List<Long> seeds() { return new ArrayList<>(runs.keySet()); }

	/** Runs by seed (unmodifiable, seed order). */
	public Map<Long, RunResult> runs() { return runs; }

	/** @throws IllegalArgumentException for a seed this cell was not run with */
	public RunResult run(long seed) {
		RunResult r = runs.get(seed);
		if (r == null) throw new IllegalArgumentException("cell " + cell + " has no run with seed " + seed);
		return r;
	}

	/** The class list shared by every run. */
	public List<String> classes() { return runs.values().iterator().next().classes(); }

	/** The pooled metric of each seed, in seed order. */
	public double[] values(PooledMetric metric) {
		double[] v = new double[runs.size()];
		int i = 0;
		for (RunResult r : runs.values())
			v[i++] = metric.of(r.pooled());
		return v;
	}

	/** Mean, sd and t interval over the seeds (no interval with one seed). */
	public MeanEstimate summary(PooledMetric metric, double level) {
		return MeanEstimate.of(values(metric), level);
	}
}
