package org.mer.data.synth;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One long recording {@link LongRecordingGenerator} wrote: its names, size, what files hold it
 * (null for an output that was not asked for) and its ground truth. Frame numbers are absolute
 * as in the files and the sheet: the first frame is 1. Immutable.
 */
public final class GeneratedRecording {
	/** One ground-truth interval: kind micro, macro, blink or head_turn; frames inclusive; apex -1 for blinks and turns. */
	public static final class Interval {
		private final String kind, label, actionUnits;
		private final int onset, apex, offset;
		private final double peak;

		Interval(String kind, int onset, int apex, int offset, String label, String actionUnits, double peak) {
			this.kind = kind;
			this.onset = onset;
			this.apex = apex;
			this.offset = offset;
			this.label = label;
			this.actionUnits = actionUnits;
			this.peak = peak;
		}

		/** micro, macro, blink or head_turn. */
		public String kind() { return kind; }
		public int onset() { return onset; }
		/** Apex frame, or -1 (blinks, head turns). */
		public int apex() { return apex; }
		public int offset() { return offset; }
		/** Class name of an expression, "" otherwise. */
		public String label() { return label; }
		public String actionUnits() { return actionUnits; }
		/** Largest displacement of an expression (face coordinates), pixels; 0 otherwise. */
		public double peak() { return peak; }

		@Override
		public String toString() {
			return kind + " " + onset + ".." + offset + (apex > 0 ? " apex " + apex : "") + (label.isEmpty() ? "" : " " + label);
		}
	}

	private final String subject, video;
	private final double fps;
	private final int frames, width, height, jpegQuality;
	private final Path frameFolder, lossless, mp4, truth;
	private final List<Interval> intervals;

	GeneratedRecording(String subject, String video, double fps, int frames, int width, int height, int jpegQuality, Path frameFolder, Path lossless,
		Path mp4, Path truth, List<Interval> intervals) {
		this.subject = subject;
		this.video = video;
		this.fps = fps;
		this.frames = frames;
		this.width = width;
		this.height = height;
		this.jpegQuality = jpegQuality;
		this.frameFolder = frameFolder;
		this.lossless = lossless;
		this.mp4 = mp4;
		this.truth = truth;
		this.intervals = Collections.unmodifiableList(new ArrayList<>(intervals));
	}

	public String subject() { return subject; }
	public String video() { return video; }
	public double fps() { return fps; }
	/** Number of frames, numbered 1..frames. */
	public int frames() { return frames; }
	public int width() { return width; }
	public int height() { return height; }
	/** JPEG quality of the frame files (when JPEG). */
	public int jpegQuality() { return jpegQuality; }
	public Path frameFolder() { return frameFolder; }
	public Path losslessVideo() { return lossless; }
	public Path mp4Video() { return mp4; }
	/** Per-frame truth csv: frame then {@link NuisanceClip#TRUTH_COLUMNS}. */
	public Path truth() { return truth; }
	/** Expressions, blinks and head turns, by onset. */
	public List<Interval> intervals() { return intervals; }

	/** The micro- and macro-expressions only, by onset (what the coding sheet lists). */
	public List<Interval> expressions() {
		List<Interval> out = new ArrayList<>();
		for (Interval i : intervals) if (i.kind.equals("micro") || i.kind.equals("macro")) out.add(i);
		return out;
	}
}
