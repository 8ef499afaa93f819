package org.mer.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.real.FloatType;

import org.mer.clip.FrameAccess;
import org.mer.core.InputException;
import org.mer.face.FaceBox;

/**
 * Estimates the head motion of a frame against one reference frame (SPEC §11): an intensity
 * based, coarse-to-fine inverse-compositional Gauss-Newton fit of the mode's transform on the
 * face region (see {@code LevelSolver}), with gain and bias compensation, the pixels chosen by
 * {@link MaskRule} and, when {@link AlignSettings#robust()}, Tukey weights.
 * <p>
 * Pyramid: reference and frame are smoothed with {@link AlignSettings#smoothing()}, then
 * halved ([1 3 3 1] / 8 binomial) up to {@link AlignSettings#levels()} levels, keeping only
 * levels whose face box is at least {@value #MIN_LEVEL_SIZE} pixels on its shorter side. Each
 * level runs at most {@link AlignSettings#iterations()} iterations; the finest level decides
 * {@link Registration#converged()} (false also whenever the estimate was rejected). A level
 * uses at most {@value #MAX_PIXELS} face pixels (a regular sub-grid beyond that).
 * <p>
 * Failure handling: the estimate is <b>rejected</b> and the start transform returned instead
 * when the system becomes degenerate, the finest level hits its iteration limit while still
 * moving more than {@value #NEAR_STEP} px per step, the transform is not finite, its scale leaves [0.5, 2],
 * a box corner moves further than half the box's longer side from where the start puts it,
 * its residual exceeds the start's by more than 5%, or the aligned face correlates with the
 * reference's by less than {@value #MIN_CORRELATION}. A rejected estimate is reported as not
 * converged with a note saying why.
 * <p>
 * Grey images are row-major float arrays ({@code y * width + x}) in any intensity range (the
 * gain/bias fit and the robust scale make the method independent of it). Transforms map
 * reference to frame coordinates ({@link AffineMap}). Immutable after construction apart from
 * work arrays: not thread safe; use one instance per thread.
 */
public final class FrameRegistration {
	/** Smallest face-box side, pixels, that a pyramid level may have. */
	public static final int MIN_LEVEL_SIZE = 24;
	/**
	 * A finest level that ends on its iteration limit is still accepted when its last update
	 * moved no face-box corner by more than this many pixels (it oscillates about a solution);
	 * otherwise the estimate is rejected.
	 */
	public static final double NEAR_STEP = 0.1;
	/**
	 * An accepted estimate must leave the face ellipse of the aligned frame correlated with the
	 * reference's by at least this much (Pearson, grey values): a frame that does not show the
	 * reference's face (a cut, a dropped frame, noise) does not register, whatever the fit says.
	 */
	public static final double MIN_CORRELATION = 0.5;
	/**
	 * Most reference pixels one level uses: a larger face region is sampled on a regular grid
	 * (every k-th pixel in x and y), which keeps the cost of a 640x480 face bounded while the
	 * finest level still sees the finest scale.
	 */
	public static final int MAX_PIXELS = 40_000;

	private final AlignSettings settings;
	private final int width, height;
	private final Plane reference;
	private final FaceBox box;
	private final boolean[] region;
	private final List<LevelSolver> solvers = new ArrayList<>();

	/**
	 * @param reference grey reference frame, row-major, width x height (not copied; do not modify)
	 * @param face face box in reference pixels, or null for the whole frame; clipped to the frame
	 * @throws InputException when the face box lies outside the frame
	 */
	public FrameRegistration(float[] reference, int width, int height, FaceBox face, AlignSettings settings) {
		this.settings = Objects.requireNonNull(settings);
		this.width = width;
		this.height = height;
		this.reference = new Plane(width, height, reference);
		this.box = clip(face, width, height);
		this.region = ellipse(box, width, height);
		if (settings.enabled()) buildPyramid();
	}

