package org.mer.data.synth;

/**
 * Draws distinct face-like images, one per subject ({@link FacePainter} says what a face looks
 * like). Geometry, skin tone, texture and background differ per subject; everything is a
 * deterministic function of (seed, subject, size). Features have anti-aliased (1 px) edges so
 * that sub-pixel warps change the pixels smoothly. Thread safe.
 */
public final class FaceGenerator {
	private FaceGenerator() {}

	/** The neutral face of subject {@code subject} (any integer) for a dataset seed, rendered on the pixel grid. */
	public static Face face(long seed, int subject, int width, int height) {
		FacePainter painter = new FacePainter(seed, subject, width, height);
		int n = width * height;
		float[][] rgb = new float[3][n], lid = new float[3][n];
		float[] eyeMask = new float[n];
		FacePainter.Paint p = new FacePainter.Paint();
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				int i = y * width + x;
				double xc = x + 0.5, yc = y + 0.5;
				painter.paint(xc, yc, p);
				double face = p.alpha, b = painter.backdrop(xc, yc);
				for (int c = 0; c < 3; c++) {
					rgb[c][i] = (float) (painter.background(c) * b * (1 - face) + p.rgb[c] * face);
					lid[c][i] = (float) p.lid[c];
				}
				eyeMask[i] = (float) p.eye;
			}
		}
		return new Face(width, height, rgb, lid, eyeMask, painter);
	}
}
