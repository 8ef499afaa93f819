package org.mer.data.recording;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.mer.clip.FrameSource;
import org.mer.clip.FrameSources;
import org.mer.spot.GroundTruthInterval;
import org.mer.spot.Recording;

/** A recording a reader found: a frame folder or video file, its frame rate and ground truth. Immutable. */
final class DatasetRecording implements Recording {
	private final String subject, video;
	private final Path source;
	private final double fps;
	private final List<GroundTruthInterval> truth;

	DatasetRecording(String subject, String video, Path source, double fps, List<GroundTruthInterval> truth) {
		this.subject = subject;
		this.video = video;
		this.source = source;
		this.fps = fps;
		List<GroundTruthInterval> sorted = new ArrayList<>(truth);
		sorted.sort((a, b) -> a.onset() != b.onset() ? Integer.compare(a.onset(), b.onset()) : Integer.compare(a.offset(), b.offset()));
		this.truth = Collections.unmodifiableList(sorted);
	}

	@Override public String subject() { return subject; }
	@Override public String video() { return video; }
	@Override public double fps() { return fps; }
	/** Sorted by onset. */
	@Override public List<GroundTruthInterval> truth() { return truth; }

	/** The frame folder or video file. */
	Path source() { return source; }

	@Override
	public FrameSource open() {
		return FrameSources.open(source);
	}

	@Override
	public String toString() {
		return subject + "/" + video + " (" + source + ", " + fps + " fps, " + truth.size() + " intervals)";
	}
}
