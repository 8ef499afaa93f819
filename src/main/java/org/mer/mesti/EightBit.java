package org.mer.mesti;

import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

/**
 * The 8-bit display/file form of a modality image (SPEC §3): one global min-max over all
 * pixels and channels mapped linearly to 0..255 with rounding half up,
 * {@code round(255 * (v - min) / (max - min))}. A constant image maps to all 0 and is flagged
 * so callers can warn. Non-finite values (NaN, infinities) are left out of the min-max and map
 * to 0. Stateless and thread safe.
 */
public final class EightBit {
	private EightBit() {}

	/** The 8-bit image and the float range that was mapped to 0..255. */
	public static final class Result {
		private final Img<UnsignedByteType> image;
		private final double min, max;
		private final boolean constant;

		Result(Img<UnsignedByteType> image, double min, double max, boolean constant) {
			this.image = image;
			this.min = min;
			this.max = max;
			this.constant = constant;
		}

		/** Same dimensions and axis order as the input. */
		public Img<UnsignedByteType> image() { return image; }
		/** Value mapped to 0 (NaN when there was no finite value). */
		public double min() { return min; }
		/** Value mapped to 255 (NaN when there was no finite value). */
		public double max() { return max; }
		/** True when all finite values were equal (or none was finite): the image is all 0. */
		public boolean constant() { return constant; }
	}

	/** @param img any float image, e.g. (X, Y, C) */
	public static Result scale(RandomAccessibleInterval<FloatType> img) {
		double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
		for (FloatType t : Views.flatIterable(img)) {
			float v = t.get();
			if (Float.isFinite(v)) {
				if (v < min) min = v;
				if (v > max) max = v;
			}
		}
		long[] dims = img.dimensionsAsLongArray();
		Img<UnsignedByteType> out = ArrayImgs.unsignedBytes(dims);
		if (!(min < max)) {
			boolean none = min == Double.POSITIVE_INFINITY;
			return new Result(out, none ? Double.NaN : min, none ? Double.NaN : max, true);
		}
		double scale = 255.0 / (max - min);
		Cursor<FloatType> in = Views.flatIterable(img).cursor();
		Cursor<UnsignedByteType> o = Views.flatIterable(out).cursor();
		while (in.hasNext()) {
			float v = in.next().get();
			int b = Float.isFinite(v) ? (int) Math.floor((v - min) * scale + 0.5) : 0;
			o.next().set(Math.max(0, Math.min(255, b)));
		}
		return new Result(out, min, max, false);
	}
}
