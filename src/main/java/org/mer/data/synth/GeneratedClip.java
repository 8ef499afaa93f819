package org.mer.data.synth;

import java.nio.file.Path;

/**
 * One clip the generator wrote: its sheet row values, where its frames and apex mask are, and
 * its ground truth (peak displacement, blink). Frame numbers are absolute, as in the sheet.
 * Immutable.
 */
public final class GeneratedClip {
	private final String subject, filename, emotion, actionUnits;
	private final Path frames, mask, truth;
	private final int onset, apex, offset;
	private final double peak;
	private final boolean blink;

	GeneratedClip(String subject, String filename, Path frames, Path mask, int onset, int apex, int offset,
		String emotion, String actionUnits, double peak, boolean blink, Path truth) {
		this.subject = subject;
		this.filename = filename;
		this.frames = frames;
		this.mask = mask;
		this.onset = onset;
		this.apex = apex;
		this.offset = offset;
		this.emotion = emotion;
		this.actionUnits = actionUnits;
		this.peak = peak;
		this.blink = blink;
		this.truth = truth;
	}

	/** Subject as the sheet writes it ("01" for CASME II, "006" for SAMM). */
	public String subject() { return subject; }
	/** Sample name as the sheet's Filename column writes it (e.g. "EP02_01f", "006_1_2"). */
	public String filename() { return filename; }
	public Path frames() { return frames; }
	public Path mask() { return mask; }
	public int onset() { return onset; }
	public int apex() { return apex; }
	public int offset() { return offset; }
	/** Class name (the sheet's Estimated Emotion). */
	public String emotion() { return emotion; }
	public String actionUnits() { return actionUnits; }
	/** Largest displacement at the apex, pixels. */
	public double peak() { return peak; }
	public boolean blink() { return blink; }
	/** The per-frame ground truth csv (head pose, light, blink, amplitudes), or null for clips rendered without nuisances. */
	public Path truth() { return truth; }

	@Override
	public String toString() {
		return subject + "/" + filename + " " + emotion + " [" + onset + ", " + apex + ", " + offset + "] peak " + String.format("%.2f", peak) + " px";
	}
}
