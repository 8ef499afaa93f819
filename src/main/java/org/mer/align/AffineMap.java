package org.mer.align;

import java.util.Arrays;
import java.util.Locale;

/**
 * A 2D affine map {@code (x, y) -> (a00 x + a01 y + a02, a10 x + a11 y + a12)} in pixel
 * coordinates whose origin is the <b>centre</b> of the top-left pixel (pixel (i, j) sits at
 * (i, j); x right, y down), the convention of OpenCV's {@code warpAffine}.
 * <p>
 * In this package a frame's transform maps <b>reference coordinates to frame coordinates</b>:
 * the aligned frame is {@code aligned(p) = frame(T p)}, and the content seen at p in the
 * reference is at {@code T p} in the frame (OpenCV's {@code WARP_INVERSE_MAP} matrix; the
 * matrix {@code findTransformECC} returns for template = reference). {@link #inverse()} maps
 * frame coordinates back to the reference. Immutable, thread safe.
 */
public final class AffineMap {
	/** The identity map. */
	public static final AffineMap IDENTITY = new AffineMap(1, 0, 0, 0, 1, 0);

	private final double a00, a01, a02, a10, a11, a12;

	private AffineMap(double a00, double a01, double a02, double a10, double a11, double a12) {
		this.a00 = a00;
		this.a01 = a01;
		this.a02 = a02;
		this.a10 = a10;
		this.a11 = a11;
		this.a12 = a12;
	}

	/** From the 2x3 matrix in row-major order {a00, a01, a02, a10, a11, a12}. */
	public static AffineMap of(double a00, double a01, double a02, double a10, double a11, double a12) {
		return new AffineMap(a00, a01, a02, a10, a11, a12);
	}

	/**
	 * @param m six values, row-major 2x3
	 * @throws IllegalArgumentException when m does not have six finite values
	 */
	public static AffineMap of(double[] m) {
		if (m.length != 6) throw new IllegalArgumentException("an affine map needs 6 values, got " + m.length);
		for (double v : m)
			if (!Double.isFinite(v)) throw new IllegalArgumentException("affine map with a non-finite value: " + Arrays.toString(m));
		return new AffineMap(m[0], m[1], m[2], m[3], m[4], m[5]);
	}

	public static AffineMap translation(double tx, double ty) {
		return new AffineMap(1, 0, tx, 0, 1, ty);
	}

	/**
	 * Rotation by {@code degrees} (positive turns +x towards +y, i.e. clockwise on screen) and
	 * uniform scaling by {@code scale} about the pivot (px, py), then translation by (tx, ty).
	 */
	public static AffineMap similarity(double scale, double degrees, double tx, double ty, double px, double py) {
		double r = Math.toRadians(degrees), c = scale * Math.cos(r), s = scale * Math.sin(r);
		return new AffineMap(c, -s, px - c * px + s * py + tx, s, c, py - s * px - c * py + ty);
	}

	/** Applies the linear part {@code [[a00, a01], [a10, a11]]} about the pivot, then translates. */
	public static AffineMap linearAbout(double a00, double a01, double a10, double a11, double tx, double ty, double px, double py) {
		return new AffineMap(a00, a01, px - a00 * px - a01 * py + tx, a10, a11, py - a10 * px - a11 * py + ty);
	}

	/** x of the image of (x, y). */
	public double x(double x, double y) {
		return a00 * x + a01 * y + a02;
	}

	/** y of the image of (x, y). */
	public double y(double x, double y) {
		return a10 * x + a11 * y + a12;
	}

	/** {@code this(inner(p))}: first inner, then this. */
	public AffineMap after(AffineMap inner) {
		return new AffineMap(a00 * inner.a00 + a01 * inner.a10, a00 * inner.a01 + a01 * inner.a11, a00 * inner.a02 + a01 * inner.a12 + a02,
			a10 * inner.a00 + a11 * inner.a10, a10 * inner.a01 + a11 * inner.a11, a10 * inner.a02 + a11 * inner.a12 + a12);
	}

	/**
	 * @throws IllegalStateException when the map is singular (determinant 0 or not finite)
	 */
	public AffineMap inverse() {
		double det = determinant();
		if (det == 0 || !Double.isFinite(det)) throw new IllegalStateException("singular affine map " + this);
		double i00 = a11 / det, i01 = -a01 / det, i10 = -a10 / det, i11 = a00 / det;
		return new AffineMap(i00, i01, -(i00 * a02 + i01 * a12), i10, i11, -(i10 * a02 + i11 * a12));
	}

	public double determinant() {
		return a00 * a11 - a01 * a10;
	}

	/** Row-major 2x3 matrix {a00, a01, a02, a10, a11, a12}, a new array. */
	public double[] toArray() {
		return new double[] { a00, a01, a02, a10, a11, a12 };
	}

	/** Translation part a02 (pixels). */
	public double tx() {
		return a02;
	}

	/** Translation part a12 (pixels). */
	public double ty() {
		return a12;
	}

	/** Mean scale {@code sqrt(|det|)} of the linear part. */
	public double scale() {
		return Math.sqrt(Math.abs(determinant()));
	}

	/** Rotation of the linear part's closest similarity, degrees (sign as in {@link #similarity}). */
	public double rotationDegrees() {
		return Math.toDegrees(Math.atan2(a10 - a01, a00 + a11));
	}

	/** Whether all six values are finite. */
	public boolean isFinite() {
		for (double v : toArray())
			if (!Double.isFinite(v)) return false;
		return true;
	}

	/** Largest distance between the images of a point under this and {@code other}, over the box's four corners. */
	public double maxDistance(AffineMap other, double x0, double y0, double x1, double y1) {
		double m = 0;
		for (double x : new double[] { x0, x1 })
			for (double y : new double[] { y0, y1 })
				m = Math.max(m, Math.hypot(x(x, y) - other.x(x, y), y(x, y) - other.y(x, y)));
		return m;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof AffineMap && Arrays.equals(toArray(), ((AffineMap) o).toArray());
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(toArray());
	}

	/** "[a00 a01 a02; a10 a11 a12]" with 6 decimals. */
	@Override
	public String toString() {
		return String.format(Locale.ROOT, "[%.6f %.6f %.6f; %.6f %.6f %.6f]", a00, a01, a02, a10, a11, a12);
	}
}
