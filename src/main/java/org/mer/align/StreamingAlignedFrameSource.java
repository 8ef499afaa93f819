package org.mer.align;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.real.FloatType;

import org.mer.clip.ForwardingFrameSource;
import org.mer.clip.FrameSource;
import org.mer.face.FaceBox;

/**
 * A long recording's frames aligned by a {@link StreamingAligner}, for readers that go through the
 * frames in increasing order (the spotter, and the forward pass that classifies the spotted
 * intervals): frame n comes back in the first frame's geometry, the reference renewed every
 * window. Memory is flat (the aligner keeps one reference). Asking again for the last frame
 * returns it; asking for an earlier one is an error, as the aligner cannot go back. With mode
 * none the frames pass through untouched. Owns the wrapped source: {@link #close()} closes it.
 * Not thread safe.
 */
public final class StreamingAlignedFrameSource extends ForwardingFrameSource {
	private final StreamingAligner aligner;
	private final boolean enabled;
	private int last = Integer.MIN_VALUE;
	private RandomAccessibleInterval<FloatType> lastFrame;

	/** @param face face box in the first frame's pixels, or null for the whole frame */
	public StreamingAlignedFrameSource(FrameSource source, AlignSettings settings, FaceBox face) {
		super(source);
		this.aligner = new StreamingAligner(settings, face);
		this.enabled = settings.enabled();
	}

	/** @throws IllegalStateException when a frame before the last one read is asked for */
	@Override
	public RandomAccessibleInterval<FloatType> frame(int frameNumber) {
		if (!enabled) return source.frame(frameNumber);
		if (frameNumber == last) return lastFrame;
		if (frameNumber < last)
			throw new IllegalStateException("a streamed alignment reads frames in increasing order; frame " + frameNumber + " asked after " + last);
		lastFrame = aligner.next(frameNumber, source.frame(frameNumber)).frame();
		last = frameNumber;
		return lastFrame;
	}

	@Override
	public void close() {
		source.close();
	}
}
