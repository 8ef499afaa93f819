package org.mer.data.synth;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.mer.data.synth.Motion.Bump;

/**
 * A synthetic micro-expression clip: T frames (index 0 = onset, T-1 = offset) of one subject's
 * neutral {@link Face} performing a set of {@link Motion}s whose amplitude rises smoothly
 * (raised cosine) from 0 at the onset to 1 at the apex and falls back to 0 at the offset. The
 * expression is a smooth displacement field u(x) scaled so that its largest magnitude on the
 * pixel grid is the clip's peak displacement (pixels) at the apex; frame t is rendered by
 * backward warping, I_t(x) = I_0(x - a(t) u(x) - j(t)), with bilinear interpolation and edge
 * clamping. Nuisances: global sub-pixel jitter j(t), slow illumination drift (gain and offset
 * linear in t), one random blink (probability from the settings, independent of the class) and
 * Gaussian pixel noise. Every frame is a deterministic function of the clip seed and its index.
 * Immutable and thread safe; frames are rendered on demand.
 */
public final class SyntheticClip implements RenderedClip {
	/** Displacement magnitude (pixels) above which a pixel belongs to the ground-truth mask. */
	public static final double MASK_THRESHOLD = 0.1;

	private final Face face;
	private final List<Motion> motions;
	private final int length, apexIndex;
	private final double peak, noiseSigma;
	private final float[] ux, uy;
	private final double[] jitterX, jitterY, gain, offset, closure;
	private final long seed;

	private SyntheticClip(Face face, List<Motion> motions, int length, int apexIndex, double peak, SynthSettings s, long seed) {
		if (length < 3) throw new IllegalArgumentException("a clip needs at least 3 frames, got " + length);
		if (apexIndex <= 0 || apexIndex >= length - 1) throw new IllegalArgumentException("apex index must be strictly inside 0.." + (length - 1) + ", got " + apexIndex);
		this.face = face;
		this.motions = Collections.unmodifiableList(new ArrayList<>(motions));
		this.length = length;
		this.apexIndex = apexIndex;
		this.peak = peak;
		this.noiseSigma = s.noiseSigma();
		this.seed = seed;
		int w = face.width(), h = face.height();
		ux = new float[w * h];
		uy = new float[w * h];
		unitField(face.geometry(), motions, w, h, ux, uy);
		Random r = new Random(Seeds.mix(seed, 1));
		jitterX = new double[length];
		jitterY = new double[length];
		for (int t = 0; t < length; t++) {
			jitterX[t] = s.jitterSigma() * r.nextGaussian();
			jitterY[t] = s.jitterSigma() * r.nextGaussian();
		}
		double u = 2 * r.nextDouble() - 1, v = 2 * r.nextDouble() - 1, drift = s.drift() * u, shift = 75 * s.drift() * v;
		gain = new double[length];
		offset = new double[length];
		for (int t = 0; t < length; t++) {
			gain[t] = 1 + drift * t / (length - 1);
			offset[t] = shift * t / (length - 1);
		}
		boolean blink = r.nextDouble() < s.blinkProbability();
		int duration = 3 + r.nextInt(3), start = r.nextInt(Math.max(1, length - duration));
		closure = new double[length];
		if (blink)
			for (int t = start; t < Math.min(length, start + duration); t++)
				closure[t] = Math.sin(Math.PI * (t - start + 1) / (duration + 1));
	}

	/**
	 * A clip with length, apex and peak displacement drawn from the settings' ranges (apex in the
	 * middle 30..70% of the clip), nuisances from the settings, all from {@code seed}.
	 */
	public static SyntheticClip draw(Face face, List<Motion> motions, SynthSettings s, long seed) {
		Random r = new Random(Seeds.mix(seed, 0));
		int length = s.minFrames() + r.nextInt(s.maxFrames() - s.minFrames() + 1);
		int lo = Math.max(1, (int) Math.round(0.3 * (length - 1))), hi = Math.min(length - 2, (int) Math.round(0.7 * (length - 1)));
		int apex = lo + r.nextInt(hi - lo + 1);
		double peak = s.minPeak() + (s.maxPeak() - s.minPeak()) * r.nextDouble();
		return new SyntheticClip(face, motions, length, apex, peak, s, seed);
	}

	/** A clip with the given length, apex index (0-based) and peak displacement; nuisances from the settings. */
	public static SyntheticClip of(Face face, List<Motion> motions, int length, int apexIndex, double peak, SynthSettings s, long seed) {
		return new SyntheticClip(face, motions, length, apexIndex, peak, s, seed);
	}

