package org.mer.stats;

import java.util.Optional;

/**
 * Mean, sample standard deviation and Student's t confidence interval of the mean of a few
 * values (e.g. one metric over n training seeds): {@code mean +- t_{(1+level)/2, n-1} sd / sqrt(n)}.
 * One value has no spread and no interval. Why t and not a bootstrap: see the package
 * documentation. Immutable.
 */
public final class MeanEstimate {
	private final int n;
	private final double mean, sd;
	private final ConfidenceInterval interval;

	private MeanEstimate(int n, double mean, double sd, ConfidenceInterval interval) {
		this.n = n;
		this.mean = mean;
		this.sd = sd;
		this.interval = interval;
	}

	/**
	 * @param values at least one finite value
	 * @param level confidence level in (0, 1), e.g. 0.95
	 * @throws IllegalArgumentException for no values, a non-finite value or a bad level
	 */
	public static MeanEstimate of(double[] values, double level) {
		if (values.length == 0) throw new IllegalArgumentException("no values");
		for (double v : values)
			if (!Double.isFinite(v)) throw new IllegalArgumentException("values must be finite, got " + v);
		if (!(level > 0 && level < 1)) throw new IllegalArgumentException("confidence level must be in (0, 1), got " + level);
		double mean = Descriptive.mean(values);
		if (values.length == 1) return new MeanEstimate(1, mean, Double.NaN, null);
		double sd = Descriptive.sd(values);
		double half = StudentT.quantile((1 + level) / 2, values.length - 1) * sd / Math.sqrt(values.length);
		return new MeanEstimate(values.length, mean, sd, new ConfidenceInterval(mean - half, mean + half, level, "t"));
	}

	/** Number of values. */
	public int n() { return n; }
	public double mean() { return mean; }
	/** Sample standard deviation (n - 1); NaN for one value. */
	public double sd() { return sd; }
	/** The t interval of the mean; empty for one value. */
	public Optional<ConfidenceInterval> interval() { return Optional.ofNullable(interval); }
}
