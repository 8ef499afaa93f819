package org.mer.attention;

import java.util.Locale;

/**
 * How well one attention map points at one moving region ({@link Faithfulness#score}): the
 * pointing-game hit, the share of attention mass inside the region, and the region's share of
 * the map's area (the chance level of both). All three in [0, 1]. Immutable.
 */
public final class AttentionScore {
	private final double pointing, massShare, areaShare;

	public AttentionScore(double pointing, double massShare, double areaShare) {
		check("pointing", pointing);
		check("mass share", massShare);
		check("area share", areaShare);
		this.pointing = pointing;
		this.massShare = massShare;
		this.areaShare = areaShare;
	}

	private static void check(String what, double v) {
		if (!(v >= 0 && v <= 1)) throw new IllegalArgumentException(what + " must be in [0, 1], got " + v);
	}

	/**
	 * 1 when the map's maximum lies inside the region, 0 when outside; when several pixels share
	 * the maximum, the fraction of them inside (the expected hit of a random tie break).
	 */
	public double pointing() { return pointing; }

	/** Attention inside the region divided by attention in the whole map. */
	public double massShare() { return massShare; }

	/** Region pixels divided by map pixels: the pointing rate and mass share of a random map. */
	public double areaShare() { return areaShare; }

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "pointing %.3f, mass %.3f, area %.3f", pointing, massShare, areaShare);
	}
}
