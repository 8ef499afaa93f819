package org.mer.data.recording;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mer.clip.FrameSource;
import org.mer.clip.FrameSources;
import org.mer.core.InputException;
import org.mer.spot.GroundTruthInterval;
import org.mer.spot.Recording;

/**
 * The recordings of a dataset while a reader collects them: each found recording is opened once
 * to learn its first and last frame numbers (a folder decodes its first frame, a video counts its
 * packets), then sheet rows add their intervals. Insertion order is kept. Not thread safe.
 */
final class RecordingList {
	/** One recording being collected. */
	static final class Entry {
		final String subject, video;
		final Path source;
		final double fps;
		final int first, last;
		final List<GroundTruthInterval> truth = new ArrayList<>();

		Entry(String subject, String video, Path source, double fps, int first, int last) {
			this.subject = subject;
			this.video = video;
			this.source = source;
			this.fps = fps;
			this.first = first;
			this.last = last;
		}

		String span() {
			return "frames " + first + ".." + last;
		}
	}

	private final Map<String, Entry> byVideo = new LinkedHashMap<>();

	/**
	 * Adds a recording unless its video id is taken or its frames cannot be opened (both reported
	 * in {@code issues}).
	 */
	void add(String subject, String video, Path source, double fps, List<String> issues) {
		if (byVideo.containsKey(video)) {
			issues.add("recording " + source + ": same video " + video + " as " + byVideo.get(video).source + "; skipped");
			return;
		}
		try (FrameSource frames = FrameSources.open(source)) {
			int[] n = frames.frameNumbers();
			byVideo.put(video, new Entry(subject, video, source, fps, n[0], n[n.length - 1]));
		}
		catch (InputException e) {
			issues.add("recording " + source + ": " + e.getMessage() + "; skipped");
		}
	}

	/** The recording of a video id, or null. */
	Entry get(String video) {
		return byVideo.get(video);
	}

	/** The first recording (in insertion order) that satisfies {@code test}, or null. */
	Entry first(java.util.function.Predicate<Entry> test) {
		for (Entry e : byVideo.values())
			if (test.test(e)) return e;
		return null;
	}

	boolean isEmpty() {
		return byVideo.isEmpty();
	}

	List<Recording> build() {
		List<Recording> out = new ArrayList<>();
		for (Entry e : byVideo.values()) out.add(new DatasetRecording(e.subject, e.video, e.source, e.fps, e.truth));
		return out;
	}
}
