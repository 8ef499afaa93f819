package org.mer.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Nonparametric bootstrap over clusters (Efron &amp; Tibshirani 1993; Davison &amp; Hinkley 1997
 * §3.8): each resample draws as many clusters as there are, uniformly with replacement, and the
 * caller's statistic is recomputed from the multiplicity of each cluster (0, 1, 2, ...). For a
 * paired comparison the clusters are subjects and the statistic is, e.g., the difference of
 * pooled UF1 between two systems on the predictions of the drawn subjects, each counted as often
 * as drawn; both systems see the same draw, which is what makes the comparison paired.
 * <p>
 * The statistic may return several components (e.g. the differences of UF1, UAR and ACC), all
 * computed on the same resamples. Per component: percentile interval (type-7 quantiles of the
 * replicates) and a two-sided p-value of "component = 0" by inverting that interval:
 * {@code p = min(1, 2 min(1 + #(d* <= 0), 1 + #(d* >= 0)) / (B + 1))}. A component that is 0
 * in every replicate (identical systems) gets p = 1; one whose replicates are all on one side of
 * 0 gets the smallest p, 2 / (B + 1).
 * <p>
 * Deterministic: the draws come from {@code new java.util.Random(seed)}, so the same clusters,
 * statistic, B and seed give the same result. Stateless; the statistic is called on the
 * calling thread, once for the data and then once per resample, in order.
 */
public final class ClusterBootstrap {
	/** The statistic of a resample. */
	@FunctionalInterface
	public interface Statistic {
		/**
		 * @param multiplicity how often each cluster was drawn (length = number of clusters, sum =
		 *          number of clusters); all ones for the original data. Do not keep or modify it.
		 * @return the components of the statistic, same length every call, finite
		 */
		double[] compute(int[] multiplicity);
	}

	private ClusterBootstrap() {}

	/**
	 * @param clusters number of clusters, at least 2 (with one, every resample is the data itself)
	 * @param resamples B, at least 1
	 * @param level confidence level of the intervals, in (0, 1)
	 * @param seed seed of the draws
	 * @return one estimate per component of the statistic
	 * @throws IllegalArgumentException for bad arguments or a statistic that is not finite or
	 *           changes its length
	 */
	public static List<BootstrapEstimate> run(int clusters, Statistic statistic, int resamples, double level, long seed) {
		if (clusters < 2) throw new IllegalArgumentException("the bootstrap needs at least 2 clusters, got " + clusters);
		if (resamples < 1) throw new IllegalArgumentException("the bootstrap needs at least 1 resample, got " + resamples);
		if (!(level > 0 && level < 1)) throw new IllegalArgumentException("confidence level must be in (0, 1), got " + level);
		int[] counts = new int[clusters];
		Arrays.fill(counts, 1);
		double[] observed = check(statistic.compute(counts), -1);
		int m = observed.length;
		double[][] replicates = new double[m][resamples];
		Random random = new Random(seed);
		for (int b = 0; b < resamples; b++) {
			Arrays.fill(counts, 0);
			for (int i = 0; i < clusters; i++)
				counts[random.nextInt(clusters)]++;
			double[] v = check(statistic.compute(counts), m);
			for (int j = 0; j < m; j++)
				replicates[j][b] = v[j];
		}
		List<BootstrapEstimate> out = new ArrayList<>();
		for (int j = 0; j < m; j++)
			out.add(estimate(observed[j], replicates[j], level, clusters));
		return out;
	}

	private static BootstrapEstimate estimate(double observed, double[] replicates, double level, int clusters) {
		int b = replicates.length;
		long atOrBelow = 0, atOrAbove = 0;
		for (double v : replicates) {
			if (v <= 0) atOrBelow++;
			if (v >= 0) atOrAbove++;
		}
		double p = Math.min(1, 2.0 * (Math.min(atOrBelow, atOrAbove) + 1) / (b + 1));
		double[] sorted = replicates.clone();
		Arrays.sort(sorted);
		double alpha = 1 - level;
		ConfidenceInterval ci = new ConfidenceInterval(Descriptive.quantileOfSorted(sorted, alpha / 2),
			Descriptive.quantileOfSorted(sorted, 1 - alpha / 2), level, "percentile bootstrap");
		double se = b < 2 ? 0 : Descriptive.sd(replicates);
		return new BootstrapEstimate(observed, se, ci, p, b, clusters);
	}

	private static double[] check(double[] v, int expectedLength) {
		if (v == null || v.length == 0) throw new IllegalArgumentException("the statistic returned no value");
		if (expectedLength >= 0 && v.length != expectedLength)
			throw new IllegalArgumentException("the statistic returned " + v.length + " values, first " + expectedLength);
		for (double x : v)
			if (!Double.isFinite(x)) throw new IllegalArgumentException("the statistic returned a non-finite value " + x);
		return v.clone();
	}
}
