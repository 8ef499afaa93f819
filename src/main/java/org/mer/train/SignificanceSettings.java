package org.mer.train;

import java.util.LinkedHashMap;
import java.util.Map;

import org.mer.core.InputException;

/**
 * How a multi-seed comparison computes its intervals and tests: confidence level of every
 * interval (default 0.95), significance level alpha after Holm's correction (default 0.05),
 * bootstrap resamples B (default 10000: the smallest p is 2/(B+1), about 0.0002, small enough to
 * survive Holm over a dozen pairs) and the bootstrap seed (default 1; every pair uses it, so all
 * pairs see the same subject draws). Immutable; build with {@link #builder()}.
 */
public final class SignificanceSettings {
	private final double level, alpha;
	private final int resamples;
	private final long seed;

	private SignificanceSettings(Builder b) {
		if (!(b.level >= 0.5 && b.level < 1)) throw new InputException("level: confidence level must be in [0.5, 1), got " + b.level);
		if (!(b.alpha > 0 && b.alpha <= 0.5)) throw new InputException("alpha: significance level must be in (0, 0.5], got " + b.alpha);
		if (b.resamples < 100 || b.resamples > 1_000_000)
			throw new InputException("resamples: bootstrap resamples must be 100..1000000, got " + b.resamples);
		level = b.level;
		alpha = b.alpha;
		resamples = b.resamples;
		seed = b.seed;
	}

	/** The defaults: 0.95, 0.05, 10000 resamples, seed 1. */
	public static SignificanceSettings defaults() {
		return builder().build();
	}

	public static Builder builder() {
		return new Builder();
	}

	/** Confidence level of the intervals, e.g. 0.95. */
	public double level() { return level; }
	/** Family-wise significance level of the Holm-adjusted p-values. */
	public double alpha() { return alpha; }
	/** Bootstrap resamples B. */
	public int resamples() { return resamples; }
	/** Seed of the bootstrap draws. */
	public long seed() { return seed; }

	/** For report.json-like outputs. */
	public Map<String, Object> toMap() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("level", level);
		m.put("alpha", alpha);
		m.put("resamples", resamples);
		m.put("bootstrap_seed", seed);
		return m;
	}

	/** Mutable builder; {@link #build()} validates (InputException naming the field). */
	public static final class Builder {
		private double level = 0.95, alpha = 0.05;
		private int resamples = 10_000;
		private long seed = 1;

		private Builder() {}

		public Builder level(double v) { level = v; return this; }
		public Builder alpha(double v) { alpha = v; return this; }
		public Builder resamples(int v) { resamples = v; return this; }
		public Builder seed(long v) { seed = v; return this; }

		public SignificanceSettings build() {
			return new SignificanceSettings(this);
		}
	}
}
