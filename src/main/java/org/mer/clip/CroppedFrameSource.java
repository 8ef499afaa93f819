package org.mer.clip;


import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

/**
 * The same rectangle of every frame of another source: a view, no pixels are copied. Frame
 * numbers, channels and name are the wrapped source's. Frames have zero min, axis order
 * (X, Y, C), size w x h. Closing this source closes the wrapped one (both closes are safe to
 * call twice). Thread safe for reads exactly when the wrapped source is ({@link #concurrentReads()}).
 */
public final class CroppedFrameSource extends ForwardingFrameSource {
	private final long x, y, w, h;

	/**
	 * @param x left column, {@code 0 <= x}, {@code x + w <= source.width()}
	 * @param y top row, {@code 0 <= y}, {@code y + h <= source.height()}
	 * @throws IllegalArgumentException when the rectangle is empty or leaves the frame
	 */
	public CroppedFrameSource(FrameSource source, long x, long y, long w, long h) {
		super(source);
		if (w < 1 || h < 1 || x < 0 || y < 0 || x + w > source.width() || y + h > source.height())
			throw new IllegalArgumentException("crop " + w + "x" + h + " at (" + x + ", " + y + ") is not inside the "
				+ source.width() + "x" + source.height() + " frames of " + source.name());
		this.x = x;
		this.y = y;
		this.w = w;
		this.h = h;
	}

	/** The wrapped source. */
	public FrameSource source() {
		return source;
	}

	/** @return {x, y, w, h} of the crop in the wrapped source's pixels */
	public long[] box() {
		return new long[] { x, y, w, h };
	}

	@Override
	public long width() {
		return w;
	}

	@Override
	public long height() {
		return h;
	}

	@Override
	public RandomAccessibleInterval<FloatType> frame(int frameNumber) {
		RandomAccessibleInterval<FloatType> full = Views.zeroMin(source.frame(frameNumber));
		long c = full.dimension(2);
		return Views.zeroMin(Views.interval(full, new long[] { x, y, 0 }, new long[] { x + w - 1, y + h - 1, c - 1 }));
	}

	/** The wrapped source's. */
	@Override
	public boolean inMemory(int frameNumber) {
		return source.inMemory(frameNumber);
	}

	/** The wrapped source's: a crop keeps no state of its own. */
	@Override
	public boolean concurrentReads() {
		return source.concurrentReads();
	}

	@Override
	public void close() {
		source.close();
	}
}
