package org.mer.clip;

import java.util.Objects;

/**
 * What every source of a recording's own frames shares: the description fixed when it is opened
 * (name, frame numbers, width, height, channels). A subclass works out its recording in its
 * constructor and calls {@link #describe} once; it implements only {@link #frame(int)} and
 * {@link #close()}. Sources that wrap another one extend {@link ForwardingFrameSource} instead.
 */
public abstract class AbstractFrameSource implements FrameSource {
	private String name;
	private int[] numbers;
	private long width, height;
	private int channels;

	/**
	 * Fixes the description; call exactly once, from the constructor.
	 *
	 * @param frameNumbers ascending, not empty (kept: do not change the array afterwards)
	 * @throws IllegalStateException when called twice, IllegalArgumentException for an empty
	 *           list, a size or a channel count below 1
	 */
	protected final void describe(String name, int[] frameNumbers, long width, long height, int channels) {
		if (this.numbers != null) throw new IllegalStateException("described twice");
		if (frameNumbers.length == 0) throw new IllegalArgumentException(name + " has no frames");
		if (width < 1 || height < 1) throw new IllegalArgumentException(name + ": frame size " + width + " x " + height);
		if (channels < 1) throw new IllegalArgumentException(name + ": " + channels + " channels");
		this.name = Objects.requireNonNull(name, "name");
		this.numbers = frameNumbers;
		this.width = width;
		this.height = height;
		this.channels = channels;
	}

	@Override
	public final String name() {
		return name;
	}

	/** A copy: the caller may change it. */
	@Override
	public final int[] frameNumbers() {
		return numbers.clone();
	}

	@Override
	public final long width() {
		return width;
	}

	@Override
	public final long height() {
		return height;
	}

	@Override
	public final int channels() {
		return channels;
	}
}
