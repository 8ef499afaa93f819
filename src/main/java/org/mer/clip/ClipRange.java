package org.mer.clip;

import org.mer.core.InputException;

/**
 * Onset, apex and offset as a user or a dataset sheet gives them: absolute frame numbers,
 * where {@code null} or 0 means "absent" (onset = first frame, offset = last, apex = spotted,
 * SPEC §5). Immutable.
 */
public final class ClipRange {
	private final Integer onset, apex, offset;

	public ClipRange(Integer onset, Integer apex, Integer offset) {
		this.onset = absentIfZero(onset);
		this.apex = absentIfZero(apex);
		this.offset = absentIfZero(offset);
	}

	/** Everything absent: the whole recording, apex spotted. */
	public static ClipRange all() {
		return new ClipRange(null, null, null);
	}

	private static Integer absentIfZero(Integer v) {
		return v == null || v == 0 ? null : v;
	}

	/** @return the onset frame number, or null when absent. */
	public Integer onset() {
		return onset;
	}

	/** @return the apex frame number, or null when absent (to be spotted). */
	public Integer apex() {
		return apex;
	}

	/** @return the offset frame number, or null when absent. */
	public Integer offset() {
		return offset;
	}

	/**
	 * Resolves onset and offset against the frames a source has.
	 *
	 * @return {onset, offset} as absolute frame numbers
	 * @throws InputException when onset > offset, or either is not a frame of the source
	 */
	public int[] resolveBounds(FrameSource source) {
		int[] numbers = source.frameNumbers();
		int first = numbers[0], last = numbers[numbers.length - 1];
		int o = onset == null ? first : onset;
		int f = offset == null ? last : offset;
		if (o > f) throw new InputException("onset " + o + " is after offset " + f + " in " + source.name());
		if (o < first || o > last)
			throw new InputException("onset " + o + " is not a frame of " + source.name() + " (frames " + first + ".." + last + ")");
		if (f < first || f > last)
			throw new InputException("offset " + f + " is not a frame of " + source.name() + " (frames " + first + ".." + last + ")");
		return new int[] { o, f };
	}

	@Override
	public String toString() {
		return "onset=" + str(onset) + " apex=" + str(apex) + " offset=" + str(offset);
	}

	private static String str(Integer v) {
		return v == null ? "auto" : v.toString();
	}
}
