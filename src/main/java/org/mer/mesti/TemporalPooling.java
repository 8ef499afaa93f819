package org.mer.mesti;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.type.numeric.real.FloatType;

import org.mer.clip.Clip;
import org.mer.core.InputException;
import org.mer.core.Progress;

/**
 * Weighted temporal sum of a clip's frames, {@code sum_t w_t I_t}: the engine of MESTI and the
 * Dynamic Image.
 * <p>
 * Frames are decoded one at a time (only the current frame and a double accumulator of one
 * frame's size are in memory) and added into the double accumulator; the sum is rounded to
 * float once at the end, so a long clip loses no precision. Each frame is split into row bands
 * added in parallel on a fixed pool sized to the available processors (see {@link RowBands});
 * float ArrayImg frames are read straight from their backing array, other frames through one
 * RandomAccess per band. Calls on different clips may run concurrently from several threads;
 * one clip's source must not be used by another thread during a call (sources are not thread
 * safe).
 */
public final class TemporalPooling {
	private TemporalPooling() {}

	/**
	 * @param weights one weight per clip frame, in temporal order (length {@code clip.length()})
	 * @param progress receives the fraction of frames done; cancellation is checked per frame
	 * @return a new image with axis order (X, Y, C) and the frames' size and channels
	 * @throws InputException naming the frame and source when a frame differs in size or channels
	 *           from the first frame
	 * @throws org.mer.core.CanceledException when canceled through progress
	 */
	public static Img<FloatType> weightedSum(Clip clip, double[] weights, Progress progress) {
		int T = clip.length();
		if (weights.length != T)
			throw new IllegalArgumentException(weights.length + " weights for a clip of " + T + " frames");
		long[] shape = null;
		double[] acc = null;
		for (int i = 0; i < T; i++) {
			progress.checkCanceled();
			RandomAccessibleInterval<FloatType> frame = clip.frame(i);
			long[] s = FrameAccess.shape(frame);
			if (shape == null) {
				shape = s;
				acc = new double[(int) (s[0] * s[1] * s[2])];
			}
			else if (s[0] != shape[0] || s[1] != shape[1] || s[2] != shape[2]) {
				throw new InputException("frame " + (clip.onset() + i) + " of " + clip.name() + " is " +
					FrameAccess.describe(s) + " but frame " + clip.onset() + " is " + FrameAccess.describe(shape));
			}
			add(acc, frame, shape, weights[i]);
			progress.progress((i + 1) / (double) T);
		}
		return FrameAccess.toFloatImg(acc, shape);
	}

	/** acc += weight * frame, in parallel over rows. */
	static void add(double[] acc, RandomAccessibleInterval<FloatType> frame, long[] shape, double weight) {
		int w = (int) shape[0];
		FrameAccess.forEachRow(frame, shape, (r, data, off) -> {
			int base = r * w;
			for (int x = 0; x < w; x++)
				acc[base + x] += weight * data[off + x];
		});
	}
}
