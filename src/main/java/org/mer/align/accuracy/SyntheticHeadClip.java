package org.mer.align.accuracy;

import java.util.List;
import java.util.Random;

import org.mer.align.AffineMap;
import org.mer.data.synth.Face;
import org.mer.data.synth.FaceGenerator;
import org.mer.data.synth.Motion;
import org.mer.data.synth.SynthSettings;
import org.mer.data.synth.SyntheticClip;
import org.mer.face.FaceBox;

/**
 * A synthetic micro-expression clip with a known head motion per frame (for measurement and
 * tests; all its numbers are synthetic). The expression and blink come from
 * {@link SyntheticClip} on a face drawn at {@value #FACTOR} times the size; each frame is then
 * rendered with its head motion by {@link HeadMotionRenderer} (area integration over a static
 * background), gets a linear illumination drift (gain and offset), Gaussian noise, and is
 * rounded to 8-bit levels. Frame 0 is the reference: its motion is the identity. Immutable.
 */
public final class SyntheticHeadClip {
	/** Supersampling factor of the rendering. */
	public static final int FACTOR = 4;

	public final int width, height;
	/** Per frame, three planes (R, G, B), row-major, 0..255. */
	public final float[][][] rgb;
	/** Per frame, the true transform (reference to frame coordinates). */
	public final AffineMap[] truth;
	/** The face oval's bounding box in the reference. */
	public final FaceBox box;
	/** Face oval {cx, cy, rx, ry} in the reference, pixel-centre coordinates. */
	public final double[] oval;

	/**
	 * @param motions head motion of frames 1.. (index t - 1), reference to frame, about the face
	 *          centre: a map M becomes {@code p -> c + M(p - c)} with c the oval's centre
	 * @param expression the micro-expression's motions, peak displacement {@code peak} px at the middle frame
	 * @param blink whether the clip contains a blink (SyntheticClip places it)
	 * @param noise Gaussian noise sigma, grey levels
	 * @param drift largest relative gain change over the clip (offset drift is 75 times it, grey levels)
	 */
	public SyntheticHeadClip(long seed, int subject, int width, int height, AffineMap[] motions, List<Motion> expression, double peak, boolean blink,
		double noise, double drift) {
		this.width = width;
		this.height = height;
		int frames = motions.length + 1;
		Face fine = FaceGenerator.face(seed, subject, FACTOR * width, FACTOR * height);
		SynthSettings quiet = SynthSettings.builder().noiseSigma(0).jitterSigma(0).drift(0).blinkProbability(blink ? 1 : 0).build();
		SyntheticClip clip = SyntheticClip.of(fine, expression, Math.max(3, frames), Math.max(1, frames / 2), FACTOR * peak, quiet, seed * 31 + subject);
		HeadMotionRenderer renderer = new HeadMotionRenderer(fine, FACTOR, width, height, seed * 17 + subject);
		oval = renderer.oval();
		long x0 = (long) Math.floor(oval[0] + 0.5 - oval[2]), y0 = (long) Math.floor(oval[1] + 0.5 - oval[3]);
		long x1 = (long) Math.ceil(oval[0] + 0.5 + oval[2]), y1 = (long) Math.ceil(oval[1] + 0.5 + oval[3]);
		x0 = Math.max(0, x0);
		y0 = Math.max(0, y0);
		box = new FaceBox(x0, y0, Math.min(width, x1) - x0, Math.min(height, y1) - y0);
		Random r = new Random(seed * 1_000_003L + subject);
		double gain = drift * (2 * r.nextDouble() - 1), offset = 75 * drift * (2 * r.nextDouble() - 1);
		rgb = new float[frames][][];
		truth = new AffineMap[frames];
		for (int t = 0; t < frames; t++) {
			truth[t] = t == 0 ? AffineMap.IDENTITY : about(motions[t - 1], oval[0], oval[1]);
			float[][] f = renderer.render(clip.frame(t), truth[t]);
			double k = frames > 1 ? (double) t / (frames - 1) : 0;
			for (float[] plane : f)
				for (int i = 0; i < plane.length; i++) {
					double v = Math.rint((1 + gain * k) * plane[i] + offset * k + noise * r.nextGaussian());
					plane[i] = (float) (v < 0 ? 0 : v > 255 ? 255 : v);
				}
			rgb[t] = f;
		}
	}

	private static AffineMap about(AffineMap m, double cx, double cy) {
		return AffineMap.translation(cx, cy).after(m).after(AffineMap.translation(-cx, -cy));
	}

	public int frames() {
		return rgb.length;
	}

	/** Luminance of frame t, row-major. */
	public float[] grey(int t) {
		return SyntheticClip.grey(rgb[t]);
	}

	/** Frame t in (X, Y, C) layout ({@code x + w * (y + h * c)}), a new array. */
	public float[] xyc(int t) {
		int n = width * height;
		float[] out = new float[3 * n];
		for (int c = 0; c < 3; c++) System.arraycopy(rgb[t][c], 0, out, c * n, n);
		return out;
	}

	/**
	 * Root mean square distance, pixels, between the images of the reference's face-oval pixel
	 * centres under {@code estimate} and under the true transform of frame t.
	 */
	public double rmsError(int t, AffineMap estimate) {
		return rms(estimate, truth[t], oval, width, height);
	}

	public static double rms(AffineMap a, AffineMap b, double[] oval, int width, int height) {
		double sum = 0;
		long count = 0;
		for (int y = 0; y < height; y++)
			for (int x = 0; x < width; x++) {
				double nx = (x - oval[0]) / oval[2], ny = (y - oval[1]) / oval[3];
				if (nx * nx + ny * ny > 1) continue;
				double dx = a.x(x, y) - b.x(x, y), dy = a.y(x, y) - b.y(x, y);
				sum += dx * dx + dy * dy;
				count++;
			}
		return Math.sqrt(sum / Math.max(1, count));
	}
}
