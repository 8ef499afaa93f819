package org.mer.data.synth;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.mer.data.synth.Motion.Bump;

/**
 * The displacement field of one expression at unit strength, in face coordinates (pixel centres
 * at x + 0.5): the sum of its motions' Gaussian bumps (each cut at 3 sigma), scaled so that its
 * largest magnitude over the pixel centres is exactly 1. Evaluated at any continuous point, so a
 * moved (posed) face can be displaced without resampling a raster. Immutable, thread safe.
 */
final class ExpressionField {
	private final List<Motion> motions;
	private final Bump[] bumps;
	private final double norm;

	/** @throws IllegalArgumentException when the motions move no pixel of the face */
	ExpressionField(FaceGeometry g, List<Motion> motions, int width, int height) {
		this.motions = Collections.unmodifiableList(new ArrayList<>(motions));
		List<Bump> all = new ArrayList<>();
		for (Motion m : motions) all.addAll(m.bumps(g));
		bumps = all.toArray(new Bump[0]);
		double max = 0;
		double[] d = new double[2];
		for (int y = 0; y < height; y++)
			for (int x = 0; x < width; x++) {
				raw(x + 0.5, y + 0.5, d);
				max = Math.max(max, Math.hypot(d[0], d[1]));
			}
		if (max == 0) throw new IllegalArgumentException("the motions " + motions + " do not move any pixel of a " + width + "x" + height + " face");
		norm = 1 / max;
	}

	List<Motion> motions() { return motions; }

	/** Unit displacement {dx, dy} at face point (x, y), written into {@code out}. */
	void at(double x, double y, double[] out) {
		raw(x, y, out);
		out[0] *= norm;
		out[1] *= norm;
	}

	private void raw(double x, double y, double[] out) {
		double sx = 0, sy = 0;
		for (Bump b : bumps) {
			double dx = x - b.x, dy = y - b.y, d2 = dx * dx + dy * dy, s2 = b.sigma * b.sigma;
			if (d2 > 9 * s2) continue;
			double k = Math.exp(-d2 / (2 * s2));
			sx += k * b.dx;
			sy += k * b.dy;
		}
		out[0] = sx;
		out[1] = sy;
	}
}
