package org.mer.data.synth;

/**
 * One quick head turn of a recording: the head moves by (dx, dy, angle) in {@code ramp} frames
 * (raised cosine), holds for {@code hold} frames and returns as fast. Frame indices are 0-based
 * positions in the recording. Immutable.
 */
final class HeadTurn {
	final int start, ramp, hold;
	final double dx, dy, angle;

	HeadTurn(int start, int ramp, int hold, double dx, double dy, double angle) {
		this.start = start;
		this.ramp = Math.max(1, ramp);
		this.hold = Math.max(0, hold);
		this.dx = dx;
		this.dy = dy;
		this.angle = angle;
	}

	/** Last frame index the turn affects. */
	int end() {
		return start + 2 * ramp + hold;
	}

	/** How far the turn is out at frame t: 0 before and after, 1 while holding. */
	double weight(int t) {
		if (t <= start || t >= end()) return 0;
		int u = t - start;
		if (u < ramp) return 0.5 * (1 - Math.cos(Math.PI * u / ramp));
		if (u <= ramp + hold) return 1;
		return 0.5 * (1 - Math.cos(Math.PI * (end() - t) / (double) ramp));
	}
}
