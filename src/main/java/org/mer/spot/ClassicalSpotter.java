package org.mer.spot;

import org.mer.clip.FrameSource;
import org.mer.core.Progress;

/**
 * The classical spotter: the optical-flow MEGC-window signal of {@link SignalBuilder} and the
 * threshold-and-support rule of {@link PeakDetector}, every choice taken from
 * {@link SpotSettings}. This is the use case a front end calls for one recording. Stateless,
 * thread safe (each call uses its own native objects).
 */
public final class ClassicalSpotter implements Spotter {
	public static final String ID = "classical";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public SpotResult spot(FrameSource source, SpotSettings settings, Progress progress) {
		MotionSignal signal = SignalBuilder.build(source, settings, progress);
		PeakDetector.Result found = PeakDetector.detect(signal, settings);
		progress.log(source.name() + ": " + found.intervals().size() + " interval(s) over frames " + signal.frameNumber(0) + ".."
			+ signal.frameNumber(signal.length() - 1) + signal.errorNote().map(n -> " (partial: " + n + ")").orElse(""));
		return new SpotResult(ID, settings, signal, found.baseline(), found.threshold(), found.intervals());
	}
}
