package org.mer.train;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import org.mer.stats.BootstrapEstimate;

/**
 * The paired difference A - B of one {@link ClaimPair} for each {@link PooledMetric}: the
 * subject-bootstrap estimate (observed difference averaged over seeds, percentile interval, raw
 * two-sided p) and the Holm-adjusted p-value over the comparison's pairs. A pair with fewer than
 * two subjects cannot be tested: it has no estimates and says why in {@link #note()}. Immutable.
 */
public final class PairedDifference {
	private final ClaimPair pair;
	private final int subjects, seeds;
	private final Map<PooledMetric, BootstrapEstimate> estimates;
	private final Map<PooledMetric, Double> adjusted;
	private final String note;

	PairedDifference(ClaimPair pair, int subjects, int seeds, Map<PooledMetric, BootstrapEstimate> estimates,
		Map<PooledMetric, Double> adjusted, String note)
	{
		this.pair = Objects.requireNonNull(pair);
		this.subjects = subjects;
		this.seeds = seeds;
		this.estimates = Collections.unmodifiableMap(estimates.isEmpty() ? new EnumMap<>(PooledMetric.class) : new EnumMap<>(estimates));
		this.adjusted = Collections.unmodifiableMap(adjusted.isEmpty() ? new EnumMap<>(PooledMetric.class) : new EnumMap<>(adjusted));
		this.note = note == null ? "" : note;
	}

	PairedDifference withAdjusted(Map<PooledMetric, Double> holm) {
		return new PairedDifference(pair, subjects, seeds, estimates, holm, note);
	}

	public ClaimPair pair() { return pair; }
	/** Number of subjects resampled. */
	public int subjects() { return subjects; }
	/** Number of seeds averaged. */
	public int seeds() { return seeds; }
	/** Whether the pair was tested (at least two subjects). */
	public boolean testable() { return !estimates.isEmpty(); }
	/** Why the pair was not tested; empty when it was. */
	public String note() { return note; }

	/** @throws IllegalStateException when the pair was not testable */
	public BootstrapEstimate estimate(PooledMetric metric) {
		BootstrapEstimate e = estimates.get(metric);
		if (e == null) throw new IllegalStateException("pair " + pair + " was not tested: " + note);
		return e;
	}

	/** Holm-adjusted p-value; NaN when not testable. */
	public double adjustedP(PooledMetric metric) {
		Double p = adjusted.get(metric);
		return p == null ? Double.NaN : p;
	}

	/** Whether the Holm-adjusted p-value is at most alpha (false when not testable). */
	public boolean significant(PooledMetric metric, double alpha) {
		return testable() && adjustedP(metric) <= alpha;
	}
}
