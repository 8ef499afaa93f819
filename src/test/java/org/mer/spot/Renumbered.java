package org.mer.spot;

import org.mer.clip.FrameSource;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.real.FloatType;

/** Test wrapper: the frames of a source numbered from 1 appear as first, first + 1, ... */
final class Renumbered implements FrameSource {
	private final FrameSource source;
	private final int shift;

	Renumbered(FrameSource source, int first) {
		this.source = source;
		this.shift = first - 1;
	}

	@Override public String name() { return source.name(); }
	@Override public long width() { return source.width(); }
	@Override public long height() { return source.height(); }
	@Override public int channels() { return source.channels(); }

	@Override
	public int[] frameNumbers() {
		int[] n = source.frameNumbers();
		for (int i = 0; i < n.length; i++)
			n[i] += shift;
		return n;
	}

	@Override
	public RandomAccessibleInterval<FloatType> frame(int frameNumber) {
		return source.frame(frameNumber - shift);
	}

	@Override
	public void close() {
		source.close();
	}
}
