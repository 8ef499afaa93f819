package org.mer.spot;

import org.mer.core.Identified;

import java.util.Locale;

/**
 * Micro- or macro-expression. SPEC §10: an interval is micro when its duration, length / fps
 * with length = offset - onset + 1 frames, is at most the split (0.5 s by default), macro
 * otherwise.
 */
public enum IntervalType implements Identified {
	MICRO, MACRO;

	/** "micro" or "macro". */
	@Override
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}


	/**
	 * @param length frames, onset to offset inclusive
	 * @param fps frames per second of the recording, &gt; 0
	 * @param microMaxSeconds the split: longest duration still micro
	 */
	public static IntervalType ofLength(int length, double fps, double microMaxSeconds) {
		return length / fps <= microMaxSeconds + 1e-9 ? MICRO : MACRO;
	}
}
