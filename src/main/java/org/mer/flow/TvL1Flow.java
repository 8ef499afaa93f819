package org.mer.flow;

import java.nio.FloatBuffer;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.real.FloatType;

import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_optflow.DualTVL1OpticalFlow;
import org.mer.core.InputException;
import org.mer.clip.FrameAccess;

/**
 * Onset-to-apex TV-L1 optical flow with optical strain (SPEC §4), through OpenCV's
 * {@code optflow::DualTVL1OpticalFlow} with tau 0.25, lambda 0.15, theta 0.3, nscales 5,
 * warps 5, epsilon 0.01, innerIterations 30, outerIterations 10, scaleStep 0.8, gamma 0,
 * medianFiltering 5, no initial flow.
 * <p>
 * Input frames have axis order (X, Y, C), C = 1 or 3, and the same shape. RGB becomes grey as
 * luminance {@code 0.299 R + 0.587 G + 0.114 B}. OpenCV's parameters are tuned for the 0..255
 * range, and its DualTVL1 reads float ({@code CV_32F}) input as intensities in [0, 1] that it
 * multiplies by 255 itself. So frames that already lie within [0, 1] (32-bit data scaled to
 * unit range) are passed as they are, grey values are divided by 255 when both frames lie
 * within [0, 255], and otherwise (16-bit, other 32-bit data) both frames are mapped together by
 * one linear min-max to [0, 1] (one mapping for the pair, so their relative brightness is kept). Passing
 * 0..255 floats would make every intensity difference 255 times larger, i.e. the data term
 * 255 times stronger than lambda 0.15 intends, and the flow would follow the pixel noise.
 * <p>
 * Sign convention (OpenCV's): {@code onset(x, y) ~ apex(x + u, y + v)}, so content that moves
 * right by one pixel from onset to apex has u = +1, moving down has v = +1; units are pixels.
 * <p>
 * Strain = {@code sqrt(u_x^2 + v_y^2 + 0.5 (u_y + v_x)^2)} with derivatives by central
 * differences, one-sided at the borders (0 along an axis of length 1).
 * <p>
 * Per-channel min-max (SPEC §4) lets a few extreme pixels set each channel's range: micro-motion
 * is sub-pixel and local, so most of the face has flow near 0. On the demo clip the 1st..99th
 * percentiles of u, v, strain span 0.29, 0.35 and 0.23 of [0, 1]; u lies in -0.25..0.35 px.
 * (Before the input scaling above was fixed the spans were 0.06, 0.08 and 0.09, set by
 * noise-driven flow of up to 146 px on that 128 px frame.)
 * <p>
 * Native memory is released in a {@link PointerScope} before each call returns. Stateless; calls
 * may run concurrently.
 */
public final class TvL1Flow {
	private TvL1Flow() {}

	/**
	 * @return a new (X, Y, 3) image: u, v, strain, each channel min-max normalised to [0, 1] on
	 *         its own (a constant channel becomes all 0)
	 * @throws InputException when the frames differ in shape or have neither 1 nor 3 channels
	 */
	public static Img<FloatType> compute(RandomAccessibleInterval<FloatType> onset, RandomAccessibleInterval<FloatType> apex) {
		float[] uv = flow(onset, apex);
		int w = (int) onset.dimension(0), h = (int) onset.dimension(1), n = w * h;
		float[] out = new float[3 * n];
		System.arraycopy(uv, 0, out, 0, 2 * n);
		strain(uv, w, h, out, 2 * n);
		for (int c = 0; c < 3; c++)
			normalise(out, c * n, n);
		return ArrayImgs.floats(out, w, h, 3);
	}

	/**
	 * The raw flow, without normalisation.
	 *
	 * @return a new (X, Y, 2) image: u, v in pixels (sign convention above)
	 */
	public static Img<FloatType> rawFlow(RandomAccessibleInterval<FloatType> onset, RandomAccessibleInterval<FloatType> apex) {
		return ArrayImgs.floats(flow(onset, apex), onset.dimension(0), onset.dimension(1), 2);
	}

