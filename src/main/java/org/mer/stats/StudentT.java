package org.mer.stats;

/**
 * Student's t distribution with {@code df} &gt; 0 degrees of freedom (not necessarily integral).
 * The distribution function is computed from the regularised incomplete beta function,
 * {@code P(T > t) = I_{df/(df+t^2)}(df/2, 1/2) / 2} for t &gt; 0; quantiles invert it by
 * bisection to about 1e-13 relative, so any df works (no table). Stateless and thread safe.
 */
public final class StudentT {
	private StudentT() {}

	/** P(T &lt;= t). */
	public static double cdf(double t, double df) {
		checkDf(df);
		if (Double.isNaN(t)) return Double.NaN;
		if (t == Double.POSITIVE_INFINITY) return 1;
		if (t == Double.NEGATIVE_INFINITY) return 0;
		double tail = 0.5 * SpecialFunctions.regularizedBeta(df / (df + t * t), df / 2, 0.5);
		return t > 0 ? 1 - tail : tail;
	}

	/** P(T &gt; |t|), the one-sided tail beyond |t| (accurate far in the tail, unlike 1 - cdf). */
	public static double upperTail(double t, double df) {
		checkDf(df);
		double a = Math.abs(t);
		if (a == Double.POSITIVE_INFINITY) return 0;
		return 0.5 * SpecialFunctions.regularizedBeta(df / (df + a * a), df / 2, 0.5);
	}

	/**
	 * The p-quantile t_{p, df}: the t with P(T &lt;= t) = p; e.g. t_{0.975, 2} = 4.302653.
	 *
	 * @param p in (0, 1)
	 */
	public static double quantile(double p, double df) {
		checkDf(df);
		if (!(p > 0 && p < 1)) throw new IllegalArgumentException("t quantile probability must be in (0, 1), got " + p);
		if (p == 0.5) return 0;
		double tail = p > 0.5 ? 1 - p : p;
		double lo = 0, hi = 1;
		while (upperTail(hi, df) > tail)
			hi *= 2;
		for (int i = 0; i < 2000 && hi - lo > 1e-13 * hi; i++) {
			double mid = 0.5 * (lo + hi);
			if (upperTail(mid, df) > tail) lo = mid;
			else hi = mid;
		}
		double t = 0.5 * (lo + hi);
		return p > 0.5 ? t : -t;
	}

	private static void checkDf(double df) {
		if (!(df > 0) || Double.isInfinite(df)) throw new IllegalArgumentException("degrees of freedom must be positive and finite, got " + df);
	}
}
