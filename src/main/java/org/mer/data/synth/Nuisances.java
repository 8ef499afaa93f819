package org.mer.data.synth;

import java.util.Locale;

/**
 * Immutable settings of the recording nuisances the synthetic clips and long recordings can
 * carry: head motion, illumination change and flicker, sensor noise and JPEG quality. Build with
 * {@link #builder()}; {@link #NONE} (every amplitude 0) is the default and keeps the clip
 * generator's original output; {@link #hard()} is a plausible set for real recordings.
 * <p>
 * Units and ranges (a value outside throws naming the field):
 * <ul>
 * <li>driftPx [0, 20]: amplitude of the slow head translation, pixels per axis; driftDegrees
 * [0, 20]: of the slow rotation; driftScale [0, 0.2]: of the slow relative scale change. Drift is
 * a sum of three sinusoids per parameter with random phases and periods of 5 to 40 s (clips:
 * 2 to 6 clip durations, so a clip sees a drift of the order of the amplitude).</li>
 * <li>jitterPx [0, 2], jitterDegrees [0, 2]: standard deviation of the independent per-frame
 * translation (per axis) and rotation jitter.</li>
 * <li>turnsPerMinute [0, 30]: rate of quick head turns (Poisson); turnPx [0, 30] and
 * turnDegrees [0, 30]: their largest translation and rotation. A turn moves the head in 0.2 to
 * 0.6 s, holds 0.5 to 3 s, and returns as fast.</li>
 * <li>lightDrift [0, 0.5]: amplitude of the slow relative gain change (sinusoids as the head
 * drift); sideLight [0, 0.5]: amplitude of a slow left-right illumination gradient (relative gain
 * difference between the image's left and right edges).</li>
 * <li>flicker [0, 0.2]: relative gain amplitude of mains-light flicker at {@code mainsHz}
 * (100 or 120 Hz, i.e. 50 or 60 Hz mains), sampled at the frame rate (so it aliases as on a
 * real camera); flickerNoise [0, 0.1]: standard deviation of an independent relative gain change
 * per frame.</li>
 * <li>shotNoise [0, 2]: signal-dependent sensor noise, variance in grey levels squared per grey
 * level (added to the Gaussian read noise of the generator settings).</li>
 * <li>jpegQualityMin..jpegQualityMax [1, 100], or both 0 (default: the writer's own quality): each
 * clip or recording draws its JPEG quality from this range. The public sets' frames are JPEGs of
 * an estimated quality 75 to 95 (estimate: typical of the cameras' and tools' defaults; not
 * measured on the licensed files).</li>
 * </ul>
 */
public final class Nuisances {
	/** No nuisance; the default. */
	public static final Nuisances NONE = builder().build();

	private final double driftPx, driftDegrees, driftScale, jitterPx, jitterDegrees, turnsPerMinute, turnPx, turnDegrees;
	private final double lightDrift, sideLight, flicker, flickerNoise, mainsHz, shotNoise;
	private final int jpegQualityMin, jpegQualityMax;

	private Nuisances(Builder b) {
		driftPx = check("driftPx", b.driftPx, 20);
		driftDegrees = check("driftDegrees", b.driftDegrees, 20);
		driftScale = check("driftScale", b.driftScale, 0.2);
		jitterPx = check("jitterPx", b.jitterPx, 2);
		jitterDegrees = check("jitterDegrees", b.jitterDegrees, 2);
		turnsPerMinute = check("turnsPerMinute", b.turnsPerMinute, 30);
		turnPx = check("turnPx", b.turnPx, 30);
		turnDegrees = check("turnDegrees", b.turnDegrees, 30);
		lightDrift = check("lightDrift", b.lightDrift, 0.5);
		sideLight = check("sideLight", b.sideLight, 0.5);
		flicker = check("flicker", b.flicker, 0.2);
		flickerNoise = check("flickerNoise", b.flickerNoise, 0.1);
		if (!(b.mainsHz == 100 || b.mainsHz == 120)) throw new IllegalArgumentException("mainsHz must be 100 or 120, got " + b.mainsHz);
		mainsHz = b.mainsHz;
		shotNoise = check("shotNoise", b.shotNoise, 2);
		boolean unset = b.jpegQualityMin == 0 && b.jpegQualityMax == 0;
		if (!unset && !(b.jpegQualityMin >= 1 && b.jpegQualityMin <= b.jpegQualityMax && b.jpegQualityMax <= 100))
			throw new IllegalArgumentException("jpegQuality range must be within 1..100 (or 0..0), got " + b.jpegQualityMin + ".." + b.jpegQualityMax);
		jpegQualityMin = b.jpegQualityMin;
		jpegQualityMax = b.jpegQualityMax;
	}

