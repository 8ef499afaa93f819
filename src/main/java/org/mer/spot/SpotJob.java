package org.mer.spot;

import java.util.Objects;
import java.util.function.Supplier;

import org.mer.clip.FrameSource;

/**
 * One recording for {@link SpotBatch}: the name written in the intervals CSV's {@code path}
 * column (unique within one CSV), how to open its frames (called once to spot and once more when
 * intervals are annotated; each source is closed by the batch) and the frame rate the user gave
 * (NaN: the source's own, {@link FrameSource#frameRate()}). Immutable.
 */
public final class SpotJob {
	private final String path;
	private final Supplier<FrameSource> open;
	private final double fps;

	/** @param fps frames per second the user gave, or NaN (or 0) to use the source's own */
	public SpotJob(String path, Supplier<FrameSource> open, double fps) {
		this.path = Objects.requireNonNull(path, "path");
		this.open = Objects.requireNonNull(open, "open");
		this.fps = fps > 0 ? fps : Double.NaN;
	}

	/** Name in the CSV's path column. */
	public String path() { return path; }

	/** Opens the recording; the caller closes the source. @throws org.mer.core.InputException when it cannot be opened */
	public FrameSource open() { return open.get(); }

	/** The frame rate the user gave, or NaN. */
	public double givenFps() { return fps; }

	public boolean hasGivenFps() { return !Double.isNaN(fps); }

	@Override
	public String toString() {
		return path + (hasGivenFps() ? " (" + fps + " fps)" : "");
	}
}
