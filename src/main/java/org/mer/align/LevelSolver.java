package org.mer.align;

import java.util.Arrays;

import org.mer.clip.RowBands;

/**
 * Inverse-compositional Gauss-Newton (Baker and Matthews, IJCV 2004) on one pyramid level: the
 * reference's face-region pixels, their values and steepest-descent images are computed once;
 * each {@link #solve} iteration samples the frame at the current transform (cubic convolution,
 * see below), fits a gain and
 * bias (frame ~ gain * reference + bias, weighted least squares), weights the residuals
 * (Tukey biweight when robust), solves the n x n normal equations and composes the inverse
 * update: {@code M <- M o D(dp)^-1}. Translations, similarities and affine maps are groups, so
 * the estimate never leaves the mode's family (a similarity is estimated directly with its 4
 * parameters, not projected from an affine fit).
 * <p>
 * The frame is sampled by cubic convolution, not bilinearly: bilinear sampling blurs the frame
 * by a variance {@code f (1 - f)} that depends on the sub-pixel phase f while the reference is
 * not resampled, and on synthetic faces that mismatch at the face outline biased the scale by
 * -0.1 to -0.3% (up to 0.1 px RMS over the face) under pure sub-pixel shifts; cubic sampling
 * removed that bias and halved the translation-mode error (see {@link org.mer.align.accuracy.AlignmentAccuracy}).
 * Coarser levels, which only bring the estimate within reach, sample bilinearly (4 times
 * cheaper).
 * <p>
 * Parameters live in normalised coordinates {@code (p - c) / s} (c the face box centre, s half
 * its longer side, at this level) so the normal equations are well conditioned. Sampled
 * positions that fall outside the frame are left out of that iteration. Not thread safe (holds
 * work arrays); one instance per registration.
 */
final class LevelSolver {
	/** Tukey biweight cut-off in robust standard deviations (95% efficiency). */
	static final double TUKEY_C = 4.685;
	/** Pixels per chunk of the parallel passes. */
	private static final int CHUNK = 2048;
	/** The robust scale is the median of at most about this many residuals (evenly strided). */
	private static final int MEDIAN_SAMPLES = 20_000;
	/** Values per chunk of the photometric sums. */
	private static final int STATS = 6;

	private final AlignMode mode;
	private final int n, count;
	private final double cx, cy, s, bx0, by0, bx1, by1;
	private final int[] xs, ys;
	private final float[] t;
	private final double[] sd;
	/** Cubic sampling (the finest level) or bilinear (coarser levels, where only capture matters). */
	private final boolean cubic;
	private final double[] iw, wr;
	private final boolean[] valid;
	private final float[] scratch;

	/** Outcome of one level. */
	static final class Outcome {
		final AffineMap transform;
		final boolean converged;
		final int iterations;
		/** How far the last update moved a box corner, pixels of this level. */
		final double lastStep;

		Outcome(AffineMap transform, boolean converged, int iterations, double lastStep) {
			this.transform = transform;
			this.converged = converged;
			this.iterations = iterations;
			this.lastStep = lastStep;
		}
	}

