package org.mer.mesti;

/**
 * Approximate rank-pooling weights of the Dynamic Image (Bilen et al., CVPR 2016), SPEC §2:
 * {@code alpha_t(T) = sum_{k=t..T} (2k - T - 1) / k} for t = 1..T, and {@code alpha_1(1) = 1}.
 * For T >= 2 the weights sum to 0. (The widely copied Python variant {@code (2k - T) / k} is a
 * different image and is not used.) Stateless and thread safe.
 */
public final class RankPoolingWeights {
	private RankPoolingWeights() {}

	/**
	 * @param T number of frames, at least 1
	 * @return alpha_1..alpha_T at indices 0..T-1 (temporal order)
	 * @throws IllegalArgumentException when T < 1
	 */
	public static double[] alpha(int T) {
		if (T < 1) throw new IllegalArgumentException("rank pooling needs at least 1 frame, got " + T);
		double[] alpha = new double[T];
		if (T == 1) {
			alpha[0] = 1;
			return alpha;
		}
		double tail = 0;
		for (int k = T; k >= 1; k--) {
			tail += (2.0 * k - T - 1) / k;
			alpha[k - 1] = tail;
		}
		return alpha;
	}
}
