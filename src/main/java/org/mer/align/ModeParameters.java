package org.mer.align;

/**
 * The parameters of each {@link AlignMode}, in normalised coordinates (u, v) (the face box
 * centred at 0, half its longer side 1), as the Gauss-Newton solver uses them: the Jacobian of
 * the position with respect to the parameters at the identity, and the map a parameter vector
 * stands for. Order: translation (tx, ty); similarity (tx, ty, a, b) for
 * {@code [[1 + a, -b, tx], [b, 1 + a, ty]]}; affine (a00 - 1, a01, a02, a10, a11 - 1, a12).
 * Stateless.
 */
final class ModeParameters {
	private ModeParameters() {}

	/** d(position)/d(parameter p) at (u, v), into j[2p] (x) and j[2p + 1] (y). */
	static void jacobian(AlignMode mode, double u, double v, double[] j) {
		switch (mode) {
			case TRANSLATION: set(j, 1, 0, 0, 1); break;
			case SIMILARITY: set(j, 1, 0, 0, 1, u, v, -v, u); break;
			case AFFINE: set(j, u, 0, v, 0, 1, 0, 0, u, 0, v, 0, 1); break;
			default: throw new IllegalStateException("no parameters for mode " + mode.id());
		}
	}

	/** The map the parameters p stand for (identity at p = 0), in normalised coordinates. */
	static AffineMap update(AlignMode mode, double[] p) {
		switch (mode) {
			case TRANSLATION: return AffineMap.translation(p[0], p[1]);
			case SIMILARITY: return AffineMap.of(1 + p[2], -p[3], p[0], p[3], 1 + p[2], p[1]);
			case AFFINE: return AffineMap.of(1 + p[0], p[1], p[2], p[3], 1 + p[4], p[5]);
			default: throw new IllegalStateException("no parameters for mode " + mode.id());
		}
	}

	private static void set(double[] j, double... values) {
		System.arraycopy(values, 0, j, 0, values.length);
	}
}
