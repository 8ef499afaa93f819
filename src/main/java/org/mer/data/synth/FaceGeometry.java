package org.mer.data.synth;

import java.util.Random;

/**
 * Landmarks of one synthetic face in pixel coordinates (x right, y down), drawn per subject.
 * "Left" and "right" are image left and right. Immutable.
 */
public final class FaceGeometry {
	/** Face centre and half axes of the face oval. */
	public final double cx, cy, faceRx, faceRy;
	/** Eye centres are (cx -/+ eyeDx, eyeY); eye half axes eyeRx, eyeRy. */
	public final double eyeDx, eyeY, eyeRx, eyeRy;
	/** Brow centre line height, half length and thickness; brows are centred above the eyes. */
	public final double browY, browHalfLength, browThickness;
	/** Nose tip height and half width. */
	public final double noseY, noseHalfWidth;
	/** Mouth centre height, half width and lip height. */
	public final double mouthY, mouthHalfWidth, lipHeight;
	/** Cheek centres are (cx -/+ cheekDx, cheekY). */
	public final double cheekDx, cheekY;

	FaceGeometry(int width, int height, Random r) {
		double w = width, h = height;
		cx = w * (0.5 + 0.02 * (2 * r.nextDouble() - 1));
		cy = h * (0.52 + 0.02 * (2 * r.nextDouble() - 1));
		faceRx = w * (0.33 + 0.04 * r.nextDouble());
		faceRy = h * (0.42 + 0.04 * r.nextDouble());
		eyeDx = faceRx * (0.40 + 0.08 * r.nextDouble());
		eyeY = cy - faceRy * (0.22 + 0.06 * r.nextDouble());
		eyeRx = faceRx * (0.17 + 0.04 * r.nextDouble());
		eyeRy = eyeRx * (0.45 + 0.12 * r.nextDouble());
		browY = eyeY - eyeRy - faceRy * (0.08 + 0.05 * r.nextDouble());
		browHalfLength = eyeRx * (1.15 + 0.25 * r.nextDouble());
		browThickness = Math.max(1.5, faceRy * (0.035 + 0.02 * r.nextDouble()));
		noseY = cy + faceRy * (0.12 + 0.06 * r.nextDouble());
		noseHalfWidth = faceRx * (0.16 + 0.05 * r.nextDouble());
		mouthY = cy + faceRy * (0.45 + 0.06 * r.nextDouble());
		mouthHalfWidth = faceRx * (0.30 + 0.08 * r.nextDouble());
		lipHeight = faceRy * (0.05 + 0.025 * r.nextDouble());
		cheekDx = faceRx * (0.55 + 0.08 * r.nextDouble());
		cheekY = (noseY + eyeY) / 2 + faceRy * 0.08;
	}

	/** x of the left (side -1) or right (side +1) eye centre. */
	public double eyeX(int side) {
		return cx + side * eyeDx;
	}
}