	private static double check(String field, double v, double max) {
		if (!(v >= 0 && v <= max)) throw new IllegalArgumentException(field + " must be in [0, " + max + "], got " + v);
		return v;
	}

	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Plausible nuisances of lab recordings: drift 1.5 px, 1 deg, 1.5 % scale; jitter 0.1 px and
	 * 0.05 deg; one quick turn per minute of up to 6 px and 8 deg; light drift 0.06, side light
	 * 0.08, flicker 0.02 at 100 Hz, flicker noise 0.004; shot noise 0.08; JPEG quality 75..95.
	 */
	public static Nuisances hard() {
		return builder().drift(1.5, 1.0, 0.015).jitter(0.1, 0.05).turns(1, 6, 8).light(0.06, 0.08).flicker(0.02, 0.004, 100).shotNoise(0.08)
			.jpegQuality(75, 95).build();
	}

	/** A builder preset with these settings. */
	public Builder toBuilder() {
		return builder().drift(driftPx, driftDegrees, driftScale).jitter(jitterPx, jitterDegrees).turns(turnsPerMinute, turnPx, turnDegrees)
			.light(lightDrift, sideLight).flicker(flicker, flickerNoise, mainsHz).shotNoise(shotNoise).jpegQuality(jpegQualityMin, jpegQualityMax);
	}

	public double driftPx() { return driftPx; }
	public double driftDegrees() { return driftDegrees; }
	public double driftScale() { return driftScale; }
	public double jitterPx() { return jitterPx; }
	public double jitterDegrees() { return jitterDegrees; }
	public double turnsPerMinute() { return turnsPerMinute; }
	public double turnPx() { return turnPx; }
	public double turnDegrees() { return turnDegrees; }
	public double lightDrift() { return lightDrift; }
	public double sideLight() { return sideLight; }
	public double flicker() { return flicker; }
	public double flickerNoise() { return flickerNoise; }
	/** Light flicker frequency, Hz (twice the mains frequency). */
	public double mainsHz() { return mainsHz; }
	public double shotNoise() { return shotNoise; }
	/** JPEG quality range; both 0 when unset (the writer's own quality applies). */
	public int jpegQualityMin() { return jpegQualityMin; }
	public int jpegQualityMax() { return jpegQualityMax; }

	/** True when no nuisance is switched on (every amplitude 0 and no JPEG range). */
	public boolean isNone() {
		return driftPx == 0 && driftDegrees == 0 && driftScale == 0 && jitterPx == 0 && jitterDegrees == 0 && (turnsPerMinute == 0 || turnPx == 0 && turnDegrees == 0)
			&& lightDrift == 0 && sideLight == 0 && flicker == 0 && flickerNoise == 0 && shotNoise == 0 && jpegQualityMax == 0;
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "drift=%spx/%sdeg/%s jitter=%spx/%sdeg turns=%s/min(%spx,%sdeg) light=%s side=%s flicker=%s@%sHz+%s shot=%s jpeg=%d..%d",
			driftPx, driftDegrees, driftScale, jitterPx, jitterDegrees, turnsPerMinute, turnPx, turnDegrees, lightDrift, sideLight, flicker, mainsHz,
			flickerNoise, shotNoise, jpegQualityMin, jpegQualityMax);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Nuisances && o.toString().equals(toString());
	}

	@Override
	public int hashCode() {
		return toString().hashCode();
	}

	/** Mutable builder; every amplitude defaults to 0, mains flicker to 100 Hz, JPEG range to unset. */
	public static final class Builder {
		private double driftPx, driftDegrees, driftScale, jitterPx, jitterDegrees, turnsPerMinute, turnPx, turnDegrees;
		private double lightDrift, sideLight, flicker, flickerNoise, mainsHz = 100, shotNoise;
		private int jpegQualityMin, jpegQualityMax;

		public Builder drift(double px, double degrees, double scale) { driftPx = px; driftDegrees = degrees; driftScale = scale; return this; }
		public Builder jitter(double px, double degrees) { jitterPx = px; jitterDegrees = degrees; return this; }
		public Builder turns(double perMinute, double px, double degrees) { turnsPerMinute = perMinute; turnPx = px; turnDegrees = degrees; return this; }
		public Builder light(double drift, double side) { lightDrift = drift; sideLight = side; return this; }
		public Builder flicker(double amplitude, double noise, double hz) { flicker = amplitude; flickerNoise = noise; mainsHz = hz; return this; }
		public Builder shotNoise(double varianceGain) { shotNoise = varianceGain; return this; }
		public Builder jpegQuality(int min, int max) { jpegQualityMin = min; jpegQualityMax = max; return this; }

		public Nuisances build() {
			return new Nuisances(this);
		}
	}
}
