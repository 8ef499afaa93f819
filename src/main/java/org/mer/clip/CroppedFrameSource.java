package org.mer.clip;

import java.util.Objects;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

/**
 * The same rectangle of every frame of another source: a view, no pixels are copied. Frame
 * numbers, channels and name are the wrapped source's. Frames have zero min, axis order
 * (X, Y, C), size w x h. Closing this source closes the wrapped one (both closes are safe to
 * call twice). Not thread safe.
 */
public final class CroppedFrameSource implements FrameSource {
	private final FrameSource source;
	private final long x, y, w, h;

	/**
	 * @param x left column, {@code 0 <= x}, {@code x + w <= source.width()}
	 * @param y top row, {@code 0 <= y}, {@code y + h <= source.height()}
	 * @throws IllegalArgumentException when the rectangle is empty or leaves the frame
	 */
	public CroppedFrameSource(FrameSource source, long x, long y, long w, long h) {
		this.source = Objects.requireNonNull(source);
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
	public String name() {
		return source.name();
	}

	@Override
	public int[] frameNumbers() {
		return source.frameNumbers();
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
	public double frameRate() {
		return source.frameRate();
	}

	@Override
	public int channels() {
		return source.channels();
	}

	@Override
	public RandomAccessibleInterval<FloatType> frame(int frameNumber) {
		RandomAccessibleInterval<FloatType> full = Views.zeroMin(source.frame(frameNumber));
		long c = full.dimension(2);
		return Views.zeroMin(Views.interval(full, new long[] { x, y, 0 }, new long[] { x + w - 1, y + h - 1, c - 1 }));
	}

	@Override
	public void close() {
		source.close();
	}
}
