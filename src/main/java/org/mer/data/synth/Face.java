package org.mer.data.synth;

/**
 * The neutral face of one synthetic subject: an RGB image (three float planes, 0..255,
 * row-major, index y * width + x), its landmarks, what a closed lid looks like (for blinks) and
 * the procedural drawing it was rendered from. Arrays are owned by the face and must not be modified by callers. Immutable.
 */
public final class Face {
	private final int width, height;
	private final float[][] rgb, lid;
	private final float[] eyeMask;
	private final FacePainter painter;

	Face(int width, int height, float[][] rgb, float[][] lid, float[] eyeMask, FacePainter painter) {
		this.width = width;
		this.height = height;
		this.rgb = rgb;
		this.lid = lid;
		this.eyeMask = eyeMask;
		this.painter = painter;
	}

	public int width() { return width; }
	public int height() { return height; }
	public FaceGeometry geometry() { return painter.geometry(); }

	/** The procedural drawing this raster was made from (to render the face moved, not warped). */
	FacePainter painter() { return painter; }

	/** Channel c (0 R, 1 G, 2 B) of the neutral face; do not modify. */
	public float[] channel(int c) { return rgb[c]; }

	/** Copy of the face with the eyes closed by the fraction {@code closure} in [0, 1]. */
	float[][] withEyesClosed(double closure) {
		float[][] out = new float[3][];
		for (int c = 0; c < 3; c++) {
			out[c] = rgb[c].clone();
			if (closure <= 0) continue;
			for (int i = 0; i < out[c].length; i++) {
				double a = closure * eyeMask[i];
				if (a > 0) out[c][i] = (float) (out[c][i] + a * (lid[c][i] - out[c][i]));
			}
		}
		return out;
	}

	/** Luminance (ITU-R BT.601) of an RGB pixel. */
	static double luminance(double r, double g, double b) {
		return 0.299 * r + 0.587 * g + 0.114 * b;
	}
}
