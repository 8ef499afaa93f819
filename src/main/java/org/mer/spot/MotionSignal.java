package org.mer.spot;

import java.util.List;
import java.util.Optional;

import org.mer.face.FaceBox;

/**
 * The spotting signal of one recording, one value per analysed frame (see {@link SignalBuilder}
 * for how it is made). Index i of every array belongs to frame {@code frameNumbers()[i]} (the
 * source's own numbers, ascending). Values are flow magnitudes in pixels of the analysis frame.
 * <ul>
 * <li>{@link #region(int)}: per facial region ({@link FaceRegions#NAMES}), as measured;</li>
 * <li>{@link #head()}: the magnitude of the nose region's (median) flow, i.e. head motion, compared
 * with the neighbours like the regions;</li>
 * <li>{@link #combined()}: at each frame the largest region value after subtracting that region's
 * median over the recording, over the regions that count (all but the nose under
 * {@link HeadMotion#NOSE});</li>
 * <li>{@link #smoothed()}: the combined signal after a centred moving average of
 * {@link #smoothingFrames()} frames (shorter at the ends); peaks are found on this one.</li>
 * </ul>
 * The first and last k frames have no neighbour on one side: region and head values are NaN
 * there, combined values 0 (no expression can be spotted there).
 * When decoding failed part way, the arrays end at the last good frame and {@link #errorNote()}
 * says what happened. Immutable: accessors return copies.
 */
public final class MotionSignal {
	private final String name;
	private final double fps;
	private final int k, smoothingFrames, framesHeld;
	private final int[] frameNumbers;
	private final float[][] regions;
	private final float[] head, combined, smoothed;
	private final FaceBox faceBox;
	private final String errorNote;

	MotionSignal(String name, double fps, int k, int smoothingFrames, int framesHeld, int[] frameNumbers, float[][] regions,
		float[] head, float[] combined, float[] smoothed, FaceBox faceBox, String errorNote) {
		this.name = name;
		this.fps = fps;
		this.k = k;
		this.smoothingFrames = smoothingFrames;
		this.framesHeld = framesHeld;
		this.frameNumbers = frameNumbers;
		this.regions = regions;
		this.head = head;
		this.combined = combined;
		this.smoothed = smoothed;
		this.faceBox = faceBox;
		this.errorNote = errorNote;
	}

	/** The recording's name (the source's). */
	public String name() { return name; }
	public double fps() { return fps; }
	/** The window half-length k in frames. */
	public int k() { return k; }
	public int smoothingFrames() { return smoothingFrames; }
	/** Number of analysed frames (the length of every array). */
	public int length() { return frameNumbers.length; }
	/** Frame numbers of the analysed frames, ascending. */
	public int[] frameNumbers() { return frameNumbers.clone(); }
	public int frameNumber(int index) { return frameNumbers[index]; }
	/** Region names, in the order of {@link #region(int)}. */
	public List<String> regionNames() { return FaceRegions.NAMES; }
	/** The signal of region {@code index} of {@link #regionNames()}. */
	public float[] region(int index) { return regions[index].clone(); }
	public float[] head() { return head.clone(); }
	public float[] combined() { return combined.clone(); }
	public float[] smoothed() { return smoothed.clone(); }
	/** The face box in source pixels that the regions were placed in. */
	public FaceBox faceBox() { return faceBox; }
	/** Most analysis frames held in memory at once while the signal was built: k + 1 in the ring and those decoded ahead. */
	public int framesHeld() { return framesHeld; }
	/** Why the signal ends early (a frame that could not be decoded); empty when complete. */
	public Optional<String> errorNote() { return Optional.ofNullable(errorNote); }
}
