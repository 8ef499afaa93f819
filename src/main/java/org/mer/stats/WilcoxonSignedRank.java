package org.mer.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;

/**
 * Wilcoxon's signed-rank test of paired differences (Wilcoxon 1945, Biometrics Bulletin 1(6)),
 * two-sided, H0: the differences are symmetric about 0.
 * <ul>
 * <li>Zeros: dropped, and n is the count of non-zero differences (Wilcoxon's rule, as R's
 * {@code wilcox.test}); with no non-zero difference p = 1.</li>
 * <li>Ties of |d| (exact equality; round first if needed): mid-ranks.</li>
 * <li>n &lt;= {@value #EXACT_MAX_N}: exact null distribution of W+ by enumerating the 2^n sign
 * patterns through a recursion on the (doubled, hence integral) ranks, conditional on the tie
 * pattern; p = min(1, 2 min(P(W+ &lt;= w), P(W+ &gt;= w))).</li>
 * <li>Larger n: normal approximation with mean n(n+1)/4, variance
 * n(n+1)(2n+1)/24 - sum(t^3 - t)/48 over tie groups of size t, and a continuity correction of 1/2.</li>
 * </ul>
 * Stateless and thread safe.
 */
public final class WilcoxonSignedRank {
	/** Largest number of non-zero differences tested with the exact distribution. */
	public static final int EXACT_MAX_N = 50;

	/** Outcome of one test. Immutable. */
	public static final class Result {
		private final int n, zeros;
		private final double wPlus, wMinus, pValue, z;
		private final boolean exact;

		Result(int n, int zeros, double wPlus, double wMinus, double pValue, boolean exact, double z) {
			this.n = n;
			this.zeros = zeros;
			this.wPlus = wPlus;
			this.wMinus = wMinus;
			this.pValue = pValue;
			this.exact = exact;
			this.z = z;
		}

		/** Number of non-zero differences (the n of the test). */
		public int n() { return n; }
		/** Number of zero differences dropped. */
		public int zeros() { return zeros; }
		/** Sum of the ranks of the positive differences. */
		public double wPlus() { return wPlus; }
		/** Sum of the ranks of the negative differences. */
		public double wMinus() { return wMinus; }
		/** Two-sided p-value. */
		public double pValue() { return pValue; }
		/** Whether the exact distribution was used. */
		public boolean exact() { return exact; }
		/** The continuity-corrected normal statistic; NaN when exact. */
		public double z() { return z; }

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "W+ = %s, n = %d (%d zeros dropped), p = %.4g (%s)", wPlus, n, zeros, pValue,
				exact ? "exact" : "normal approximation, z = " + String.format(Locale.ROOT, "%.3f", z));
		}
	}

	private WilcoxonSignedRank() {}

	/**
	 * @param differences paired differences a_i - b_i
	 * @throws IllegalArgumentException for a NaN or infinite difference
	 */
	public static Result test(double[] differences) {
		int zeros = 0;
		double[] d = new double[differences.length];
		int n = 0;
		for (double v : differences) {
			if (!Double.isFinite(v)) throw new IllegalArgumentException("differences must be finite, got " + v);
			if (v == 0) zeros++;
			else d[n++] = v;
		}
		d = Arrays.copyOf(d, n);
		if (n == 0) return new Result(0, zeros, 0, 0, 1, true, Double.NaN);
		double[] abs = new double[n];
		for (int i = 0; i < n; i++)
			abs[i] = Math.abs(d[i]);
		double[] ranks = midRanks(abs);
		double wPlus = 0, total = n * (n + 1) / 2.0;
		for (int i = 0; i < n; i++)
			if (d[i] > 0) wPlus += ranks[i];
		double wMinus = total - wPlus;
		if (n <= EXACT_MAX_N) return new Result(n, zeros, wPlus, wMinus, exactP(ranks, wPlus), true, Double.NaN);
		double z = normalZ(ranks, wPlus);
		return new Result(n, zeros, wPlus, wMinus, Normal.twoSided(z), false, z);
	}

	/** Mid-ranks (1-based) of the values. */
	static double[] midRanks(double[] values) {
		int n = values.length;
		Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++)
			order[i] = i;
		Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
		double[] ranks = new double[n];
		for (int i = 0; i < n;) {
			int j = i;
			while (j + 1 < n && values[order[j + 1]] == values[order[i]])
				j++;
			double rank = (i + 1 + j + 1) / 2.0;
			for (int k = i; k <= j; k++)
				ranks[order[k]] = rank;
			i = j + 1;
		}
		return ranks;
	}

	/** Exact two-sided p of W+ = wPlus given the ranks (each sign +/- with probability 1/2). */
	static double exactP(double[] ranks, double wPlus) {
		int max = 0;
		int[] doubled = new int[ranks.length];
		for (int i = 0; i < ranks.length; i++) {
			doubled[i] = (int) Math.round(2 * ranks[i]);
			max += doubled[i];
		}
		double[] dist = new double[max + 1];
		dist[0] = 1;
		int reach = 0;
		for (int r : doubled) {
			reach += r;
			for (int s = reach; s >= 0; s--)
				dist[s] = 0.5 * (dist[s] + (s >= r ? dist[s - r] : 0));
		}
		int w = (int) Math.round(2 * wPlus);
		double lower = 0, upper = 0;
		for (int s = 0; s <= max; s++) {
			if (s <= w) lower += dist[s];
			if (s >= w) upper += dist[s];
		}
		return Math.min(1, 2 * Math.min(lower, upper));
	}

	private static double normalZ(double[] ranks, double wPlus) {
		int n = ranks.length;
		double[] sorted = ranks.clone();
		Arrays.sort(sorted);
		double ties = 0;
		for (int i = 0; i < n;) {
			int j = i;
			while (j + 1 < n && sorted[j + 1] == sorted[i])
				j++;
			double t = j - i + 1;
			ties += t * t * t - t;
			i = j + 1;
		}
		double mean = n * (n + 1) / 4.0;
		double variance = n * (n + 1) * (2.0 * n + 1) / 24.0 - ties / 48.0;
		double diff = wPlus - mean;
		if (Math.abs(diff) <= 0.5) return 0;
		return (diff - Math.signum(diff) * 0.5) / Math.sqrt(variance);
	}
}
