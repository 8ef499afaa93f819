package org.mer.spot;

import org.mer.core.Identified;

import java.util.Arrays;
import java.util.Locale;

/**
 * How the peak threshold follows from the recording's own (smoothed, combined) signal x, so that
 * one setting works for quiet and restless subjects alike. Either way the threshold is at least
 * {@code baseline + floor} (see {@link SpotSettings#thresholdFloor()}), baseline = median(x).
 */
public enum ThresholdRule implements Identified {
	/**
	 * Default: {@code median(x) + c * 1.4826 * MAD(x)}, MAD the median absolute deviation from the
	 * median (1.4826 MAD estimates a standard deviation for Gaussian noise; Hampel 1974). Robust:
	 * the few frames inside expressions barely move median or MAD, so the threshold does not rise
	 * with the number or strength of the expressions in the recording. Default c = 6.
	 */
	MAD(6),
	/**
	 * The MEGC baseline's rule, {@code mean(x) + p * (max(x) - mean(x))} with p in [0, 1] (Li et
	 * al., "Towards reading hidden emotions", IEEE TAC 2018; the MEGC 2019/2020 spotting
	 * baselines). The largest event of the recording sets it, so a strong macro-expression can hide
	 * the micro ones. Default p = 0.3.
	 */
	MEGC(0.3);

	private final double defaultValue;

	ThresholdRule(double defaultValue) {
		this.defaultValue = defaultValue;
	}

	/** The default of c (MAD) or p (MEGC). */
	public double defaultValue() {
		return defaultValue;
	}

	/** "mad" or "megc". */
	@Override
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}


	/** The rule's threshold on x (before the floor) for parameter value c or p; x not empty. */
	public double threshold(float[] x, double value) {
		if (this == MEGC) {
			double sum = 0, max = Double.NEGATIVE_INFINITY;
			for (float v : x) {
				sum += v;
				max = Math.max(max, v);
			}
			double mean = sum / x.length;
			return mean + value * (max - mean);
		}
		double median = median(x);
		float[] dev = new float[x.length];
		for (int i = 0; i < x.length; i++)
			dev[i] = (float) Math.abs(x[i] - median);
		return median + value * 1.4826 * median(dev);
	}

	/** Median of a non-empty array (mean of the two middle values for an even length); x unchanged. */
	static double median(float[] x) {
		float[] s = x.clone();
		Arrays.sort(s);
		int n = s.length;
		return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
	}
}
