package org.mer.clip;

import java.util.Objects;

import org.mer.core.InputException;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.real.FloatType;

/**
 * One micro-expression sample: a frame source restricted to onset..offset (absolute frame
 * numbers, inclusive) with a resolved apex. Frames are read from the source on each
 * {@link #frame(int)} call, so only one frame needs to be in memory at a time unless the source
 * keeps frames (a {@link CachingFrameSource}, bounded by its budget). Does not own the source:
 * whoever opened the source closes it. Immutable, not thread safe (the source is
 * not).
 */
public final class Clip {
	private final FrameSource source;
	private final int onset, apex, offset;
	private final ApexMethod apexMethod;
	private final String apexNote;

	/**
	 * @param apexNote why the apex is what it is when it was not simply given (e.g. "sheet apex
	 *          '/' replaced by motion"), or "" when it was given.
	 */
	public Clip(FrameSource source, int onset, int apex, int offset, ApexMethod apexMethod, String apexNote) {
		if (!(onset <= apex && apex <= offset))
			throw new IllegalArgumentException("need onset <= apex <= offset, got " + onset + ", " + apex + ", " + offset);
		if ((long) offset - onset + 1 > Integer.MAX_VALUE)
			throw new InputException("clip " + source.name() + " " + onset + ".." + offset + " has more frames than can be counted");
		this.source = Objects.requireNonNull(source);
		this.onset = onset;
		this.apex = apex;
		this.offset = offset;
		this.apexMethod = Objects.requireNonNull(apexMethod);
		this.apexNote = apexNote == null ? "" : apexNote;
	}

	public FrameSource source() { return source; }
	public String name() { return source.name(); }
	public int onset() { return onset; }
	public int apex() { return apex; }
	public int offset() { return offset; }
	public ApexMethod apexMethod() { return apexMethod; }
	public String apexNote() { return apexNote; }

	/** Number of frames T = offset - onset + 1. */
	public int length() { return offset - onset + 1; }

	/** 0-based index of the apex within the clip. */
	public int apexIndex() { return apex - onset; }

	/** Decodes frame {@code onset + index}, index 0-based within the clip. Axis order (X, Y, C). */
	public RandomAccessibleInterval<FloatType> frame(int index) {
		if (index < 0 || index >= length()) throw new IndexOutOfBoundsException("frame index " + index + " of " + length());
		return source.frame(onset + index);
	}

	@Override
	public String toString() {
		return name() + " [" + onset + ".." + offset + ", apex " + apex + " (" + apexMethod.id() + ")]";
	}
}
