package org.mer.align;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.real.FloatType;

import org.mer.clip.FrameAccess;
import org.mer.clip.RowBands;

/**
 * Resamples a frame onto the reference geometry (SPEC §11): output pixel p of every channel is
 * the frame's bilinear value at {@code T p} (T maps reference to frame coordinates, pixel
 * centres at integers), and positions outside the frame take the nearest edge value (the
 * position is clamped to the frame, which is OpenCV's {@code BORDER_REPLICATE} for bilinear
 * sampling). Coordinates are exact doubles (OpenCV's {@code warpAffine} rounds them to 1/32
 * pixel). At integer positions the input value is returned exactly, so the identity returns
 * the frame's values unchanged. Parallel over rows ({@link RowBands}); stateless.
 */
public final class FrameWarper {
	private FrameWarper() {}

	/**
	 * @param frame (X, Y, C) or (X, Y), any values
	 * @param t reference to frame coordinates
	 * @return a new float (X, Y, C) image of the frame's size, C = 1 for a 2D frame
	 */
	public static Img<FloatType> warp(RandomAccessibleInterval<FloatType> frame, AffineMap t) {
		long[] shape = FrameAccess.shape(frame);
		float[] in = FrameAccess.toArray(frame);
		return ArrayImgs.floats(warp(in, (int) shape[0], (int) shape[1], (int) shape[2], t), shape);
	}

	/**
	 * @param xyc frame values in (X, Y, C) layout, index {@code x + w * (y + h * c)}
	 * @return a new array of the same layout
	 */
	public static float[] warp(float[] xyc, int w, int h, int channels, AffineMap t) {
		float[] out = new float[xyc.length];
		double xmax = w - 1, ymax = h - 1;
		RowBands.forEach(h, (long) w * channels, (from, to) -> {
			for (int y = from; y < to; y++)
				for (int x = 0; x < w; x++) {
					double qx = t.x(x, y), qy = t.y(x, y);
					qx = qx < 0 ? 0 : qx > xmax ? xmax : qx;
					qy = qy < 0 ? 0 : qy > ymax ? ymax : qy;
					int x0 = (int) qx, y0 = (int) qy, x1 = x0 < w - 1 ? x0 + 1 : x0, y1 = y0 < h - 1 ? y0 + 1 : y0;
					double fx = qx - x0, fy = qy - y0;
					for (int c = 0; c < channels; c++) {
						int o = c * w * h, r0 = o + y0 * w, r1 = o + y1 * w;
						double top = (1 - fx) * xyc[r0 + x0] + fx * xyc[r0 + x1], bottom = (1 - fx) * xyc[r1 + x0] + fx * xyc[r1 + x1];
						out[o + y * w + x] = (float) ((1 - fy) * top + fy * bottom);
					}
				}
		});
		return out;
	}
}
