package org.mer.align.accuracy;

import java.util.Random;

import org.mer.data.synth.SyntheticClip;
import org.mer.data.synth.FaceGenerator;
import org.mer.align.AffineMap;
import org.mer.data.synth.Face;
import org.mer.data.synth.FaceGeometry;

/**
 * Renders synthetic frames of a face whose head moved by a known affine map, without using the
 * warping code under test: the face is drawn by {@link org.mer.data.synth.FaceGenerator} at
 * {@code factor} times the output resolution (the expression and blink applied there by
 * {@link org.mer.data.synth.SyntheticClip}), and each output pixel is the mean of
 * {@code factor x factor} sub-samples over its area (a camera's box integration). A sub-sample
 * at frame position p shows the face at reference position {@code A^-1 p} (a fine-grid bilinear
 * read, one high-resolution pixel apart) over a <b>static</b> background (sinusoids drawn from
 * the seed), blended with the face oval's anti-aliased edge, so the background does not follow
 * the head, as in a real recording. Thread safe (immutable after construction).
 * <p>
 * Coordinates: output pixel (i, j) is centred at (i, j); a reference position r is high
 * resolution position {@code factor (r + 0.5) - 0.5}.
 */
public final class HeadMotionRenderer {
	private final int width, height, factor;
	private final FaceGeometry g;
	private final float[][] background;

	/**
	 * @param fineFace the face drawn at {@code factor * width x factor * height}
	 */
	public HeadMotionRenderer(Face fineFace, int factor, int width, int height, long seed) {
		if (fineFace.width() != factor * width || fineFace.height() != factor * height)
			throw new IllegalArgumentException("the fine face must be " + factor + " times " + width + "x" + height);
		this.width = width;
		this.height = height;
		this.factor = factor;
		this.g = fineFace.geometry();
		this.background = background(seed);
	}

	/** Face oval of the reference in output pixels {centre x, centre y, half axis x, half axis y}, centre convention. */
	public double[] oval() {
		return new double[] { g.cx / factor - 0.5, g.cy / factor - 0.5, g.faceRx / factor, g.faceRy / factor };
	}

	/**
	 * @param fineRgb the expression frame at the fine resolution (three planes, row-major)
	 * @param motion head motion, reference to frame coordinates (output pixels)
	 * @return three planes width x height, row-major
	 */
	public float[][] render(float[][] fineRgb, AffineMap motion) {
		AffineMap back = motion.inverse();
		int fw = width * factor, fh = height * factor;
		float[][] out = new float[3][width * height];
		double area = factor * factor, fr = Math.min(g.faceRx, g.faceRy);
		double[] acc = new double[3];
		for (int y = 0; y < height; y++)
			for (int x = 0; x < width; x++) {
				acc[0] = acc[1] = acc[2] = 0;
				for (int j = 0; j < factor; j++)
					for (int i = 0; i < factor; i++) {
						double px = x - 0.5 + (i + 0.5) / factor, py = y - 0.5 + (j + 0.5) / factor;
						double ex = factor * (back.x(px, py) + 0.5), ey = factor * (back.y(px, py) + 0.5);
						double nx = (ex - g.cx) / g.faceRx, ny = (ey - g.cy) / g.faceRy;
						double alpha = clamp01(0.5 - (Math.sqrt(nx * nx + ny * ny) - 1) * fr);
						int b = (y * factor + j) * fw + x * factor + i;
						for (int c = 0; c < 3; c++) {
							double face = alpha > 0 ? bilinear(fineRgb[c], fw, fh, ex - 0.5, ey - 0.5) : 0;
							acc[c] += alpha * face + (1 - alpha) * background[c][b];
						}
					}
				for (int c = 0; c < 3; c++) out[c][y * width + x] = (float) (acc[c] / area);
			}
		return out;
	}

	/** Static background on the fine grid: three random sinusoid gratings per channel around a grey level. */
	private float[][] background(long seed) {
		Random r = new Random(seed);
		int fw = width * factor, fh = height * factor;
		double base = 50 + 60 * r.nextDouble();
		float[][] bg = new float[3][fw * fh];
		for (int c = 0; c < 3; c++) {
			double level = base * (0.85 + 0.3 * r.nextDouble());
			double[][] waves = new double[3][];
			for (int k = 0; k < 3; k++) {
				double angle = Math.PI * r.nextDouble(), period = (6 + 20 * r.nextDouble()) * factor;
				waves[k] = new double[] { Math.cos(angle) * 2 * Math.PI / period, Math.sin(angle) * 2 * Math.PI / period,
					2 * Math.PI * r.nextDouble(), 8 + 12 * r.nextDouble() };
			}
			for (int y = 0; y < fh; y++)
				for (int x = 0; x < fw; x++) {
					double v = level;
					for (double[] w : waves) v += w[3] * Math.sin(w[0] * x + w[1] * y + w[2]);
					bg[c][y * fw + x] = (float) v;
				}
		}
		return bg;
	}

	private static double bilinear(float[] p, int w, int h, double x, double y) {
		x = x < 0 ? 0 : x > w - 1 ? w - 1 : x;
		y = y < 0 ? 0 : y > h - 1 ? h - 1 : y;
		int x0 = (int) x, y0 = (int) y, x1 = Math.min(x0 + 1, w - 1), y1 = Math.min(y0 + 1, h - 1);
		double fx = x - x0, fy = y - y0;
		double top = (1 - fx) * p[y0 * w + x0] + fx * p[y0 * w + x1], bottom = (1 - fx) * p[y1 * w + x0] + fx * p[y1 * w + x1];
		return (1 - fy) * top + fy * bottom;
	}

	private static double clamp01(double v) {
		return v < 0 ? 0 : v > 1 ? 1 : v;
	}
}
