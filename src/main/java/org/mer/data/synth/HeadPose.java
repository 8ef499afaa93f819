package org.mer.data.synth;

import java.util.Locale;

/**
 * Where the head is in one frame: the similarity transform that maps a point of the neutral face
 * (the subject's {@link FaceGeometry}, pixel coordinates with pixel centres at x + 0.5, x right,
 * y down) to the image, rotating and scaling about the neutral face centre (cx, cy):
 * <pre>
 * image = (cx, cy) + scale * R(angle) * (face - (cx, cy)) + (tx, ty)
 * </pre>
 * R(angle) turns clockwise on screen for a positive angle (y points down). This is the true head
 * motion the frame was rendered with, so an alignment step can be scored against it. Immutable.
 */
public final class HeadPose {
	/** The neutral pose (no motion). */
	public static final HeadPose IDENTITY = new HeadPose(0, 0, 0, 0, 0, 1);

	private final double cx, cy, tx, ty, angle, scale, cos, sin;

	/**
	 * @param cx centre of rotation and scaling (the neutral face centre), pixels
	 * @param tx translation in pixels
	 * @param angle rotation in radians
	 * @param scale scale factor, &gt; 0
	 */
	public HeadPose(double cx, double cy, double tx, double ty, double angle, double scale) {
		if (!(scale > 0)) throw new IllegalArgumentException("scale must be > 0, got " + scale);
		this.cx = cx;
		this.cy = cy;
		this.tx = tx;
		this.ty = ty;
		this.angle = angle;
		this.scale = scale;
		cos = scale * Math.cos(angle);
		sin = scale * Math.sin(angle);
	}

	public double tx() { return tx; }
	public double ty() { return ty; }
	/** Rotation, radians. */
	public double angle() { return angle; }
	public double scale() { return scale; }
	public double centreX() { return cx; }
	public double centreY() { return cy; }

	/** True when the pose moves no point (up to 1e-12). */
	public boolean isIdentity() {
		return Math.abs(tx) < 1e-12 && Math.abs(ty) < 1e-12 && Math.abs(angle) < 1e-12 && Math.abs(scale - 1) < 1e-12;
	}

	/** Maps a face point to the image: {x, y}. */
	public double[] apply(double x, double y) {
		double dx = x - cx, dy = y - cy;
		return new double[] { cx + cos * dx - sin * dy + tx, cy + sin * dx + cos * dy + ty };
	}

	/** Maps an image point back to the face: writes {x, y} into {@code out}. */
	void inverse(double x, double y, double[] out) {
		double dx = x - cx - tx, dy = y - cy - ty, k = 1 / (scale * scale);
		out[0] = cx + k * (cos * dx + sin * dy);
		out[1] = cy + k * (-sin * dx + cos * dy);
	}

	/** Maps an image point back to the face: {x, y}. */
	public double[] inverse(double x, double y) {
		double[] out = new double[2];
		inverse(x, y, out);
		return out;
	}

	/**
	 * The transform as a 2x3 affine matrix {a11, a12, a13, a21, a22, a23} (row-major) mapping face
	 * to image coordinates: image x = a11 x + a12 y + a13.
	 */
	public double[] matrix() {
		return new double[] { cos, -sin, cx - cos * cx + sin * cy + tx, sin, cos, cy - sin * cx - cos * cy + ty };
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "HeadPose[t=(%.3f, %.3f) px, angle=%.3f deg, scale=%.4f]", tx, ty, Math.toDegrees(angle), scale);
	}
}
