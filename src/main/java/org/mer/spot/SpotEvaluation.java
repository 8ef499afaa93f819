package org.mer.spot;

import java.util.ArrayList;
import java.util.List;

import org.mer.clip.FrameSource;
import org.mer.core.CanceledException;
import org.mer.core.InputException;
import org.mer.core.Progress;

/**
 * The spotting evaluation use case (SPEC §10): spots each recording in turn with the recording's
 * own fps, matches the intervals against its ground truth and pools the counts into a
 * {@link SpotReport}. A recording that cannot be spotted (an {@link InputException}: too short,
 * no face, unreadable, no frame rate) is logged and kept in the report with its error and all its
 * ground truth as false negatives, so one bad file does not end a long evaluation; a partial
 * decode keeps what was spotted. Cancellation ends the run ({@link CanceledException}). Each
 * recording's source is opened and closed here, one at a time. Stateless.
 */
public final class SpotEvaluation {
	private SpotEvaluation() {}

	/** Told about each recording as soon as it is done, e.g. to draw its plot; called on the caller's thread. */
	public interface Listener {
		void done(Recording recording, VideoOutcome outcome);

		Listener NONE = (r, o) -> {};
	}

	/**
	 * @param dataset name for the report
	 * @param settings the template; its fps, if any, is replaced by each recording's
	 * @param preparation applied to each recording's frames when it is opened (recorded in the report)
	 * @param progress overall fraction over the recordings; log lines per recording
	 */
	public static SpotReport run(String dataset, List<? extends Recording> recordings, SpotSettings settings, FramePreparation preparation,
		Spotter spotter, Progress progress, Listener listener) {
		List<VideoOutcome> outcomes = new ArrayList<>();
		int n = recordings.size();
		for (int i = 0; i < n; i++) {
			progress.checkCanceled();
			Recording rec = recordings.get(i);
			VideoOutcome outcome = spotOne(rec, settings, preparation, spotter, new Scaled(progress, (double) i / n, 1.0 / n));
			outcomes.add(outcome);
			listener.done(rec, outcome);
		}
		progress.progress(1);
		return new SpotReport(dataset, spotter.id(), settings, preparation, outcomes);
	}

	static VideoOutcome spotOne(Recording rec, SpotSettings template, FramePreparation preparation, Spotter spotter, Progress progress) {
		double fps = rec.fps();
		List<GroundTruthInterval> truth = rec.truth();
		try {
			SpotSettings settings;
			try {
				settings = template.withFps(fps);
			}
			catch (InputException e) {
				throw new InputException("fps of " + rec.video() + " is missing or zero (" + fps + ")");
			}
			try (FrameSource source = preparation.open(rec::open)) {
				return new VideoOutcome(rec, fps, spotter.spot(source, settings, progress), truth, null);
			}
		}
		catch (InputException e) {
			progress.log("cannot spot " + rec.subject() + "/" + rec.video() + ": " + e.getMessage());
			return new VideoOutcome(rec, fps, null, truth, e.getMessage());
		}
	}

	/** Maps a recording's progress [0, 1] to [offset, offset + span] of the whole run. */
	static final class Scaled implements Progress {
		private final Progress outer;
		private final double offset, span;

		Scaled(Progress outer, double offset, double span) {
			this.outer = outer;
			this.offset = offset;
			this.span = span;
		}

		@Override public void status(String message) { outer.status(message); }
		@Override public void progress(double fraction) { outer.progress(offset + span * Math.max(0, Math.min(1, fraction))); }
		@Override public void log(String message) { outer.log(message); }
		@Override public boolean isCanceled() { return outer.isCanceled(); }
	}
}
