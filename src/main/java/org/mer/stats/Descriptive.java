package org.mer.stats;

import java.util.Arrays;

/**
 * Descriptive statistics of a sample. Stateless and thread safe; inputs are never modified.
 */
public final class Descriptive {
	private Descriptive() {}

	/** Arithmetic mean (accumulated in double); NaN for an empty sample. */
	public static double mean(double[] x) {
		if (x.length == 0) return Double.NaN;
		double s = 0;
		for (double v : x)
			s += v;
		return s / x.length;
	}

	/** Sample variance with denominator n - 1 (two-pass); NaN for fewer than 2 values. */
	public static double variance(double[] x) {
		if (x.length < 2) return Double.NaN;
		double m = mean(x), ss = 0;
		for (double v : x)
			ss += (v - m) * (v - m);
		return ss / (x.length - 1);
	}

	/** Sample standard deviation, sqrt of {@link #variance}; NaN for fewer than 2 values. */
	public static double sd(double[] x) {
		return Math.sqrt(variance(x));
	}

	/**
	 * Quantile by linear interpolation between order statistics (Hyndman &amp; Fan 1996 type 7,
	 * the default of R and NumPy): with the sorted values x(0..n-1) and h = (n - 1) q, the value
	 * x(floor h) + (h - floor h) (x(floor h + 1) - x(floor h)).
	 *
	 * @param q probability in [0, 1]
	 * @throws IllegalArgumentException for an empty sample or q outside [0, 1]
	 */
	public static double quantile(double[] x, double q) {
		double[] sorted = x.clone();
		Arrays.sort(sorted);
		return quantileOfSorted(sorted, q);
	}

	/** {@link #quantile} of values already sorted ascending (not checked). */
	public static double quantileOfSorted(double[] sorted, double q) {
		if (sorted.length == 0) throw new IllegalArgumentException("quantile of an empty sample");
		if (!(q >= 0 && q <= 1)) throw new IllegalArgumentException("quantile probability must be in [0, 1], got " + q);
		double h = (sorted.length - 1) * q;
		int lo = (int) Math.floor(h);
		if (lo >= sorted.length - 1) return sorted[sorted.length - 1];
		return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
	}

	/** Median: {@link #quantile} at 0.5. */
	public static double median(double[] x) {
		return quantile(x, 0.5);
	}
}