	/**
	 * @param ref the reference at this level
	 * @param box face box at this level {x0, y0, x1, y1} in pixel-centre coordinates of this
	 *          level (inclusive extent of the box's pixels)
	 * @param keep which of ref's pixels take part (row-major), already restricted to the box
	 */
	LevelSolver(Plane ref, double[] box, boolean[] keep, AlignMode mode, boolean cubic) {
		this.cubic = cubic;
		if (mode == AlignMode.NONE) throw new IllegalArgumentException("no solver for mode none");
		this.mode = mode;
		this.n = mode.parameters();
		bx0 = box[0];
		by0 = box[1];
		bx1 = box[2];
		by1 = box[3];
		cx = (bx0 + bx1) / 2;
		cy = (by0 + by1) / 2;
		s = Math.max(1, Math.max(bx1 - bx0, by1 - by0) / 2);
		int c = 0;
		for (boolean k : keep) if (k) c++;
		count = c;
		xs = new int[c];
		ys = new int[c];
		t = new float[c];
		sd = new double[c * n];
		int w = ref.width, h = ref.height, i = 0;
		double[] j = new double[2 * n];
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++) {
				if (!keep[y * w + x]) continue;
				xs[i] = x;
				ys[i] = y;
				t[i] = ref.v[y * w + x];
				double gx = (ref.v[y * w + Math.min(w - 1, x + 1)] - ref.v[y * w + Math.max(0, x - 1)]) / (x > 0 && x < w - 1 ? 2.0 : 1.0);
				double gy = (ref.v[Math.min(h - 1, y + 1) * w + x] - ref.v[Math.max(0, y - 1) * w + x]) / (y > 0 && y < h - 1 ? 2.0 : 1.0);
				ModeParameters.jacobian(mode, (x - cx) / s, (y - cy) / s, j);
				for (int p = 0; p < n; p++) sd[i * n + p] = s * (gx * j[2 * p] + gy * j[2 * p + 1]);
				i++;
			}
		iw = new double[c];
		wr = new double[c];
		valid = new boolean[c];
		scratch = new float[c];
	}

	/** Pixels taking part. */
	int count() {
		return count;
	}

	/** The update D(dp) as a map in this level's pixel coordinates. */
	private AffineMap update(double[] p) {
		AffineMap toNorm = AffineMap.of(1 / s, 0, -cx / s, 0, 1 / s, -cy / s), fromNorm = AffineMap.of(s, 0, cx, 0, s, cy);
		return fromNorm.after(ModeParameters.update(mode, p)).after(toNorm);
	}

	/**
	 * Iterates from {@code start} (this level's coordinates, reference to frame) until an update
	 * moves no box corner by more than {@code epsilon} pixels or {@code maxIterations} are done.
	 * The per-pixel passes run in parallel over fixed chunks of pixels whose partial sums are
	 * added in chunk order, so the result does not depend on the number of threads.
	 *
	 * @return null when the problem became degenerate (too few pixels inside the frame, a
	 *         singular system, a non-finite transform)
	 */
	Outcome solve(Plane frame, AffineMap start, int maxIterations, double epsilon, boolean robust) {
		if (count < Math.max(10 * n, count / 10) || count == 0) return null;
		int chunks = chunks(), normal = n * n + n;
		double[] photo = new double[chunks * STATS], sums = new double[chunks * normal];
		double[] h = new double[n * n], g = new double[n], dp = new double[n];
		Arrays.fill(wr, 1);
		AffineMap m = start;
		double step = Double.POSITIVE_INFINITY;
		for (int it = 1; it <= maxIterations; it++) {
			double[] fit = prepare(frame, m, robust, photo);
			if (fit == null) return null;
			double gain = fit[0], bias = fit[1], cut = fit[2];
			double gn = gain, bs = bias, ct = cut;
			RowBands.forEach(chunks, CHUNK * (long) normal, (from, to) -> {
				for (int c = from; c < to; c++) accumulate(c, gn, bs, ct, sums, c * normal);
			});
			double[] hg = sum(sums, chunks, normal);
			for (int a = 0; a < n; a++) {
				g[a] = hg[n * n + a];
				for (int b = 0; b < n; b++) h[a * n + b] = a <= b ? hg[a * n + b] : hg[b * n + a];
			}
			if (!Cholesky.solve(h, g, n, dp)) return null;
			AffineMap d = update(dp);
			m = m.after(d.inverse());
			if (!m.isFinite()) return null;
			step = d.maxDistance(AffineMap.IDENTITY, bx0, by0, bx1, by1);
			if (step < epsilon) return new Outcome(m, true, it, step);
		}
		return new Outcome(m, false, maxIterations, step);
	}

	private int chunks() {
		return (count + CHUNK - 1) / CHUNK;
	}

	/**
	 * Samples the frame at m, fits gain and bias with the current weights and, when robust,
	 * the Tukey cut-off from the median absolute residual.
	 *
	 * @param photo work array of chunks() * STATS values
	 * @return {gain, bias, cut (0 = no weighting)}, or null when too few pixels fall inside the frame
	 */
	private double[] prepare(Plane frame, AffineMap m, boolean robust, double[] photo) {
		RowBands.forEach(chunks(), CHUNK * 8L, (from, to) -> {
			for (int c = from; c < to; c++) sample(frame, m, c, photo, c * STATS);
		});
		double[] p = sum(photo, chunks(), STATS);
		double sw = p[0], st = p[1], si = p[2], stt = p[3], sti = p[4];
		if (p[5] < Math.max(10 * n, count / 10) || !(sw > 0)) return null;
		double det = sw * stt - st * st, gain = 1;
		if (det > 1e-9 * sw * stt) gain = (sw * sti - st * si) / det;
		if (!(gain > 0.2 && gain < 5)) gain = 1;
		double bias = (si - gain * st) / sw, cut = 0;
		if (robust) {
			int k = 0, stride = Math.max(1, (int) (p[5] / MEDIAN_SAMPLES));
			for (int i = 0, v = 0; i < count; i++)
				if (valid[i] && v++ % stride == 0) scratch[k++] = (float) Math.abs((iw[i] - bias) / gain - t[i]);
			cut = TUKEY_C * 1.4826 * Select.median(scratch, k);
		}
		return new double[] { gain, bias, cut };
	}

	/** Samples the frame for the pixels of chunk c; writes {sum w, w t, w i, w t t, w t i, valid count} at out[o]. */
	private void sample(Plane frame, AffineMap m, int c, double[] out, int o) {
		double xmax = frame.width - 1, ymax = frame.height - 1, sw = 0, st = 0, si = 0, stt = 0, sti = 0;
		int inside = 0;
		for (int i = c * CHUNK, end = Math.min(count, i + CHUNK); i < end; i++) {
			double qx = m.x(xs[i], ys[i]), qy = m.y(xs[i], ys[i]);
			valid[i] = qx >= 0 && qx <= xmax && qy >= 0 && qy <= ymax;
			if (!valid[i]) continue;
			inside++;
			double v = cubic ? frame.bicubic(qx, qy) : frame.bilinear(qx, qy), w = wr[i], tv = t[i];
			iw[i] = v;
			sw += w;
			st += w * tv;
			si += w * v;
			stt += w * tv * tv;
			sti += w * tv * v;
		}
		out[o] = sw;
		out[o + 1] = st;
		out[o + 2] = si;
		out[o + 3] = stt;
		out[o + 4] = sti;
		out[o + 5] = inside;
	}

	/** Robust weights and the upper triangle of H = sum w sd sd^T, then g = sum w sd e, for chunk c, at out[o]. */
	private void accumulate(int c, double gain, double bias, double cut, double[] out, int o) {
		Arrays.fill(out, o, o + n * n + n, 0);
		for (int i = c * CHUNK, end = Math.min(count, i + CHUNK); i < end; i++) {
			if (!valid[i]) continue;
			double e = (iw[i] - bias) / gain - t[i], w = 1;
			if (cut > 0) {
				double u = e / cut;
				w = u * u < 1 ? (1 - u * u) * (1 - u * u) : 0;
			}
			wr[i] = w;
			if (w == 0) continue;
			int s0 = i * n;
			for (int a = 0; a < n; a++) {
				double wa = w * sd[s0 + a];
				out[o + n * n + a] += wa * e;
				for (int b = a; b < n; b++) out[o + a * n + b] += wa * sd[s0 + b];
			}
		}
	}

	/** Column sums of a chunks x width table, in chunk order. */
	private static double[] sum(double[] table, int chunks, int width) {
		double[] s = new double[width];
		for (int c = 0; c < chunks; c++)
			for (int k = 0; k < width; k++) s[k] += table[c * width + k];
		return s;
	}
}