	private static FaceBox clip(FaceBox b, int w, int h) {
		if (b == null) return new FaceBox(0, 0, w, h);
		long x0 = Math.max(0, b.x()), y0 = Math.max(0, b.y()), x1 = Math.min(w, b.x() + b.width()), y1 = Math.min(h, b.y() + b.height());
		if (x1 - x0 < 2 || y1 - y0 < 2) throw new InputException("face box " + b + " is not inside the " + w + "x" + h + " frame");
		return new FaceBox(x0, y0, x1 - x0, y1 - y0);
	}

	/** Pixels of the ellipse inscribed in the box (the face region of the residual). */
	private static boolean[] ellipse(FaceBox b, int w, int h) {
		boolean[] in = new boolean[w * h];
		for (long y = b.y(); y < b.y() + b.height(); y++)
			for (long x = b.x(); x < b.x() + b.width(); x++)
				in[(int) (y * w + x)] = MaskRule.NONE.keeps((x + 0.5 - b.x()) / b.width(), (y + 0.5 - b.y()) / b.height());
		return in;
	}

	private void buildPyramid() {
		Plane p = reference.gaussian(settings.smoothing());
		for (int level = 0; level < settings.levels(); level++) {
			if (level > 0) {
				if (Math.min(box.width(), box.height()) >> level < MIN_LEVEL_SIZE) break;
				p = p.half();
			}
			double f = 1 << level, shift = (f - 1) / 2;
			double[] levelBox = { (box.x() - shift) / f, (box.y() - shift) / f, (box.x() + box.width() - 1 - shift) / f,
				(box.y() + box.height() - 1 - shift) / f };
			boolean[] keep = new boolean[p.width * p.height];
			int kept = 0;
			for (int y = 0; y < p.height; y++)
				for (int x = 0; x < p.width; x++) {
					double u = (f * x + shift + 0.5 - box.x()) / box.width(), v = (f * y + shift + 0.5 - box.y()) / box.height();
					if (keep[y * p.width + x] = u >= 0 && u <= 1 && v >= 0 && v <= 1 && settings.mask().keeps(u, v)) kept++;
				}
			int stride = (int) Math.ceil(Math.sqrt(kept / (double) MAX_PIXELS));
			if (stride > 1)
				for (int y = 0; y < p.height; y++)
					for (int x = 0; x < p.width; x++) keep[y * p.width + x] &= y % stride == 0 && x % stride == 0;
			solvers.add(new LevelSolver(p, levelBox, keep, settings.mode(), level == 0));
		}
	}

	public int width() { return width; }
	public int height() { return height; }
	public AlignSettings settings() { return settings; }

	/** The face box actually used (clipped to the frame; the whole frame when none was given). */
	public FaceBox faceBox() {
		return box;
	}

	/** Pyramid levels in use (0 for mode none). */
	public int levels() {
		return solvers.size();
	}

	/**
	 * Registers a frame to the reference.
	 *
	 * @param grey the frame, same size as the reference, row-major
	 * @param start initial transform (reference to frame), usually identity or the previous frame's
	 * @return for mode none: {@code start}, converged, with its residual
	 */
	public Registration register(float[] grey, AffineMap start) {
		if (grey.length != width * height) throw new InputException("frame of " + grey.length + " pixels, the reference has " + width + "x" + height);
		Plane frame = new Plane(width, height, grey);
		double startResidual = compare(frame, start)[0];
		if (!settings.enabled()) return new Registration(start, true, 0, startResidual, "");
		List<Plane> levels = new ArrayList<>();
		Plane p = frame.gaussian(settings.smoothing());
		for (int l = 0; l < solvers.size(); l++) {
			if (l > 0) p = p.half();
			levels.add(p);
		}
		AffineMap m = start;
		boolean converged = false;
		int iterations = 0;
		double lastStep = 0;
		for (int l = solvers.size() - 1; l >= 0; l--) {
			double f = 1 << l, shift = (f - 1) / 2;
			AffineMap toLevel = AffineMap.of(1 / f, 0, -shift / f, 0, 1 / f, -shift / f), fromLevel = AffineMap.of(f, 0, shift, 0, f, shift);
			LevelSolver.Outcome o = solvers.get(l).solve(levels.get(l), toLevel.after(m).after(fromLevel), settings.iterations(),
				settings.epsilon(), settings.robust());
			if (o == null) return new Registration(start, false, iterations, startResidual, "degenerate at pyramid level " + l);
			m = fromLevel.after(o.transform).after(toLevel);
			iterations += o.iterations;
			converged = o.converged;
			lastStep = o.lastStep * f;
		}
		if (!converged && lastStep > NEAR_STEP) return new Registration(start, false, iterations, startResidual,
			"did not converge (last step " + (float) lastStep + " px)");
		String why = implausible(m, start);
		if (why != null) return new Registration(start, false, iterations, startResidual, why);
		double[] fit = compare(frame, m);
		double r = fit[0];
		if (r > 1.05 * startResidual + 1e-9) return new Registration(start, false, iterations, startResidual,
			"residual " + (float) r + " above the start's " + (float) startResidual);
		if (fit[1] < MIN_CORRELATION) return new Registration(start, false, iterations, startResidual,
			"aligned frame correlates " + (float) fit[1] + " with the reference, below " + MIN_CORRELATION);
		return new Registration(m, converged, iterations, r, converged ? "" : "iteration limit reached, last step " + (float) lastStep + " px");
	}

