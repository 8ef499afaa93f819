package org.mer.spot;

import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One recording's line of a {@link SpotReport}: what was spotted and how it scored. When the
 * recording could not be spotted at all ({@link #error()} set: too short, no face, unreadable),
 * it has no intervals and all its ground truth counts as false negatives; when decoding failed
 * part way ({@link #partialNote()} set) the intervals found up to the last good frame count.
 * Immutable.
 */
public final class VideoOutcome {
	private final String subject, video;
	private final double fps;
	private final SpotResult result;
	private final List<GroundTruthInterval> truth;
	private final SpotScore score;
	private final String error;

	VideoOutcome(Recording recording, double fps, SpotResult result, List<GroundTruthInterval> truth, String error) {
		this.subject = recording.subject();
		this.video = recording.video();
		this.fps = fps;
		this.result = result;
		this.truth = Collections.unmodifiableList(List.copyOf(truth));
		this.error = error;
		this.score = SpotScore.of(intervals(), this.truth);
	}

	public String subject() { return subject; }
	public String video() { return video; }
	public double fps() { return fps; }
	/** The spotter's result; empty when the recording failed. */
	public Optional<SpotResult> result() { return Optional.ofNullable(result); }
	public List<SpottedInterval> intervals() { return result == null ? List.of() : result.intervals(); }
	public List<GroundTruthInterval> truth() { return truth; }
	public SpotScore score() { return score; }
	/** Why nothing was spotted (one line); empty when the spotter ran. */
	public Optional<String> error() { return Optional.ofNullable(error); }
	/** Why the spotted part ends early; empty when the whole recording was read. */
	public Optional<String> partialNote() { return result == null ? Optional.empty() : result.errorNote(); }
}
