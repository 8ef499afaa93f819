package org.mer.stats;

import java.util.Locale;

/**
 * One component of a {@link ClusterBootstrap} result: the statistic on the original data, the
 * bootstrap standard error, the percentile interval and the two-sided p-value of "the statistic
 * is 0". Immutable.
 */
public final class BootstrapEstimate {
	private final double observed, standardError, pValue;
	private final ConfidenceInterval interval;
	private final int resamples, clusters;

	BootstrapEstimate(double observed, double standardError, ConfidenceInterval interval, double pValue, int resamples, int clusters) {
		this.observed = observed;
		this.standardError = standardError;
		this.interval = interval;
		this.pValue = pValue;
		this.resamples = resamples;
		this.clusters = clusters;
	}

	/** The statistic on the original data (every cluster once). */
	public double observed() { return observed; }
	/** Standard deviation of the bootstrap replicates. */
	public double standardError() { return standardError; }
	/** Percentile interval of the replicates (type-7 quantiles at (1 -+ level) / 2). */
	public ConfidenceInterval interval() { return interval; }
	/** Two-sided p-value of H0 "statistic = 0", by inverting the percentile interval; in (0, 1]. */
	public double pValue() { return pValue; }
	/** Number of bootstrap resamples B. */
	public int resamples() { return resamples; }
	/** Number of clusters (e.g. subjects) resampled. */
	public int clusters() { return clusters; }

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "%.4f %s p=%.4g (B=%d, %d clusters)", observed, interval, pValue, resamples, clusters);
	}
}
