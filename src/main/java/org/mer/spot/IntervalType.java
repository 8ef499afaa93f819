package org.mer.spot;

import java.util.Locale;

/**
 * Micro- or macro-expression. SPEC §10: an interval is micro when its duration, length / fps
 * with length = offset - onset + 1 frames, is at most the split (0.5 s by default), macro
 * otherwise.
 */
public enum IntervalType {
	MICRO, MACRO;

	/** "micro" or "macro". */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** @throws org.mer.core.InputException listing the valid ids */
	public static IntervalType fromId(String id) {
		return Ids.parse("interval type", id, values(), IntervalType::id);
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