	public Face face() { return face; }
	public List<Motion> motions() { return motions; }
	/** Number of frames, onset to offset inclusive. */
	public int length() { return length; }
	/** 0-based index of the apex frame. */
	public int apexIndex() { return apexIndex; }
	/** Largest displacement magnitude at the apex, pixels. */
	public double peak() { return peak; }
	/** Whether the clip contains a blink (the lids close in some frame). */
	public boolean hasBlink() {
		for (double c : closure) if (c > 0) return true;
		return false;
	}

	/** Expression amplitude a(t) in [0, 1]: 0 at onset and offset, 1 at the apex. */
	public double amplitude(int t) {
		if (t < 0 || t >= length) throw new IndexOutOfBoundsException("frame index " + t + " of " + length);
		double phase = t <= apexIndex ? (double) t / apexIndex : 1 + (double) (t - apexIndex) / (length - 1 - apexIndex);
		return 0.5 * (1 - Math.cos(Math.PI * phase));
	}

	/** The expression's displacement field at frame t (without jitter): {dx, dy}, row-major, pixels. */
	public float[][] displacement(int t) {
		float a = (float) (amplitude(t) * peak);
		float[][] d = new float[2][ux.length];
		for (int i = 0; i < ux.length; i++) {
			d[0][i] = a * ux[i];
			d[1][i] = a * uy[i];
		}
		return d;
	}

	/** Ground-truth mask of the moving region at the apex: 255 where |displacement| > {@value #MASK_THRESHOLD} px, else 0. */
	public byte[] apexMask() {
		byte[] m = new byte[ux.length];
		double limit = MASK_THRESHOLD / peak;
		for (int i = 0; i < m.length; i++)
			if (Math.hypot(ux[i], uy[i]) > limit) m[i] = (byte) 255;
		return m;
	}

	/** Frame t as RGB planes (0 R, 1 G, 2 B), values clamped to [0, 255], row-major. */
	public float[][] frame(int t) {
		double a = amplitude(t) * peak;
		float[][] src = face.withEyesClosed(closure[t]);
		int w = face.width(), h = face.height();
		Random noise = new Random(Seeds.mix(seed, 2, t));
		float[][] out = new float[3][w * h];
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				int i = y * w + x;
				double sx = x - a * ux[i] - jitterX[t], sy = y - a * uy[i] - jitterY[t];
				for (int c = 0; c < 3; c++) {
					double v = gain[t] * bilinear(src[c], w, h, sx, sy) + offset[t] + noiseSigma * noise.nextGaussian();
					out[c][i] = (float) (v < 0 ? 0 : v > 255 ? 255 : v);
				}
			}
		}
		return out;
	}

	/** Luminance (BT.601) of RGB planes. */
	public static float[] grey(float[][] rgb) {
		float[] g = new float[rgb[0].length];
		for (int i = 0; i < g.length; i++) g[i] = (float) Face.luminance(rgb[0][i], rgb[1][i], rgb[2][i]);
		return g;
	}

	private static double bilinear(float[] p, int w, int h, double x, double y) {
		x = Math.max(0, Math.min(w - 1, x));
		y = Math.max(0, Math.min(h - 1, y));
		int x0 = Math.min((int) x, w - 2), y0 = Math.min((int) y, h - 2);
		double fx = x - x0, fy = y - y0;
		int i = y0 * w + x0;
		double top = p[i] + fx * (p[i + 1] - p[i]), bottom = p[i + w] + fx * (p[i + w + 1] - p[i + w]);
		return top + fy * (bottom - top);
	}

	/** Sum of the motions' bumps (cut at 3 sigma), scaled to a largest magnitude of 1 on the grid. */
	private static void unitField(FaceGeometry g, List<Motion> motions, int w, int h, float[] ux, float[] uy) {
		for (Motion m : motions) {
			for (Bump b : m.bumps(g)) {
				int r = (int) Math.ceil(3 * b.sigma);
				for (int y = Math.max(0, (int) b.y - r); y <= Math.min(h - 1, (int) b.y + r); y++) {
					for (int x = Math.max(0, (int) b.x - r); x <= Math.min(w - 1, (int) b.x + r); x++) {
						double dx = x - b.x, dy = y - b.y, d2 = dx * dx + dy * dy;
						if (d2 > 9 * b.sigma * b.sigma) continue;
						double k = Math.exp(-d2 / (2 * b.sigma * b.sigma));
						ux[y * w + x] += (float) (k * b.dx);
						uy[y * w + x] += (float) (k * b.dy);
					}
				}
			}
		}
		double max = 0;
		for (int i = 0; i < ux.length; i++) max = Math.max(max, Math.hypot(ux[i], uy[i]));
		if (max == 0) throw new IllegalArgumentException("the motions " + motions + " do not move any pixel of a " + w + "x" + h + " face");
		for (int i = 0; i < ux.length; i++) {
			ux[i] /= max;
			uy[i] /= max;
		}
	}
}
