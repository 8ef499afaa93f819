package org.mer.stats;

import java.util.Locale;

/**
 * A two-sided confidence interval [low, high] at a confidence level (e.g. 0.95) and the name of
 * the method that made it. Immutable.
 */
public final class ConfidenceInterval {
	private final double low, high, level;
	private final String method;

	/**
	 * @throws IllegalArgumentException when low &gt; high, a bound is NaN or level is not in (0, 1)
	 */
	public ConfidenceInterval(double low, double high, double level, String method) {
		if (Double.isNaN(low) || Double.isNaN(high) || low > high)
			throw new IllegalArgumentException("interval bounds must be ordered numbers, got [" + low + ", " + high + "]");
		if (!(level > 0 && level < 1)) throw new IllegalArgumentException("confidence level must be in (0, 1), got " + level);
		this.low = low;
		this.high = high;
		this.level = level;
		this.method = method;
	}

	public double low() { return low; }
	public double high() { return high; }
	/** Confidence level in (0, 1), e.g. 0.95. */
	public double level() { return level; }
	/** How it was made, e.g. "t" or "percentile bootstrap". */
	public String method() { return method; }

	/** Whether v lies in [low, high]. */
	public boolean contains(double v) {
		return v >= low && v <= high;
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "[%.4f, %.4f] (%.0f%% %s)", low, high, level * 100, method);
	}
}
