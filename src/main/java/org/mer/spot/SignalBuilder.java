package org.mer.spot;

import java.util.Arrays;

import org.mer.clip.FrameSource;
import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.face.FaceBox;
import org.mer.face.FaceDetector;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.real.FloatType;

/**
 * Builds the {@link MotionSignal} of a recording in one sequential pass, holding only the last
 * k + 1 analysis frames ({@link FrameRing}) and a few being decoded ahead on a second thread
 * ({@link DecodeAhead}); frame memory is flat in the recording's length (the signal itself is a
 * few floats per frame).
 * <p>
 * For each facial region r, m_r(a, b) summarises the flow from frame a to frame b
 * ({@link RegionMotion}); frame t is compared with frames t - k and t + k as the
 * {@link SignalKind} says (the transient minimum by default, or the MEGC baseline's mean, SPEC
 * §10). The flow from t to t + k stands for the one from t + k back to t (same magnitude up to
 * warping), so each pair's flow is computed once, when its later frame arrives, and serves both
 * of its frames: one flow per frame. The first and last k frames lack one side and get no value
 * (see {@link #assemble}); the shortest recording is 2k + 1 frames.
 * <p>
 * Positions, not frame numbers, are counted: k frames means k frames further in the source's
 * list, whatever its numbering. Stateless; during a call the source is read by one
 * background thread (in order, one frame at a time) and must not be used by any other; it is no
 * longer touched when the call returns or throws, and stays open (the caller closes it).
 */
public final class SignalBuilder {
	private SignalBuilder() {}

	/**
	 * @param settings with fps set
	 * @throws InputException missing fps; fewer frames than the window 2k + 1; face box outside
	 *           the frames; no face found; a frame that cannot be decoded before the window is full
	 *           (a later one ends the signal there, with {@link MotionSignal#errorNote()})
	 * @throws org.mer.core.CanceledException when progress says so
	 */
	public static MotionSignal build(FrameSource source, SpotSettings settings, Progress progress) {
		if (!settings.hasFps())
			throw new InputException("fps of " + source.name() + " is missing or zero: the spotter needs the recording's frame rate");
		int[] numbers = source.frameNumbers();
		int n = numbers.length, k = settings.k(), window = settings.windowFrames();
		if (n < window)
			throw new InputException(source.name() + " has " + n + " frames, fewer than the spotter's window of " + window + " (2k + 1, k = " + k
				+ " frames at " + settings.fps() + " fps)");
		RandomAccessibleInterval<FloatType> first = source.frame(numbers[0]);
		FaceBox box = faceBox(source, settings, first, numbers[0]);
		float[][] pairs = new float[FaceRegions.NAMES.size() + 1][n];
		String note = null;
		int good = n, held;
		try (AnalysisFrames frames = new AnalysisFrames(source.name(), source.width(), source.height(), source.channels(), box,
			settings.analysisSize(), first);
			RegionMotion motion = new RegionMotion(settings.flow(), settings.headMotion(), frames.width(), frames.height());
			FrameRing ring = new FrameRing(k + 1, frames.width(), frames.height());
			DecodeAhead ahead = new DecodeAhead(source, numbers, first, frames)) {
			float[] values = new float[motion.values()];
			int step = Math.max(1, n / 200);
			for (int i = 0; i < n; i++) {
				progress.checkCanceled();
				byte[] pixels;
				try {
					pixels = ahead.next();
				}
				catch (InputException e) {
					if (i < window) throw e;
					good = i;
					note = "frame " + numbers[i] + " of " + source.name() + " could not be read (" + e.getMessage() + "); spotted frames "
						+ numbers[0] + ".." + numbers[i - 1] + " only, the last good frame is " + numbers[i - 1];
					progress.log(note);
					break;
				}
				ring.slotForNext().data().put(pixels);
				ahead.recycle(pixels);
				ring.commit();
				if (i >= k) {
					motion.measure(ring.get(i - k), ring.get(i), values);
					for (int v = 0; v < values.length; v++)
						pairs[v][i] = values[v];
				}
				if (i % step == 0) {
					progress.progress((double) i / n);
					progress.status("Spotting " + source.name() + ": frame " + numbers[i] + " (" + (i + 1) + "/" + n + ")");
				}
			}
			held = ring.maxHeld() + ahead.held();
		}
		progress.progress(1);
		return assemble(source.name(), settings, Arrays.copyOf(numbers, good), pairs, box, held, note);
	}

	static FaceBox faceBox(FrameSource source, SpotSettings settings, RandomAccessibleInterval<FloatType> first, int firstNumber) {
		long w = source.width(), h = source.height();
		switch (settings.faceMode()) {
			case GIVEN:
				FaceBox b = settings.faceBox();
				if (b.x() < 0 || b.y() < 0 || b.x() + b.width() > w || b.y() + b.height() > h)
					throw new InputException("face box " + b + " is not inside the " + w + "x" + h + " frames of " + source.name());
				return b;
			case DETECT:
				try (FaceDetector detector = new FaceDetector()) {
					return detector.detect(first)
						.orElseThrow(() -> new InputException("no face found in frame " + firstNumber + " of " + source.name()));
				}
			default:
				return new FaceBox(0, 0, w, h);
		}
	}

	/**
	 * Centred signals from the pair values (pairs[v][i] = value of the pair (i - k, i), i &gt;= k),
	 * then combined and smoothed. Frames without both neighbours (the first and last k) get NaN in
	 * the region and head signals and 0 in the combined one.
	 */
	static MotionSignal assemble(String name, SpotSettings settings, int[] numbers, float[][] pairs, FaceBox box, int held, String note) {
		int n = numbers.length, k = settings.k(), regions = FaceRegions.NAMES.size();
		boolean min = settings.signal() == SignalKind.TRANSIENT;
		float[][] centred = new float[regions + 1][n];
		for (int v = 0; v <= regions; v++)
			for (int t = 0; t < n; t++) {
				if (t < k || t + k >= n) centred[v][t] = Float.NaN;
				else centred[v][t] = min ? Math.min(pairs[v][t], pairs[v][t + k]) : (pairs[v][t] + pairs[v][t + k]) / 2;
			}
		float[] combined = new float[n];
		for (int t = 0; t < n; t++)
			combined[t] = t < k || t + k >= n ? 0 : Float.NEGATIVE_INFINITY;
		for (int r = 0; r < regions; r++) {
			if (r == FaceRegions.NOSE && settings.headMotion() == HeadMotion.NOSE) continue;
			float median = (float) ThresholdRule.median(Arrays.copyOfRange(centred[r], k, n - k));
			for (int t = k; t < n - k; t++)
				combined[t] = Math.max(combined[t], centred[r][t] - median);
		}
		int w = settings.smoothingFrames();
		float[][] regionSignals = Arrays.copyOf(centred, regions);
		return new MotionSignal(name, settings.fps(), k, w, held, numbers, regionSignals, centred[regions], combined,
			movingAverage(combined, w), box, note);
	}

	/** Centred moving average over {@code w} (odd) values, over fewer at the ends. */
	static float[] movingAverage(float[] x, int w) {
		int n = x.length, half = w / 2;
		double[] prefix = new double[n + 1];
		for (int i = 0; i < n; i++)
			prefix[i + 1] = prefix[i] + x[i];
		float[] out = new float[n];
		for (int i = 0; i < n; i++) {
			int lo = Math.max(0, i - half), hi = Math.min(n, i + half + 1);
			out[i] = (float) ((prefix[hi] - prefix[lo]) / (hi - lo));
		}
		return out;
	}
}
