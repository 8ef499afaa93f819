package org.mer.spot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a signal into intervals: the classical spotter's decision rule. On the smoothed signal x:
 * <ol>
 * <li>baseline b = median(x); threshold T = the {@link ThresholdRule}'s value, raised to
 * b + {@link SpotSettings#thresholdFloor()} when lower;</li>
 * <li>each maximal run of frames with x &gt; T gives one candidate apex, its highest frame (the
 * first of equal ones);</li>
 * <li>candidates are taken from the highest down. A candidate's interval is its support: it reaches
 * out from the apex while x stays above {@code b + supportFraction * (x(apex) - b)}, and is
 * clipped to stay min-gap frames away from intervals already accepted; a candidate whose apex
 * lies inside an accepted interval or within min-gap frames of it is dropped (it belongs to
 * that expression), as is an interval shorter than min-length or longer than max-length;</li>
 * <li>each interval is typed micro or macro by its length at the recording's fps, and scored
 * (x(apex) - b) / (T - b).</li>
 * </ol>
 * Intervals come out sorted by onset and never overlap. Stateless, thread safe.
 */
public final class PeakDetector {
	private PeakDetector() {}

	/** What the detector found and the levels it used (flow pixels, like the signal). */
	public static final class Result {
		private final double baseline, threshold;
		private final List<SpottedInterval> intervals;

		Result(double baseline, double threshold, List<SpottedInterval> intervals) {
			this.baseline = baseline;
			this.threshold = threshold;
			this.intervals = Collections.unmodifiableList(intervals);
		}

		public double baseline() { return baseline; }
		public double threshold() { return threshold; }
		/** Sorted by onset, not overlapping. */
		public List<SpottedInterval> intervals() { return intervals; }
	}

	/** Detects on {@link MotionSignal#smoothed()}. */
	public static Result detect(MotionSignal signal, SpotSettings settings) {
		return detect(signal.smoothed(), signal.frameNumbers(), settings);
	}

	/**
	 * @param x the signal, one value per frame, not empty
	 * @param numbers the frame number of each value, ascending
	 * @param settings with fps set
	 */
	public static Result detect(float[] x, int[] numbers, SpotSettings settings) {
		if (x.length == 0 || x.length != numbers.length) throw new IllegalArgumentException("need one frame number per value, got " + x.length + " and " + numbers.length);
		double base = ThresholdRule.median(x);
		double threshold = Math.max(settings.thresholdRule().threshold(x, settings.thresholdValue()), base + settings.thresholdFloor());
		double height = Math.max(threshold - base, 1e-12);
		int gap = settings.minGapFrames();
		List<int[]> accepted = new ArrayList<>();
		for (int apex : candidates(x, threshold)) {
			if (near(apex, accepted, gap)) continue;
			double level = base + settings.supportFraction() * (x[apex] - base);
			int on = apex, off = apex;
			while (on > 0 && x[on - 1] > level)
				on--;
			while (off < x.length - 1 && x[off + 1] > level)
				off++;
			for (int[] a : accepted) {
				if (a[0] > apex) off = Math.min(off, a[0] - gap - 1);
				else on = Math.max(on, a[2] + gap + 1);
			}
			int length = numbers[off] - numbers[on] + 1;
			if (length < settings.minLengthFrames() || length > settings.maxLengthFrames()) continue;
			accepted.add(new int[] { on, apex, off });
		}
		accepted.sort(Comparator.comparingInt(a -> a[0]));
		List<SpottedInterval> out = new ArrayList<>();
		for (int[] a : accepted) {
			int length = numbers[a[2]] - numbers[a[0]] + 1;
			out.add(new SpottedInterval(numbers[a[0]], numbers[a[1]], numbers[a[2]], settings.typeOf(length), (x[a[1]] - base) / height));
		}
		return new Result(base, threshold, out);
	}

	/** The highest frame of each run above the threshold, highest first (earlier first on ties). */
	static List<Integer> candidates(float[] x, double threshold) {
		List<Integer> peaks = new ArrayList<>();
		int i = 0;
		while (i < x.length) {
			if (x[i] <= threshold) {
				i++;
				continue;
			}
			int best = i;
			for (; i < x.length && x[i] > threshold; i++)
				if (x[i] > x[best]) best = i;
			peaks.add(best);
		}
		peaks.sort((a, b) -> x[a] != x[b] ? Float.compare(x[b], x[a]) : Integer.compare(a, b));
		return peaks;
	}

	private static boolean near(int apex, List<int[]> accepted, int gap) {
		for (int[] a : accepted)
			if (apex >= a[0] - gap && apex <= a[2] + gap) return true;
		return false;
	}
}
