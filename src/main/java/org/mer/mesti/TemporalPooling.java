package org.mer.mesti;

import java.util.Arrays;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.type.numeric.real.FloatType;

import org.mer.clip.RowBands;
import org.mer.clip.FrameAccess;
import org.mer.clip.FrameReader;
import org.mer.clip.Clip;
import org.mer.core.InputException;
import org.mer.core.Progress;

/**
 * Weighted temporal sum of a clip's frames, {@code sum_t w_t I_t}: the engine of MESTI and the
 * Dynamic Image.
 * <p>
 * Frames are read in order through a {@link FrameReader} (decoded ahead, in parallel, when the
 * source allows concurrent reads) and added in groups of {@value #GROUP} consecutive frames (at
 * most that many frames, the reader's look-ahead and a double accumulator of one frame's size are
 * in memory) and each group is added into the
 * double accumulator in one pass, {@code acc += w_t I_t + ... + w_{t+3} I_{t+3}}, so the
 * accumulator is read and written once per group rather than once per frame (the pass is then
 * bound by reading the frames). The sum is rounded to float once at the end, so a long clip
 * loses no precision. Each pass is split into row bands added in parallel on a fixed pool sized
 * to the available processors (see {@link RowBands}); float ArrayImg frames are read straight
 * from their backing array, other frames are first copied into one (in parallel through one
 * RandomAccess per band). Progress is reported per frame taken and cancellation is checked
 * before each frame is taken. Calls on different clips may run concurrently from several threads;
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
		float[][] group = new float[GROUP][];
		double[] groupWeights = new double[GROUP];
		try (FrameReader frames = new FrameReader(clip.source(), clip.onset(), clip.offset())) {
			for (int start = 0; start < T; start += GROUP) {
				int n = Math.min(GROUP, T - start);
				for (int j = 0; j < n; j++) {
					int i = start + j;
					progress.checkCanceled();
					RandomAccessibleInterval<FloatType> frame = frames.next();
					long[] s = FrameAccess.shape(frame);
					if (shape == null) {
						shape = s;
						acc = new double[(int) (s[0] * s[1] * s[2])];
					}
					else if (s[0] != shape[0] || s[1] != shape[1] || s[2] != shape[2]) {
						throw new InputException("frame " + (clip.onset() + i) + " of " + clip.name() + " is " +
							FrameAccess.describe(s) + " but frame " + clip.onset() + " is " + FrameAccess.describe(shape));
					}
					float[] data = FrameAccess.backingArray(frame);
					group[j] = data != null ? data : FrameAccess.toArray(frame);
					groupWeights[j] = weights[i];
					progress.progress((i + 1) / (double) T);
				}
				addGroup(acc, group, groupWeights, n, (int) shape[0], (int) (shape[1] * shape[2]));
				Arrays.fill(group, null);
			}
		}
		return FrameAccess.toFloatImg(acc, shape);
	}

	/** Frames added per pass over the accumulator. */
	static final int GROUP = 4;

	/** acc += sum_j w[j] * f[j] for j < n (n in 1..4), in parallel over rows of the given width. */
	static void addGroup(double[] acc, float[][] f, double[] w, int n, int width, int rows) {
		RowBands.forEach(rows, (long) width * n, (from, to) -> {
			int a = from * width, b = to * width;
			switch (n) {
				case 4:
					add4(acc, f[0], f[1], f[2], f[3], w[0], w[1], w[2], w[3], a, b);
					break;
				case 3:
					add3(acc, f[0], f[1], f[2], w[0], w[1], w[2], a, b);
					break;
				case 2:
					add2(acc, f[0], f[1], w[0], w[1], a, b);
					break;
				default:
					add1(acc, f[0], w[0], a, b);
			}
		});
	}

	private static void add4(double[] acc, float[] f0, float[] f1, float[] f2, float[] f3, double w0, double w1, double w2,
		double w3, int from, int to)
	{
		for (int i = from; i < to; i++)
			acc[i] += w0 * f0[i] + w1 * f1[i] + w2 * f2[i] + w3 * f3[i];
	}

	private static void add3(double[] acc, float[] f0, float[] f1, float[] f2, double w0, double w1, double w2, int from, int to) {
		for (int i = from; i < to; i++)
			acc[i] += w0 * f0[i] + w1 * f1[i] + w2 * f2[i];
	}

	private static void add1(double[] acc, float[] f0, double w0, int from, int to) {
		for (int i = from; i < to; i++)
			acc[i] += w0 * f0[i];
	}

	private static void add2(double[] acc, float[] f0, float[] f1, double w0, double w1, int from, int to) {
		for (int i = from; i < to; i++)
			acc[i] += w0 * f0[i] + w1 * f1[i];
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
