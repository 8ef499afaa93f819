package org.mer.data.synth;

import java.util.ArrayList;
import java.util.List;

/**
 * Action-unit-like local motions. Each is a sum of Gaussian-windowed displacement bumps placed on
 * the face's landmarks; {@link #bumps} gives them at unit strength (direction vectors of length
 * about 1). The FACS action-unit code is what the sheet's "Action Units" column shows.
 */
public enum Motion {
	BROW_RAISE("1+2"), INNER_BROW_RAISE("1"), BROW_LOWER("4"), LID_RAISE("5"), CHEEK_RAISE("6"),
	LID_TIGHTEN("7"), NOSE_WRINKLE("9"), UPPER_LIP_RAISE("10"), LIP_CORNER_UP("12"),
	LIP_CORNER_UP_ONE_SIDE("R12"), LIP_CORNER_DOWN("15"), LIP_STRETCH("20"), LIP_PRESS("17+24");

	private final String actionUnits;

	Motion(String actionUnits) {
		this.actionUnits = actionUnits;
	}

	/** FACS action-unit code, e.g. "1+2". */
	public String actionUnits() {
		return actionUnits;
	}

	/** One Gaussian-windowed displacement: (dx, dy) * exp(-r^2 / (2 sigma^2)), pixels. */
	static final class Bump {
		final double x, y, sigma, dx, dy;

		Bump(double x, double y, double sigma, double dx, double dy) {
			this.x = x;
			this.y = y;
			this.sigma = sigma;
			this.dx = dx;
			this.dy = dy;
		}
	}

	/** The bumps of this motion on a face, at unit strength. */
	List<Bump> bumps(FaceGeometry g) {
		List<Bump> b = new ArrayList<>();
		double s = g.faceRx;
		for (int side = -1; side <= 1; side += 2) {
			double ex = g.eyeX(side), mx = g.cx + side * g.mouthHalfWidth;
			switch (this) {
				case BROW_RAISE: b.add(new Bump(ex, g.browY, 0.16 * s, 0, -1)); break;
				case INNER_BROW_RAISE: b.add(new Bump(g.cx + side * 0.55 * g.eyeDx, g.browY, 0.11 * s, 0, -1)); break;
				case BROW_LOWER: b.add(new Bump(g.cx + side * 0.65 * g.eyeDx, g.browY, 0.14 * s, -side * 0.6, 0.8)); break;
				case LID_RAISE: b.add(new Bump(ex, g.eyeY - 0.7 * g.eyeRy, 0.09 * s, 0, -1)); break;
				case CHEEK_RAISE: b.add(new Bump(g.cx + side * g.cheekDx, g.cheekY, 0.15 * s, 0, -0.7)); break;
				case LID_TIGHTEN: b.add(new Bump(ex, g.eyeY + 0.9 * g.eyeRy, 0.09 * s, 0, -1)); break;
				case NOSE_WRINKLE: b.add(new Bump(g.cx + side * 0.3 * g.eyeDx, (g.eyeY + g.noseY) / 2, 0.1 * s, -side * 0.3, -0.95)); break;
				case UPPER_LIP_RAISE: b.add(new Bump(g.cx + side * 0.35 * g.mouthHalfWidth, g.mouthY - g.lipHeight, 0.1 * s, 0, -1)); break;
				case LIP_CORNER_UP: b.add(new Bump(mx, g.mouthY, 0.12 * s, side * 0.5, -0.85)); break;
				case LIP_CORNER_UP_ONE_SIDE: if (side > 0) b.add(new Bump(mx, g.mouthY, 0.12 * s, 0.5, -0.85)); break;
				case LIP_CORNER_DOWN: b.add(new Bump(mx, g.mouthY, 0.12 * s, 0, 1)); break;
				case LIP_STRETCH: b.add(new Bump(mx, g.mouthY, 0.12 * s, side, 0)); break;
				case LIP_PRESS:
					b.add(new Bump(g.cx + side * 0.7 * g.mouthHalfWidth, g.mouthY, 0.1 * s, -side, 0));
					if (side > 0) b.add(new Bump(g.cx, g.mouthY + 2.5 * g.lipHeight, 0.14 * s, 0, -0.8));
					break;
				default: throw new IllegalStateException(name());
			}
		}
		return b;
	}
}
