package org.mer.spot;

import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * What a {@link Spotter} found in one recording: the intervals (sorted by onset), the signal they
 * were found on (for plots), the baseline and threshold on that signal, the settings used
 * (with the recording's fps), and an error note when decoding failed part way: the result is then
 * partial, covering the frames up to the last good one, and its intervals are kept. Immutable.
 */
public final class SpotResult {
	private final String spotter;
	private final SpotSettings settings;
	private final MotionSignal signal;
	private final double baseline, threshold;
	private final List<SpottedInterval> intervals;

	public SpotResult(String spotter, SpotSettings settings, MotionSignal signal, double baseline, double threshold, List<SpottedInterval> intervals) {
		this.spotter = spotter;
		this.settings = settings;
		this.signal = signal;
		this.baseline = baseline;
		this.threshold = threshold;
		this.intervals = Collections.unmodifiableList(List.copyOf(intervals));
	}

	/** The {@link Spotter#id()} that made it. */
	public String spotter() { return spotter; }
	public SpotSettings settings() { return settings; }
	public MotionSignal signal() { return signal; }
	/** The name of the recording. */
	public String name() { return signal.name(); }
	/** Median of the smoothed signal, flow pixels. */
	public double baseline() { return baseline; }
	/** The threshold on the smoothed signal, flow pixels. */
	public double threshold() { return threshold; }
	public List<SpottedInterval> intervals() { return intervals; }
	/** Set when the recording could not be decoded to its end. */
	public Optional<String> errorNote() { return signal.errorNote(); }
	public boolean isPartial() { return signal.errorNote().isPresent(); }
	/** The last frame number analysed. */
	public int lastFrame() { return signal.frameNumber(signal.length() - 1); }
}
