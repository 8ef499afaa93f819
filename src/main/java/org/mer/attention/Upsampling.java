package org.mer.attention;

import org.mer.core.Identified;

/**
 * How a block's low-resolution attention map is brought to an image's size. Maps are row-major
 * ({@code map[y * width + x]}) single-channel floats. Stateless, thread safe.
 */
public enum Upsampling implements Identified {
	/**
	 * Bilinear with half-pixel centres (source coordinate = (dst + 0.5) * in / out - 0.5, clamped
	 * to the edge), the convention of PyTorch's {@code interpolate(mode="bilinear",
	 * align_corners=False)}; values stay within the input's range. What the classifier shows.
	 */
	BILINEAR("bilinear"),
	/**
	 * Nearest neighbour with the same pixel centres: output pixel d takes source pixel
	 * {@code floor((d + 0.5) * in / out)}, so each block pixel becomes a block of equal values.
	 */
	NEAREST("nearest");

	private final String id;

	Upsampling(String id) {
		this.id = id;
	}

	@Override
	public String id() {
		return id;
	}

	/**
	 * @param src {@code inW * inH} values, row-major
	 * @return {@code outW * outH} values, row-major (a new array)
	 */
	public float[] resize(float[] src, int inW, int inH, int outW, int outH) {
		if (src.length != (long) inW * inH) throw new IllegalArgumentException("map has " + src.length + " values, not " + inW + " x " + inH);
		return this == NEAREST ? nearest(src, inW, inH, outW, outH) : bilinear(src, inW, inH, outW, outH);
	}

	private static float[] nearest(float[] src, int inW, int inH, int outW, int outH) {
		float[] out = new float[outW * outH];
		for (int y = 0; y < outH; y++) {
			int sy = Math.min(inH - 1, (int) Math.floor((y + 0.5) * inH / outH));
			for (int x = 0; x < outW; x++)
				out[y * outW + x] = src[sy * inW + Math.min(inW - 1, (int) Math.floor((x + 0.5) * inW / outW))];
		}
		return out;
	}

	private static float[] bilinear(float[] src, int inW, int inH, int outW, int outH) {
		int[] x0 = new int[outW], x1 = new int[outW];
		float[] fx = new float[outW];
		axis(inW, outW, x0, x1, fx);
		int[] y0 = new int[outH], y1 = new int[outH];
		float[] fy = new float[outH];
		axis(inH, outH, y0, y1, fy);
		float[] out = new float[outW * outH];
		for (int y = 0; y < outH; y++) {
			int r0 = y0[y] * inW, r1 = y1[y] * inW;
			float wy = fy[y];
			for (int x = 0; x < outW; x++) {
				float top = src[r0 + x0[x]] + fx[x] * (src[r0 + x1[x]] - src[r0 + x0[x]]);
				float bottom = src[r1 + x0[x]] + fx[x] * (src[r1 + x1[x]] - src[r1 + x0[x]]);
				out[y * outW + x] = top + wy * (bottom - top);
			}
		}
		return out;
	}

	private static void axis(int in, int out, int[] i0, int[] i1, float[] f) {
		double scale = (double) in / out;
		for (int d = 0; d < out; d++) {
			double s = Math.max(0, (d + 0.5) * scale - 0.5);
			int lo = Math.min((int) Math.floor(s), in - 1);
			i0[d] = lo;
			i1[d] = Math.min(lo + 1, in - 1);
			f[d] = (float) (s - lo);
		}
	}
}
