package org.mer.clip;

import java.util.Objects;

/**
 * A source that shows another one's frames changed or kept (cropped, cached, aligned): the
 * description is the wrapped source's unless a subclass says otherwise (a crop has its own
 * width and height). Whether {@link #concurrentReads()} and {@link #inMemory(int)} hold is the
 * subclass's to say (the interface's default, false, is always safe). Who closes the wrapped
 * source is each subclass's documented rule.
 */
public abstract class ForwardingFrameSource implements FrameSource {
	/** The wrapped source. */
	protected final FrameSource source;

	protected ForwardingFrameSource(FrameSource source) {
		this.source = Objects.requireNonNull(source, "source");
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
		return source.width();
	}

	@Override
	public long height() {
		return source.height();
	}

	@Override
	public int channels() {
		return source.channels();
	}

	/** The wrapped source's rate: the frames are the same frames. */
	@Override
	public double frameRate() {
		return source.frameRate();
	}
}
