package org.mer.stats;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Holm's step-down adjustment of m p-values for family-wise error control (Holm 1979, Scand. J.
 * Statist. 6:65-70): sort ascending p(1) &lt;= ... &lt;= p(m); the adjusted value of p(i) is
 * {@code max_{j <= i} min(1, (m - j + 1) p(j))}. Reject H(i) at level alpha iff its adjusted value
 * is &lt;= alpha. Stateless.
 */
public final class Holm {
	private Holm() {}

	/**
	 * @param p raw p-values in [0, 1]
	 * @return adjusted p-values in the order of {@code p}
	 * @throws IllegalArgumentException for a value outside [0, 1] or NaN
	 */
	public static double[] adjust(double[] p) {
		for (double v : p)
			if (!(v >= 0 && v <= 1)) throw new IllegalArgumentException("p-values must be in [0, 1], got " + v);
		int m = p.length;
		Integer[] order = new Integer[m];
		for (int i = 0; i < m; i++)
			order[i] = i;
		Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
		double[] adjusted = new double[m];
		double running = 0;
		for (int rank = 0; rank < m; rank++) {
			int i = order[rank];
			running = Math.max(running, Math.min(1, (m - rank) * p[i]));
			adjusted[i] = running;
		}
		return adjusted;
	}
}
