package org.mer.align;

import org.mer.clip.RowBands;

/**
 * One grey image as a row-major float array (index {@code y * width + x}), the working format
 * of the estimator, with the separable filters the pyramid needs. Borders replicate the edge
 * pixel. Filters return new planes (the Gaussian runs in parallel over rows, {@link RowBands});
 * a plane is not modified once built, so reads may be concurrent.
 */
final class Plane {
	final int width, height;
	final float[] v;

	Plane(int width, int height, float[] values) {
		if (values.length != width * height) throw new IllegalArgumentException("need " + width * height + " values, got " + values.length);
		this.width = width;
		this.height = height;
		this.v = values;
	}

	/** Gaussian blur with the given sigma (pixels), kernel cut at 3 sigma; sigma 0 returns this. */
	Plane gaussian(double sigma) {
		if (sigma <= 0) return this;
		int r = Math.max(1, (int) Math.ceil(3 * sigma));
		double[] k = new double[2 * r + 1];
		double sum = 0;
		for (int i = -r; i <= r; i++) sum += k[i + r] = Math.exp(-i * i / (2 * sigma * sigma));
		for (int i = 0; i < k.length; i++) k[i] /= sum;
		return convolveRows(k).convolveColumns(k);
	}

	/**
	 * Half size ({@code floor(w / 2) x floor(h / 2)}, at least 1): each pixel is the [1 3 3 1] / 8
	 * binomial average along each axis, so coarse pixel i is centred on fine position
	 * {@code 2 i + 0.5}.
	 */
	Plane half() {
		int w = Math.max(1, width / 2), h = Math.max(1, height / 2);
		float[] rows = new float[w * height];
		for (int y = 0; y < height; y++) {
			int o = y * width;
			for (int x = 0; x < w; x++)
				rows[y * w + x] = (float) ((at(o, 2 * x - 1, width) + 3 * at(o, 2 * x, width) + 3 * at(o, 2 * x + 1, width) +
					at(o, 2 * x + 2, width)) / 8);
		}
		float[] out = new float[w * h];
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++)
				out[y * w + x] = (float) ((rows[clamp(2 * y - 1, height) * w + x] + 3 * rows[clamp(2 * y, height) * w + x] +
					3 * rows[clamp(2 * y + 1, height) * w + x] + rows[clamp(2 * y + 2, height) * w + x]) / 8);
		return new Plane(w, h, out);
	}

	/** Bilinear value at (x, y) (pixel centres at integers), coordinates clamped to the image (edge replicate). */
	double bilinear(double x, double y) {
		x = x < 0 ? 0 : x > width - 1 ? width - 1 : x;
		y = y < 0 ? 0 : y > height - 1 ? height - 1 : y;
		int x0 = (int) x, y0 = (int) y;
		int x1 = x0 + 1 < width ? x0 + 1 : x0, y1 = y0 + 1 < height ? y0 + 1 : y0;
		double fx = x - x0, fy = y - y0;
		int r0 = y0 * width, r1 = y1 * width;
		double top = (1 - fx) * v[r0 + x0] + fx * v[r0 + x1], bottom = (1 - fx) * v[r1 + x0] + fx * v[r1 + x1];
		return (1 - fy) * top + fy * bottom;
	}

	/**
	 * Cubic convolution (Keys, a = -0.5; exact for quadratics, interpolating) at (x, y), pixel
	 * centres at integers, neighbours beyond the edge replicate the edge pixel. Interpolates with
	 * far less smoothing than {@link #bilinear} (whose blur varies with the sub-pixel phase).
	 */
	double bicubic(double x, double y) {
		x = x < 0 ? 0 : x > width - 1 ? width - 1 : x;
		y = y < 0 ? 0 : y > height - 1 ? height - 1 : y;
		int x0 = (int) x, y0 = (int) y;
		double fx = x - x0, fy = y - y0;
		double wx0 = keys(1 + fx), wx1 = keys(fx), wx2 = keys(1 - fx), wx3 = keys(2 - fx);
		double wy0 = keys(1 + fy), wy1 = keys(fy), wy2 = keys(1 - fy), wy3 = keys(2 - fy);
		int c0 = clamp(x0 - 1, width), c1 = x0, c2 = clamp(x0 + 1, width), c3 = clamp(x0 + 2, width);
		int r0 = clamp(y0 - 1, height) * width, r1 = y0 * width, r2 = clamp(y0 + 1, height) * width, r3 = clamp(y0 + 2, height) * width;
		return wy0 * (wx0 * v[r0 + c0] + wx1 * v[r0 + c1] + wx2 * v[r0 + c2] + wx3 * v[r0 + c3])
			+ wy1 * (wx0 * v[r1 + c0] + wx1 * v[r1 + c1] + wx2 * v[r1 + c2] + wx3 * v[r1 + c3])
			+ wy2 * (wx0 * v[r2 + c0] + wx1 * v[r2 + c1] + wx2 * v[r2 + c2] + wx3 * v[r2 + c3])
			+ wy3 * (wx0 * v[r3 + c0] + wx1 * v[r3 + c1] + wx2 * v[r3 + c2] + wx3 * v[r3 + c3]);
	}

	/** Keys' cubic convolution kernel, a = -0.5, at distance |d| <= 2. */
	private static double keys(double d) {
		d = Math.abs(d);
		return d <= 1 ? (1.5 * d - 2.5) * d * d + 1 : ((-0.5 * d + 2.5) * d - 4) * d + 2;
	}

	private float at(int rowOffset, int x, int w) {
		return v[rowOffset + clamp(x, w)];
	}

	private static int clamp(int i, int n) {
		return i < 0 ? 0 : i >= n ? n - 1 : i;
	}

	private Plane convolveRows(double[] k) {
		int r = k.length / 2;
		float[] out = new float[v.length];
		RowBands.forEach(height, (long) width * k.length, (from, to) -> {
			for (int y = from; y < to; y++) {
				int o = y * width;
				for (int x = 0; x < width; x++) {
					double s = 0;
					for (int i = -r; i <= r; i++) s += k[i + r] * v[o + clamp(x + i, width)];
					out[o + x] = (float) s;
				}
			}
		});
		return new Plane(width, height, out);
	}

	private Plane convolveColumns(double[] k) {
		int r = k.length / 2;
		float[] out = new float[v.length];
		RowBands.forEach(height, (long) width * k.length, (from, to) -> {
			double[] acc = new double[width];
			for (int y = from; y < to; y++) {
				java.util.Arrays.fill(acc, 0);
				for (int i = -r; i <= r; i++) {
					double kw = k[i + r];
					int src = clamp(y + i, height) * width;
					for (int x = 0; x < width; x++) acc[x] += kw * v[src + x];
				}
				for (int x = 0; x < width; x++) out[y * width + x] = (float) acc[x];
			}
		});
		return new Plane(width, height, out);
	}
}
