package org.mer.data.synth;

import java.util.Random;

/**
 * Draws distinct face-like images, one per subject: an oval face with multi-scale skin texture
 * (value noise), shading, brows, eyes with iris and pupil, nose shading and nostrils, lips and
 * a mouth line, on a textured background. Geometry, skin tone, texture and background differ per
 * subject; everything is a deterministic function of (seed, subject, size). Features have
 * anti-aliased (1 px) edges so that sub-pixel warps change the pixels smoothly. Thread safe.
 */
public final class FaceGenerator {
	private FaceGenerator() {}

	/** The neutral face of subject {@code subject} (any integer) for a dataset seed. */
	public static Face face(long seed, int subject, int width, int height) {
		Random r = new Random(Seeds.mix(seed, 0xFACEL, subject));
		FaceGeometry g = new FaceGeometry(width, height, r);
		double scale = width / 128.0;
		double tone = 150 + 75 * r.nextDouble();
		double[] skin = { tone, tone * (0.72 + 0.1 * r.nextDouble()), tone * (0.58 + 0.14 * r.nextDouble()) };
		double bgGrey = 40 + 70 * r.nextDouble();
		double[] bg = { bgGrey * (0.9 + 0.2 * r.nextDouble()), bgGrey, bgGrey * (0.9 + 0.2 * r.nextDouble()) };
		double hair = 25 + 35 * r.nextDouble(), textureAmp = 0.09 + 0.07 * r.nextDouble();
		double[] iris = { 40 + 60 * r.nextDouble(), 30 + 35 * r.nextDouble(), 20 + 25 * r.nextDouble() };
		double arch = g.browThickness * (0.6 + 0.8 * r.nextDouble());
		ValueNoise texture = new ValueNoise(width, height, scaled(scale, 24, 12, 6, 3, 1.6), new double[] { 1, 0.8, 0.6, 0.55, 0.45 }, r);
		ValueNoise backdrop = new ValueNoise(width, height, scaled(scale, 32, 8, 2), new double[] { 1, 0.5, 0.4 }, r);

		int n = width * height;
		float[][] rgb = new float[3][n], lid = new float[3][n];
		float[] eyeMask = new float[n];
		double[] px = new double[3];
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				int i = y * width + x;
				double xc = x + 0.5, yc = y + 0.5;
				double t = texture.at(xc, yc);
				double nx = (xc - g.cx) / g.faceRx, ny = (yc - g.cy) / g.faceRy, rr = Math.sqrt(nx * nx + ny * ny);
				double shade = (1 - 0.2 * rr * rr) * (1 + textureAmp * t);
				for (int c = 0; c < 3; c++) px[c] = skin[c] * shade;
				double eye = 0;
				for (int side = -1; side <= 1; side += 2) {
					brow(px, g, side, xc, yc, arch, hair * (1 + 0.3 * t));
					eye = Math.max(eye, eye(px, g, side, xc, yc, iris));
				}
				nose(px, g, xc, yc);
				mouth(px, g, xc, yc);
				double face = clamp01(0.5 - (rr - 1) * Math.min(g.faceRx, g.faceRy));
				double b = 1 + 0.15 * backdrop.at(xc, yc);
				for (int c = 0; c < 3; c++) {
					rgb[c][i] = (float) (bg[c] * b * (1 - face) + px[c] * face);
					lid[c][i] = (float) (skin[c] * 0.9 * shade);
				}
				eyeMask[i] = (float) eye;
			}
		}
		return new Face(width, height, rgb, lid, eyeMask, g);
	}

	private static double[] scaled(double s, double... cells) {
		double[] out = new double[cells.length];
		for (int i = 0; i < cells.length; i++) out[i] = Math.max(1.2, cells[i] * s);
		return out;
	}

	private static void brow(double[] px, FaceGeometry g, int side, double x, double y, double arch, double hair) {
		double u = (x - g.eyeX(side)) / g.browHalfLength;
		if (Math.abs(u) > 1.3) return;
		double centre = g.browY - arch * (1 - u * u);
		double half = 0.5 * g.browThickness * (1 - 0.35 * u * side);
		double a = clamp01(0.5 - (Math.abs(y - centre) - half)) * clamp01(0.5 - (Math.abs(u) - 1) * g.browHalfLength);
		blend(px, a * 0.9, hair, hair * 0.85, hair * 0.75);
	}

	/** Draws one eye; returns the blink mask weight (lid area) at this pixel. */
	private static double eye(double[] px, FaceGeometry g, int side, double x, double y, double[] iris) {
		double dx = x - g.eyeX(side), dy = y - g.eyeY;
		double q = Math.sqrt(dx * dx / (g.eyeRx * g.eyeRx) + dy * dy / (g.eyeRy * g.eyeRy));
		double lidMask = clamp01(0.5 - (q - 1.15) * g.eyeRy);
		if (q > 1.6) return lidMask;
		double inside = clamp01(0.5 - (q - 1) * g.eyeRy);
		blend(px, inside, 220, 212, 205);
		double d = Math.sqrt(dx * dx + dy * dy);
		blend(px, inside * clamp01(0.5 - (d - 0.8 * g.eyeRy)), iris[0], iris[1], iris[2]);
		blend(px, inside * clamp01(0.5 - (d - 0.38 * g.eyeRy)), 12, 10, 10);
		double lashLine = clamp01(0.5 - (Math.abs(q - 1) * g.eyeRy - 0.6)) * (dy < 0 ? 1 : 0.4);
		blend(px, lashLine, 35, 25, 22);
		return lidMask;
	}

	private static void nose(double[] px, FaceGeometry g, double x, double y) {
		double top = g.eyeY + g.eyeRy, bottom = g.noseY;
		if (y > top && y < bottom + 2) {
			for (int side = -1; side <= 1; side += 2) {
				double lx = g.cx + side * g.noseHalfWidth * (0.45 + 0.25 * (y - top) / (bottom - top));
				double k = Math.exp(-(x - lx) * (x - lx) / 2.0) * 0.14;
				for (int c = 0; c < 3; c++) px[c] *= 1 - k;
			}
		}
		double hx = x - g.cx, hy = y - (g.noseY - 0.35 * g.noseHalfWidth);
		double tip = Math.exp(-(hx * hx + hy * hy) / (2 * 0.2 * g.noseHalfWidth * g.noseHalfWidth)) * 0.1;
		for (int c = 0; c < 3; c++) px[c] *= 1 + tip;
		for (int side = -1; side <= 1; side += 2) {
			double ex = (x - (g.cx + side * 0.55 * g.noseHalfWidth)) / (0.32 * g.noseHalfWidth);
			double ey = (y - g.noseY) / (0.18 * g.noseHalfWidth);
			double q = Math.sqrt(ex * ex + ey * ey);
			double a = clamp01(0.5 - (q - 1) * 0.18 * g.noseHalfWidth) * 0.6;
			for (int c = 0; c < 3; c++) px[c] *= 1 - a;
		}
	}

	private static void mouth(double[] px, FaceGeometry g, double x, double y) {
		double u = (x - g.cx) / g.mouthHalfWidth;
		if (Math.abs(u) > 1.3) return;
		double v = (y - g.mouthY) / (1.6 * g.lipHeight);
		double q = Math.sqrt(u * u + v * v);
		double lips = clamp01(0.5 - (q - 1) * 1.6 * g.lipHeight);
		blend(px, lips * 0.7, px[0] * 0.85, px[1] * 0.5, px[2] * 0.55);
		double line = g.mouthY + 0.25 * g.lipHeight * u * u;
		double a = clamp01(0.5 - (Math.abs(y - line) - 0.6)) * clamp01(0.5 - (Math.abs(u) - 1) * g.mouthHalfWidth);
		blend(px, a * 0.85, 45, 22, 22);
	}

	private static void blend(double[] px, double a, double r, double g, double b) {
		if (a <= 0) return;
		px[0] += a * (r - px[0]);
		px[1] += a * (g - px[1]);
		px[2] += a * (b - px[2]);
	}

	static double clamp01(double v) {
		return v < 0 ? 0 : v > 1 ? 1 : v;
	}
}