	private String implausible(AffineMap m, AffineMap start) {
		if (!m.isFinite()) return "non-finite transform";
		double scale = m.scale();
		if (!(scale >= 0.5 && scale <= 2)) return "scale " + (float) scale + " outside 0.5..2";
		double limit = Math.max(box.width(), box.height()) / 2.0;
		if (m.maxDistance(start, box.x(), box.y(), box.x() + box.width() - 1, box.y() + box.height() - 1) > limit)
			return "moved the face box by more than " + limit + " px";
		return null;
	}

	/**
	 * Mean absolute difference between the frame warped by {@code t} (bilinear, edge replicate,
	 * unsmoothed) and the reference over the face ellipse, in intensity units.
	 */
	public double residual(float[] grey, AffineMap t) {
		return compare(new Plane(width, height, grey), t)[0];
	}

	/**
	 * @return {mean absolute difference, Pearson correlation (0 when either side is constant)}
	 *         between the warped frame and the reference over the face ellipse
	 */
	private double[] compare(Plane frame, AffineMap t) {
		double sum = 0, sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0;
		long count = 0;
		for (long y = box.y(); y < box.y() + box.height(); y++)
			for (long x = box.x(); x < box.x() + box.width(); x++) {
				int i = (int) (y * width + x);
				if (!region[i]) continue;
				double a = frame.bilinear(t.x(x, y), t.y(x, y)), b = reference.v[i];
				sum += Math.abs(a - b);
				sa += a;
				sb += b;
				saa += a * a;
				sbb += b * b;
				sab += a * b;
				count++;
			}
		if (count == 0) return new double[] { 0, 0 };
		double va = saa - sa * sa / count, vb = sbb - sb * sb / count, cov = sab - sa * sb / count;
		double corr = va > 0 && vb > 0 ? cov / Math.sqrt(va * vb) : 0;
		return new double[] { sum / count, corr };
	}

	/**
	 * Grey version of a frame (X, Y, C): the channel itself for C = 1, luminance
	 * {@code 0.299 R + 0.587 G + 0.114 B} for C = 3.
	 *
	 * @return a new row-major array
	 * @throws InputException for other channel counts
	 */
	public static float[] grey(RandomAccessibleInterval<FloatType> frame) {
		long[] s = FrameAccess.shape(frame);
		float[] a = FrameAccess.toArray(frame);
		int n = (int) (s[0] * s[1]);
		if (s[2] == 1) return a;
		if (s[2] != 3) throw new InputException("alignment needs grey or RGB frames, got " + s[2] + " channels");
		float[] g = new float[n];
		for (int i = 0; i < n; i++) g[i] = (float) (0.299 * a[i] + 0.587 * a[n + i] + 0.114 * a[2 * n + i]);
		return g;
	}
}
