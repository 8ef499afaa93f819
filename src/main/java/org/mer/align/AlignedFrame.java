package org.mer.align;

import java.util.Objects;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.real.FloatType;

/**
 * One frame out of {@link StreamingAligner}: the frame in the first reference's geometry
 * (X, Y, C; the input itself, not a copy, in mode none and for the first frame) and how it was
 * aligned. Immutable holder; the frame belongs to the caller.
 */
public final class AlignedFrame {
	private final RandomAccessibleInterval<FloatType> frame;
	private final FrameAlignment alignment;

	public AlignedFrame(RandomAccessibleInterval<FloatType> frame, FrameAlignment alignment) {
		this.frame = Objects.requireNonNull(frame);
		this.alignment = Objects.requireNonNull(alignment);
	}

	public RandomAccessibleInterval<FloatType> frame() { return frame; }
	public FrameAlignment alignment() { return alignment; }
	public int frameNumber() { return alignment.frameNumber(); }
}
