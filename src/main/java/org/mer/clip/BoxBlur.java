package org.mer.clip;

/**
 * The 3x3 box mean of {@link ApexSpotter}, per channel of a flat (X, Y, C) array: a horizontal
 * 3-tap mean {@code (left + centre + right) / 3f}, then a vertical one {@code (up + centre + down) / 3f},
 * each added in that order, a neighbour outside the image replaced by the border pixel. The same
 * float operations in the same order as the direct two-pass loops, so the same bits.
 * <p>
 * Why row buffers: HotSpot's C2 vectorises a loop only when every array access in it uses the
 * same index; {@code in[x - 1] + in[x] + in[x + 1]} or {@code tmp[up + x]} stay scalar (one float
 * division at a time, the bottleneck). So each row's neighbours are first copied (System.arraycopy)
 * into row buffers and the arithmetic runs on {@code a[x] + b[x] + c[x]}; the vertical pass keeps
 * three horizontally blurred rows in a ring, so no frame-sized scratch array is needed. About three
 * times faster than the direct loops on AVX2/AVX-512 machines (BENCHMARKS.md).
 * <p>
 * Holds row buffers for one frame shape: make one per thread and reuse it for every frame.
 */
final class BoxBlur {
	private final int w, h, c;
	private final float[] left, centre, right, out, ref, diff;
	private final float[][] ring = new float[3][];

	/** @param shape {width, height, channels} */
	BoxBlur(long[] shape) {
		w = (int) shape[0];
		h = (int) shape[1];
		c = (int) shape[2];
		left = new float[w];
		centre = new float[w];
		right = new float[w];
		out = new float[w];
		ref = new float[w];
		diff = new float[w];
		for (int i = 0; i < 3; i++)
			ring[i] = new float[w];
	}

	/** Receives the blurred rows in order; {@code row} is reused after the call. */
	private interface Rows {
		void row(int offset, float[] row);
	}

	/** Blurs {@code in} into {@code blurred} (both w * h * c values). */
	void blur(float[] in, float[] blurred) {
		each(in, (offset, row) -> System.arraycopy(row, 0, blurred, offset, w));
	}

	/**
	 * {@code sum |blur(in)[i] - reference[i]|} in double, without storing the blurred frame: eight
	 * partial sums over x mod 8 within each row, carried across rows and added at the end.
	 */
	double sumAbsDifference(float[] in, float[] reference) {
		double[] s = new double[8];
		each(in, (offset, row) -> {
			System.arraycopy(reference, offset, ref, 0, w);
			for (int x = 0; x < w; x++)
				diff[x] = Math.abs(row[x] - ref[x]);
			double s0 = s[0], s1 = s[1], s2 = s[2], s3 = s[3], s4 = s[4], s5 = s[5], s6 = s[6], s7 = s[7];
			int x = 0;
			for (; x + 8 <= w; x += 8) {
				s0 += diff[x];
				s1 += diff[x + 1];
				s2 += diff[x + 2];
				s3 += diff[x + 3];
				s4 += diff[x + 4];
				s5 += diff[x + 5];
				s6 += diff[x + 6];
				s7 += diff[x + 7];
			}
			for (; x < w; x++)
				s0 += diff[x];
			s[0] = s0; s[1] = s1; s[2] = s2; s[3] = s3; s[4] = s4; s[5] = s5; s[6] = s6; s[7] = s7;
		});
		return ((s[0] + s[1]) + (s[2] + s[3])) + ((s[4] + s[5]) + (s[6] + s[7]));
	}

	/** Blurs {@code in} row by row (channel by channel, top to bottom), handing each row to {@code rows}. */
	private void each(float[] in, Rows rows) {
		for (int ch = 0; ch < c; ch++) {
			int plane = ch * w * h;
			horizontal(in, plane, ring[0]);
			if (h > 1) horizontal(in, plane + w, ring[1]);
			for (int y = 0; y < h; y++) {
				if (y + 1 < h && y + 1 >= 2) horizontal(in, plane + (y + 1) * w, ring[(y + 1) % 3]);
				float[] up = ring[Math.max(y - 1, 0) % 3], mid = ring[y % 3], down = ring[Math.min(y + 1, h - 1) % 3];
				for (int x = 0; x < w; x++)
					out[x] = (up[x] + mid[x] + down[x]) / 3f;
				rows.row(plane + y * w, out);
			}
		}
	}

	/** Horizontal 3-tap mean of the row starting at {@code row} into {@code dst}. */
	private void horizontal(float[] in, int row, float[] dst) {
		System.arraycopy(in, row, centre, 0, w);
		left[0] = in[row];
		System.arraycopy(in, row, left, 1, w - 1);
		System.arraycopy(in, row + 1, right, 0, w - 1);
		right[w - 1] = in[row + w - 1];
		for (int x = 0; x < w; x++)
			dst[x] = (left[x] + centre[x] + right[x]) / 3f;
	}
}
