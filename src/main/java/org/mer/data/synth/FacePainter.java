package org.mer.data.synth;

import java.util.Random;

/**
 * The procedural drawing of one subject's neutral face: the colour of the face and of the
 * backdrop at any continuous point (pixel centres at x + 0.5, y + 0.5; x right, y down), so a
 * frame can be drawn with the face geometry moved (head pose, expression) instead of warping a
 * rendered image. An oval face with multi-scale skin texture (value noise), shading, brows, eyes
 * with iris and pupil, nose shading and nostrils, lips and a mouth line. Every parameter is drawn
 * from the subject's random source on construction, in a fixed order (the order
 * {@link FaceGenerator} has always used, so its rasters stay byte-identical). Immutable and
 * thread safe; {@link Paint} holders are per caller.
 */
final class FacePainter {
	/** What {@link #paint} found at one point; reused by one caller, never shared. */
	static final class Paint {
		/** Face colour (R, G, B, 0..255) before blending with the backdrop. */
		final double[] rgb = new double[3];
		/** Colour of a closed lid at this point. */
		final double[] lid = new double[3];
		/** Blink weight (lid area, 0..1) and face coverage (0 backdrop .. 1 face). */
		double eye, alpha;
	}

	private final int width, height;
	private final FaceGeometry g;
	private final double[] skin, bg, iris;
	private final double hair, textureAmp, arch;
	private final ValueNoise texture, backdrop;

	FacePainter(long seed, int subject, int width, int height) {
		Random r = new Random(Seeds.mix(seed, 0xFACEL, subject));
		this.width = width;
		this.height = height;
		g = new FaceGeometry(width, height, r);
		double scale = width / 128.0;
		double tone = 150 + 75 * r.nextDouble();
		skin = new double[] { tone, tone * (0.72 + 0.1 * r.nextDouble()), tone * (0.58 + 0.14 * r.nextDouble()) };
		double bgGrey = 40 + 70 * r.nextDouble();
		bg = new double[] { bgGrey * (0.9 + 0.2 * r.nextDouble()), bgGrey, bgGrey * (0.9 + 0.2 * r.nextDouble()) };
		hair = 25 + 35 * r.nextDouble();
		textureAmp = 0.09 + 0.07 * r.nextDouble();
		iris = new double[] { 40 + 60 * r.nextDouble(), 30 + 35 * r.nextDouble(), 20 + 25 * r.nextDouble() };
		arch = g.browThickness * (0.6 + 0.8 * r.nextDouble());
		texture = new ValueNoise(width, height, scaled(scale, 24, 12, 6, 3, 1.6), new double[] { 1, 0.8, 0.6, 0.55, 0.45 }, r);
		backdrop = new ValueNoise(width, height, scaled(scale, 32, 8, 2), new double[] { 1, 0.5, 0.4 }, r);
	}

	FaceGeometry geometry() { return g; }
	int width() { return width; }
	int height() { return height; }

	/** Backdrop brightness factor at (x, y): multiply {@link #background(int)} by it. */
	double backdrop(double x, double y) {
		return 1 + 0.15 * backdrop.at(clampX(x), clampY(y));
	}

	/** Backdrop base colour of channel c. */
	double background(int c) {
		return bg[c];
	}

	/** False where the face surely does not reach (alpha would be 0): the backdrop alone shows there. */
	boolean covers(double x, double y) {
		double nx = (x - g.cx) / g.faceRx, ny = (y - g.cy) / g.faceRy;
		double edge = 1 + 0.5 / Math.min(g.faceRx, g.faceRy);
		return nx * nx + ny * ny < edge * edge;
	}

	/** Paints the neutral face at the continuous point (x, y) into {@code out}. */
	void paint(double x, double y, Paint out) {
		double t = texture.at(clampX(x), clampY(y));
		double nx = (x - g.cx) / g.faceRx, ny = (y - g.cy) / g.faceRy, rr = Math.sqrt(nx * nx + ny * ny);
		double shade = (1 - 0.2 * rr * rr) * (1 + textureAmp * t);
		double[] px = out.rgb;
		for (int c = 0; c < 3; c++) px[c] = skin[c] * shade;
		double eye = 0;
		for (int side = -1; side <= 1; side += 2) {
			brow(px, side, x, y, hair * (1 + 0.3 * t));
			eye = Math.max(eye, eye(px, side, x, y));
		}
		nose(px, x, y);
		mouth(px, x, y);
		out.alpha = clamp01(0.5 - (rr - 1) * Math.min(g.faceRx, g.faceRy));
		for (int c = 0; c < 3; c++) out.lid[c] = skin[c] * 0.9 * shade;
		out.eye = eye;
	}

	/** The noise lattices cover [0, width] x [0, height]; points outside repeat the border texture. */
	private double clampX(double x) {
		return x < 0 ? 0 : x > width ? width : x;
	}

	private double clampY(double y) {
		return y < 0 ? 0 : y > height ? height : y;
	}

	private static double[] scaled(double s, double... cells) {
		double[] out = new double[cells.length];
		for (int i = 0; i < cells.length; i++) out[i] = Math.max(1.2, cells[i] * s);
		return out;
	}

	private void brow(double[] px, int side, double x, double y, double hairTone) {
		double u = (x - g.eyeX(side)) / g.browHalfLength;
		if (Math.abs(u) > 1.3) return;
		double centre = g.browY - arch * (1 - u * u);
		double half = 0.5 * g.browThickness * (1 - 0.35 * u * side);
		double a = clamp01(0.5 - (Math.abs(y - centre) - half)) * clamp01(0.5 - (Math.abs(u) - 1) * g.browHalfLength);
		blend(px, a * 0.9, hairTone, hairTone * 0.85, hairTone * 0.75);
	}

	/** Draws one eye; returns the blink mask weight (lid area) at this point. */
	private double eye(double[] px, int side, double x, double y) {
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

	private void nose(double[] px, double x, double y) {
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

	private void mouth(double[] px, double x, double y) {
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
