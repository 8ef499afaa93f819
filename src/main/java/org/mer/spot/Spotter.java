package org.mer.spot;

import org.mer.clip.FrameSource;
import org.mer.core.Progress;

/**
 * Finds micro- and macro-expression intervals in a long recording. {@link ClassicalSpotter} is
 * the documented rule-based one; a learned spotter (e.g. a DJL network over the same per-region
 * signals) implements this interface too, building its input with {@link SignalBuilder} so that
 * both read the recording once, stream it the same way and produce comparable {@link SpotResult}s.
 * Implementations are stateless or at least safe to call for one recording after another; one
 * call must not share its source with another thread.
 */
public interface Spotter {

	/** Short lower-case name stored in outputs, e.g. "classical". */
	String id();

	/**
	 * @param source the recording, read in order, left open (the caller closes it)
	 * @param settings with the recording's fps set ({@link SpotSettings#withFps})
	 * @return the intervals found; partial (with an error note) when decoding failed part way
	 * @throws org.mer.core.InputException one line naming the recording: missing fps, a recording
	 *           shorter than the window, no face found, a face box outside the frames, a frame that
	 *           cannot be decoded before the first window is full
	 * @throws org.mer.core.CanceledException when the progress asks to stop
	 */
	SpotResult spot(FrameSource source, SpotSettings settings, Progress progress);
}
