package org.mer.data.synth;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.BiPredicate;

/**
 * The true head pose of every frame of a clip or recording, computed on demand from the frame
 * index (nothing stored per frame): slow drift ({@link SlowWave} per parameter, amplitudes from
 * {@link Nuisances}), quick turns ({@link HeadTurn}) and per-frame jitter (a Gaussian drawn from
 * a seed of (seed, frame), so any frame can be asked for in any order). Rotation and scaling are
 * about the neutral face centre. Immutable, thread safe.
 */
final class HeadMotion {
	private final Nuisances n;
	private final double cx, cy, fps, jitterPx;
	private final SlowWave x, y, angle, scale;
	private final List<HeadTurn> turns;
	private final long seed;

	/**
	 * @param extraJitterPx translation jitter added (in quadrature) to the nuisances' own
	 * @param minPeriod shortest drift period, seconds; @param maxPeriod longest
	 */
	HeadMotion(Nuisances n, FaceGeometry g, double fps, double extraJitterPx, double minPeriod, double maxPeriod, List<HeadTurn> turns, long seed) {
		this.n = n;
		this.cx = g.cx;
		this.cy = g.cy;
		this.fps = fps;
		this.jitterPx = Math.hypot(n.jitterPx(), extraJitterPx);
		this.turns = Collections.unmodifiableList(new ArrayList<>(turns));
		this.seed = seed;
		Random r = new Random(Seeds.mix(seed, 1));
		x = new SlowWave(minPeriod, maxPeriod, r);
		y = new SlowWave(minPeriod, maxPeriod, r);
		angle = new SlowWave(minPeriod, maxPeriod, r);
		scale = new SlowWave(minPeriod, maxPeriod, r);
	}

	/**
	 * Draws the quick turns of a recording of {@code length} frames: a Poisson number with mean
	 * turnsPerMinute * minutes, each placed where {@code free.test(firstFrame, lastFrame)} holds
	 * (up to 20 tries; a turn without a free place is left out).
	 */
	static List<HeadTurn> drawTurns(Nuisances n, double fps, int length, Random r, BiPredicate<Integer, Integer> free) {
		List<HeadTurn> out = new ArrayList<>();
		if (n.turnsPerMinute() == 0 || n.turnPx() == 0 && n.turnDegrees() == 0) return out;
		int count = poisson(n.turnsPerMinute() * length / fps / 60, r);
		for (int k = 0; k < count; k++) {
			int ramp = (int) Math.round((0.2 + 0.4 * r.nextDouble()) * fps), hold = (int) Math.round((0.5 + 2.5 * r.nextDouble()) * fps);
			double dx = n.turnPx() * (2 * r.nextDouble() - 1), dy = 0.4 * n.turnPx() * (2 * r.nextDouble() - 1);
			double a = Math.toRadians(n.turnDegrees() * (2 * r.nextDouble() - 1));
			for (int attempt = 0; attempt < 20; attempt++) {
				HeadTurn t = new HeadTurn(r.nextInt(Math.max(1, length)), ramp, hold, dx, dy, a);
				if (t.end() < length && free.test(t.start, t.end())) {
					out.add(t);
					break;
				}
			}
		}
		out.sort((a, b) -> Integer.compare(a.start, b.start));
		return out;
	}

	/** A Poisson draw (Knuth; means here are small). */
	static int poisson(double mean, Random r) {
		double limit = Math.exp(-mean), p = 1;
		int k = 0;
		while ((p *= r.nextDouble()) > limit) k++;
		return k;
	}

	List<HeadTurn> turns() { return turns; }

	/** The pose of frame index t (0-based). */
	HeadPose pose(int t) {
		double s = t / fps;
		double tx = n.driftPx() * x.at(s), ty = n.driftPx() * y.at(s);
		double a = Math.toRadians(n.driftDegrees()) * angle.at(s), k = 1 + n.driftScale() * scale.at(s);
		for (HeadTurn turn : turns) {
			double w = turn.weight(t);
			tx += w * turn.dx;
			ty += w * turn.dy;
			a += w * turn.angle;
		}
		if (jitterPx > 0 || n.jitterDegrees() > 0) {
			Random r = new Random(Seeds.mix(seed, 2, t));
			tx += jitterPx * r.nextGaussian();
			ty += jitterPx * r.nextGaussian();
			a += Math.toRadians(n.jitterDegrees()) * r.nextGaussian();
		}
		return new HeadPose(cx, cy, tx, ty, a, k);
	}
}
