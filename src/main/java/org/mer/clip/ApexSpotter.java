package org.mer.clip;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.real.FloatType;

import org.mer.core.InputException;

/**
 * Finds an apex when the sheet gives none or an invalid one (SPEC §5).
 * <ul>
 * <li>MOTION: the frame n in [onset, offset] maximising
 * {@code mean |blur(I_n) - blur(I_onset)|} over all pixels and channels, where blur is a 3x3
 * box mean per channel with replicated borders (a neighbour outside the image takes the value
 * of the nearest pixel inside; {@link BoxBlur}). Ties go to the earliest frame, so a still clip
 * gives the onset. The sum is taken in double over eight partial sums ({@link BoxBlur}), an order
 * fixed by the frame size, so equal frames score equally.
 * Frames are read in order through a {@link FrameReader} (decoded ahead in parallel when the
 * source allows it); besides the blurred onset only the current frame, two blur buffers and the
 * reader's look-ahead are held.</li>
 * <li>MIDPOINT: {@code onset + floor((offset - onset) / 2)}, no frame decoded.</li>
 * </ul>
 * Stateless; the source must not be used by another thread during a call.
 */
public final class ApexSpotter {
	private ApexSpotter() {}

	/**
	 * @param onset first frame number (absolute, inclusive)
	 * @param offset last frame number (absolute, inclusive), not before onset
	 * @param method MOTION or MIDPOINT
	 * @return the apex frame number in [onset, offset]
	 * @throws InputException when a frame differs in size or channels from the onset frame
	 * @throws IllegalArgumentException for GIVEN or offset before onset
	 */
	public static int spot(FrameSource source, int onset, int offset, ApexMethod method) {
		if (offset < onset) throw new IllegalArgumentException("offset " + offset + " before onset " + onset);
		switch (method) {
			case MIDPOINT:
				return (int) (onset + ((long) offset - onset) / 2);
			case MOTION:
				return byMotion(source, onset, offset);
			default:
				throw new IllegalArgumentException(method + " is not an apex spotting method");
		}
	}

	private static int byMotion(FrameSource source, int onset, int offset) {
		if (offset == onset) return onset;
		try (FrameReader frames = new FrameReader(source, onset, offset)) {
			RandomAccessibleInterval<FloatType> first = frames.next();
			long[] shape = FrameAccess.shape(first);
			BoxBlur blur = new BoxBlur(shape);
			float[] reference = new float[(int) (shape[0] * shape[1] * shape[2])];
			blur.blur(pixels(first), reference);
			int best = onset;
			double bestScore = 0;
			for (long next = onset + 1L; next <= offset; next++) {
				int f = (int) next; // long loop: an offset of Integer.MAX_VALUE must not wrap around
				RandomAccessibleInterval<FloatType> frame = frames.next();
				long[] s = FrameAccess.shape(frame);
				if (s[0] != shape[0] || s[1] != shape[1] || s[2] != shape[2])
					throw new InputException("frame " + f + " of " + source.name() + " is " + FrameAccess.describe(s) +
						" but onset frame " + onset + " is " + FrameAccess.describe(shape));
				double score = blur.sumAbsDifference(pixels(frame), reference) / reference.length;
				if (score > bestScore) {
					bestScore = score;
					best = f;
				}
			}
			return best;
		}
	}

	/** The frame's own array when it has one (read only), else a copy. */
	private static float[] pixels(RandomAccessibleInterval<FloatType> frame) {
		float[] data = FrameAccess.backingArray(frame);
		return data != null ? data : FrameAccess.toArray(frame);
	}

	/**
	 * 3x3 box mean of each channel of a flat (X, Y, C) array, borders replicated; separable
	 * (horizontal then vertical 3-tap means). Returns a new array.
	 */
	static float[] blur3x3(float[] in, long[] shape) {
		float[] out = new float[in.length];
		new BoxBlur(shape).blur(in, out);
		return out;
	}
}
