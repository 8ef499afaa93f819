package org.mer.data.synth;

/**
 * Derives independent seeds from a base seed and a path of indices (subject, class, clip), so
 * that adding subjects, classes or clips never changes the ones generated before.
 */
final class Seeds {
	private Seeds() {}

	/** SplitMix64 finaliser applied along the path; same inputs, same seed. */
	static long mix(long seed, long... path) {
		long h = finalise(seed ^ 0x9E3779B97F4A7C15L);
		for (long p : path)
			h = finalise(h + 0x9E3779B97F4A7C15L * (p + 1));
		return h;
	}

	private static long finalise(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}
}