	/** @return u plane then v plane, each w * h in row-major (x fastest) order */
	private static float[] flow(RandomAccessibleInterval<FloatType> onset, RandomAccessibleInterval<FloatType> apex) {
		long[] s0 = FrameAccess.shape(onset), s1 = FrameAccess.shape(apex);
		if (s0[0] != s1[0] || s0[1] != s1[1] || s0[2] != s1[2])
			throw new InputException("optical flow needs onset and apex of the same shape, got " + FrameAccess.describe(s0) +
				" and " + FrameAccess.describe(s1));
		int w = (int) s0[0], h = (int) s0[1];
		float[] g0 = grey(FrameAccess.toArray(onset), s0), g1 = grey(FrameAccess.toArray(apex), s1);
		toUnitRange(g0, g1);
		float[] uv = new float[2 * w * h];
		try (PointerScope scope = new PointerScope()) {
			Mat i0 = new Mat(h, w, opencv_core.CV_32FC1, new FloatPointer(g0));
			Mat i1 = new Mat(h, w, opencv_core.CV_32FC1, new FloatPointer(g1));
			Mat flow = new Mat();
			DualTVL1OpticalFlow tvl1 = DualTVL1OpticalFlow.create(0.25, 0.15, 0.3, 5, 5, 0.01, 30, 10, 0.8, 0.0, 5, false);
			tvl1.calc(i0, i1, flow);
			if (flow.type() != opencv_core.CV_32FC2 || flow.rows() != h || flow.cols() != w)
				throw new IllegalStateException("unexpected flow from OpenCV: type " + flow.type() + ", " + flow.cols() + " x " + flow.rows());
			Mat continuous = flow.isContinuous() ? flow : flow.clone();
			FloatBuffer buf = continuous.createBuffer();
			for (int i = 0, n = w * h; i < n; i++) {
				uv[i] = buf.get(2 * i);
				uv[n + i] = buf.get(2 * i + 1);
			}
		}
		return uv;
	}

	private static float[] grey(float[] xyc, long[] shape) {
		int n = (int) (shape[0] * shape[1]), c = (int) shape[2];
		if (c == 1) return xyc;
		if (c != 3) throw new InputException("optical flow needs grey or RGB frames, got " + c + " channels");
		float[] g = new float[n];
		for (int i = 0; i < n; i++)
			g[i] = (float) (0.299 * xyc[i] + 0.587 * xyc[n + i] + 0.114 * xyc[2 * n + i]);
		return g;
	}

	/**
	 * Leaves both arrays as they are when they lie within [0, 1], divides them by 255 when they
	 * lie within [0, 255], else maps them by one min-max to [0, 1].
	 */
	static void toUnitRange(float[] a, float[] b) {
		float min = Float.POSITIVE_INFINITY, max = Float.NEGATIVE_INFINITY;
		for (float[] arr : new float[][] { a, b })
			for (float v : arr) {
				min = Math.min(min, v);
				max = Math.max(max, v);
			}
		boolean unit = min >= 0 && max <= 1, bytes = min >= 0 && max <= 255;
		double shift = bytes ? 0 : min, scale = unit ? 1 : bytes ? 1 / 255.0 : max > min ? 1.0 / (max - min) : 0;
		for (float[] arr : new float[][] { a, b })
			for (int i = 0; i < arr.length; i++)
				arr[i] = (float) ((arr[i] - shift) * scale);
	}

	/** Writes the strain of (u, v) into out[off .. off + w*h). */
	static void strain(float[] uv, int w, int h, float[] out, int off) {
		int n = w * h;
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++) {
				double ux = dx(uv, 0, w, x, y), uy = dy(uv, 0, w, h, x, y);
				double vx = dx(uv, n, w, x, y), vy = dy(uv, n, w, h, x, y);
				double shear = uy + vx;
				out[off + y * w + x] = (float) Math.sqrt(ux * ux + vy * vy + 0.5 * shear * shear);
			}
	}

	private static double dx(float[] a, int off, int w, int x, int y) {
		if (w == 1) return 0;
		int row = off + y * w;
		if (x == 0) return a[row + 1] - a[row];
		if (x == w - 1) return a[row + x] - a[row + x - 1];
		return (a[row + x + 1] - a[row + x - 1]) / 2.0;
	}

	private static double dy(float[] a, int off, int w, int h, int x, int y) {
		if (h == 1) return 0;
		int col = off + x;
		if (y == 0) return a[col + w] - a[col];
		if (y == h - 1) return a[col + y * w] - a[col + (y - 1) * w];
		return (a[col + (y + 1) * w] - a[col + (y - 1) * w]) / 2.0;
	}

	/** Min-max normalises a[off .. off + n) to [0, 1] in place; constant -> 0. */
	private static void normalise(float[] a, int off, int n) {
		float min = Float.POSITIVE_INFINITY, max = Float.NEGATIVE_INFINITY;
		for (int i = off; i < off + n; i++) {
			min = Math.min(min, a[i]);
			max = Math.max(max, a[i]);
		}
		double range = max - min;
		for (int i = off; i < off + n; i++)
			a[i] = range > 0 ? (float) ((a[i] - min) / range) : 0f;
	}
}
