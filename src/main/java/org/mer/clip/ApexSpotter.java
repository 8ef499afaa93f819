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
 * of the nearest pixel inside). Ties go to the earliest frame, so a still clip gives the onset.
 * Frames are decoded one at a time: besides the blurred onset only the current frame is held.</li>
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
		RandomAccessibleInterval<FloatType> first = source.frame(onset);
		long[] shape = FrameAccess.shape(first);
		float[] reference = blur3x3(FrameAccess.toArray(first), shape);
		int best = onset;
		double bestScore = 0;
		for (long next = onset + 1L; next <= offset; next++) {
			int n = (int) next; // long loop: an offset of Integer.MAX_VALUE must not wrap around
			RandomAccessibleInterval<FloatType> frame = source.frame(n);
			long[] s = FrameAccess.shape(frame);
			if (s[0] != shape[0] || s[1] != shape[1] || s[2] != shape[2])
				throw new InputException("frame " + n + " of " + source.name() + " is " + FrameAccess.describe(s) +
					" but onset frame " + onset + " is " + FrameAccess.describe(shape));
			float[] blurred = blur3x3(FrameAccess.toArray(frame), shape);
			double sum = 0;
			for (int i = 0; i < blurred.length; i++)
				sum += Math.abs(blurred[i] - reference[i]);
			double score = sum / blurred.length;
			if (score > bestScore) {
				bestScore = score;
				best = n;
			}
		}
		return best;
	}

	/**
	 * 3x3 box mean of each channel of a flat (X, Y, C) array, borders replicated; separable
	 * (horizontal then vertical 3-tap means). Returns a new array.
	 */
	static float[] blur3x3(float[] in, long[] shape) {
		int w = (int) shape[0], h = (int) shape[1], c = (int) shape[2];
		float[] tmp = new float[in.length], out = new float[in.length];
		for (int ch = 0; ch < c; ch++) {
			int plane = ch * w * h;
			for (int y = 0; y < h; y++) {
				int row = plane + y * w;
				for (int x = 0; x < w; x++) {
					int xl = Math.max(x - 1, 0), xr = Math.min(x + 1, w - 1);
					tmp[row + x] = (in[row + xl] + in[row + x] + in[row + xr]) / 3f;
				}
			}
			for (int y = 0; y < h; y++) {
				int up = plane + Math.max(y - 1, 0) * w, mid = plane + y * w, down = plane + Math.min(y + 1, h - 1) * w;
				for (int x = 0; x < w; x++)
					out[mid + x] = (tmp[up + x] + tmp[mid + x] + tmp[down + x]) / 3f;
			}
		}
		return out;
	}
}
