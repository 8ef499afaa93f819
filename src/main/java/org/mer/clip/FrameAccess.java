package org.mer.clip;

import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.FloatArray;
import net.imglib2.type.numeric.real.FloatType;

import org.mer.core.InputException;

/**
 * Reading frames with axis order (X, Y, C) into flat arrays and back. A 2D frame counts as one
 * channel. Flat index of (x, y, c) is {@code x + w * (y + h * c)} (the ArrayImg layout). Reads
 * go through {@link RowBands} (parallel over rows); the frame must allow concurrent reads through
 * separate RandomAccesses, as all imglib2 images and views do. Stateless.
 */
public final class FrameAccess {
	private FrameAccess() {}

	/**
	 * @return {width, height, channels}
	 * @throws InputException when the frame is not 2D or 3D or too large for one array
	 */
	public static long[] shape(RandomAccessibleInterval<?> frame) {
		int n = frame.numDimensions();
		if (n != 2 && n != 3) throw new InputException("a frame must be X,Y or X,Y,C, got " + n + " dimensions");
		long[] s = { frame.dimension(0), frame.dimension(1), n == 3 ? frame.dimension(2) : 1 };
		if (s[0] * s[1] * s[2] > Integer.MAX_VALUE - 8)
			throw new InputException("frame of " + s[0] + " x " + s[1] + " x " + s[2] + " is too large");
		return s;
	}

	/** "W x H x C" for messages. */
	public static String describe(long[] shape) {
		return shape[0] + " x " + shape[1] + " x " + shape[2];
	}

	/**
	 * The frame's own float array when it is an {@code ArrayImg} of FloatType backed by a
	 * FloatArray (no copy; do not modify), otherwise null.
	 */
	public static float[] backingArray(RandomAccessibleInterval<FloatType> frame) {
		if (!(frame instanceof ArrayImg)) return null;
		Object access = ((ArrayImg<?, ?>) frame).update(null);
		return access instanceof FloatArray ? ((FloatArray) access).getCurrentStorageArray() : null;
	}

	/** Receives one row {@code r = y + h * c} of a frame as {@code data[offset .. offset + width)}. */
	public interface RowVisitor {
		void row(int row, float[] data, int offset);
	}

	/**
	 * Calls {@code visitor.row(r, data, offset)} for each row r, where the row's values are
	 * {@code data[offset .. offset + width)}; data is the backing array for float ArrayImgs and a
	 * per-band buffer otherwise. Runs in parallel over rows.
	 */
	public static void forEachRow(RandomAccessibleInterval<FloatType> frame, long[] shape, RowVisitor visitor) {
		int w = (int) shape[0], h = (int) shape[1], rows = (int) (shape[1] * shape[2]);
		float[] data = backingArray(frame);
		if (data != null) {
			RowBands.forEach(rows, w, (from, to) -> {
				for (int r = from; r < to; r++)
					visitor.row(r, data, r * w);
			});
			return;
		}
		boolean has3 = frame.numDimensions() == 3;
		RowBands.forEach(rows, w, (from, to) -> {
			float[] buf = new float[w];
			RandomAccess<FloatType> ra = frame.randomAccess();
			long[] pos = new long[frame.numDimensions()];
			for (int r = from; r < to; r++) {
				pos[0] = frame.min(0);
				pos[1] = frame.min(1) + r % h;
				if (has3) pos[2] = frame.min(2) + r / h;
				ra.setPosition(pos);
				for (int x = 0; x < w; x++) {
					buf[x] = ra.get().get();
					ra.fwd(0);
				}
				visitor.row(r, buf, 0);
			}
		});
	}

	/** Copies a frame into a new flat float array (X, Y, C layout). */
	public static float[] toArray(RandomAccessibleInterval<FloatType> frame) {
		long[] s = shape(frame);
		int w = (int) s[0];
		float[] out = new float[(int) (s[0] * s[1] * s[2])];
		forEachRow(frame, s, (r, data, off) -> System.arraycopy(data, off, out, r * w, w));
		return out;
	}

	/** Copies a frame into a new ArrayImg (X, Y, C), C = 1 for a 2D frame. */
	public static Img<FloatType> copy(RandomAccessibleInterval<FloatType> frame) {
		long[] s = shape(frame);
		return ArrayImgs.floats(toArray(frame), s);
	}

	/** Rounds a double buffer to a new float ArrayImg of the given shape, in parallel. */
	public static Img<FloatType> toFloatImg(double[] acc, long[] shape) {
		float[] out = new float[acc.length];
		int w = (int) shape[0];
		RowBands.forEach((int) (shape[1] * shape[2]), w, (from, to) -> {
			for (int i = from * w, end = to * w; i < end; i++)
				out[i] = (float) acc[i];
		});
		return ArrayImgs.floats(out, shape);
	}
}
