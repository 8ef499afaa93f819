package org.mer.data.synth;

import java.util.Random;

/**
 * The illumination of every frame, computed on demand from the frame index: a relative gain (slow
 * drift, a linear ramp, mains flicker sampled at the frame rate, per-frame flicker noise), an
 * additive offset ramp (grey levels) and a left-right gradient ("side light", relative gain
 * difference between the right and left image edges). Immutable, thread safe.
 */
final class Lighting {
	private final Nuisances n;
	private final double fps, rampGain, rampOffset, flickerPhase;
	private final int length;
	private final SlowWave drift, side;
	private final long seed;

	/**
	 * @param rampGain relative gain change from the first to the last frame (a linear ramp, as the
	 *          original clip generator's drift); @param rampOffset offset change, grey levels
	 */
	Lighting(Nuisances n, double fps, int length, double rampGain, double rampOffset, double minPeriod, double maxPeriod, long seed) {
		this.n = n;
		this.fps = fps;
		this.length = length;
		this.rampGain = rampGain;
		this.rampOffset = rampOffset;
		this.seed = seed;
		Random r = new Random(Seeds.mix(seed, 1));
		drift = new SlowWave(minPeriod, maxPeriod, r);
		side = new SlowWave(minPeriod, maxPeriod, r);
		flickerPhase = 2 * Math.PI * r.nextDouble();
	}

	private double ramp(int t) {
		return length > 1 ? t / (double) (length - 1) : 0;
	}

	/** Relative gain of frame t (1 = unchanged). */
	double gain(int t) {
		double g = 1 + rampGain * ramp(t) + n.lightDrift() * drift.at(t / fps);
		g += n.flicker() * Math.sin(2 * Math.PI * n.mainsHz() * t / fps + flickerPhase);
		if (n.flickerNoise() > 0) g += n.flickerNoise() * new Random(Seeds.mix(seed, 2, t)).nextGaussian();
		return g;
	}

	/** Additive offset of frame t, grey levels. */
	double offset(int t) {
		return rampOffset * ramp(t);
	}

	/** Left-right gradient of frame t: the gain at horizontal position u in [-0.5, 0.5] of the width is gain * (1 + side * u). */
	double side(int t) {
		return n.sideLight() * side.at(t / fps);
	}
}
