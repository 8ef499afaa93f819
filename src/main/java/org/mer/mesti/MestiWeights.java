package org.mer.mesti;

import java.util.Arrays;

import org.mer.core.InputException;

/**
 * MESTI frame weights (SPEC §3): the rank-pooling weights alpha(T) of
 * {@link RankPoolingWeights} placed by distance d_t = |t - apex| from the apex.
 * <ul>
 * <li>{@link MestiWeighting#APEX_PEAK}: alpha(T) sorted in descending order; the largest goes to
 * the apex, the next to the frames at distance 1, then 2, and so on outward.</li>
 * <li>{@link MestiWeighting#RANK_POOLED}: frames ordered by decreasing distance (farthest first,
 * apex last) receive alpha(T) in its temporal order.</li>
 * </ul>
 * Tie rule for both: the two frames at the same distance (one each side of the apex) take two
 * consecutive coefficients together and each receives their mean. The weights sum to 0, so a
 * still clip gives a zero image. Stateless and thread safe.
 */
public final class MestiWeights {
	private MestiWeights() {}

	/**
	 * @param T number of frames in the clip, at least 2
	 * @param apexIndex 0-based apex position within the clip, in [0, T)
	 * @return weights w_0..w_{T-1} in temporal order
	 * @throws InputException "MESTI needs at least 2 frames" when T < 2
	 * @throws IllegalArgumentException when the apex index is outside the clip
	 */
	public static double[] of(int T, int apexIndex, MestiWeighting weighting) {
		if (T < 2) throw new InputException("MESTI needs at least 2 frames (got " + T + ")");
		if (apexIndex < 0 || apexIndex >= T)
			throw new IllegalArgumentException("apex index " + apexIndex + " outside 0.." + (T - 1));
		double[] alpha = RankPoolingWeights.alpha(T);
		int maxDistance = Math.max(apexIndex, T - 1 - apexIndex);
		double[] w = new double[T];
		int next = 0;
		if (weighting == MestiWeighting.APEX_PEAK) {
			Arrays.sort(alpha);
			reverse(alpha);
			for (int d = 0; d <= maxDistance; d++)
				next = assign(w, alpha, next, apexIndex, d);
		}
		else {
			for (int d = maxDistance; d >= 0; d--)
				next = assign(w, alpha, next, apexIndex, d);
		}
		return w;
	}

	/** Gives the frames at distance d the next coefficient(s) of coeffs; returns the new cursor. */
	private static int assign(double[] w, double[] coeffs, int next, int apex, int d) {
		int before = apex - d, after = apex + d;
		boolean hasBefore = before >= 0, hasAfter = d > 0 && after < w.length;
		if (hasBefore && hasAfter) {
			double mean = (coeffs[next] + coeffs[next + 1]) / 2;
			w[before] = mean;
			w[after] = mean;
			return next + 2;
		}
		if (hasBefore) w[before] = coeffs[next];
		else w[after] = coeffs[next];
		return next + 1;
	}

	private static void reverse(double[] a) {
		for (int i = 0, j = a.length - 1; i < j; i++, j--) {
			double t = a[i];
			a[i] = a[j];
			a[j] = t;
		}
	}
}
