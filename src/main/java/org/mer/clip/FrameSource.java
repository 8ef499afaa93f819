package org.mer.clip;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.real.FloatType;

/**
 * Random access to the frames of one recording (an ImagePlus stack, a folder of frame files,
 * a video file), addressed by absolute frame number as dataset sheets give them.
 * <p>
 * Frames are {@code RandomAccessibleInterval<FloatType>} with axis order (X, Y, C), C = 1 for
 * grey and 3 for RGB (R, G, B), values in the source's own range (0..255 for 8-bit, 0..65535
 * for 16-bit, as stored for 32-bit). Implementations wrap the decoded pixels without copying
 * where the type allows (a converted view, not a copy). Only the frames asked for are decoded:
 * a source never loads the whole recording.
 * <p>
 * Frame numbers: folder sources take them from the digits in the file name ({@code img46.jpg}
 * is 46; files sorted numerically); stacks and videos number frames from 1. Not thread safe
 * unless {@link #concurrentReads()} says so; the caller owns the source and closes it.
 */
public interface FrameSource extends AutoCloseable {

	/** Name for messages and outputs, e.g. the folder, file or image title. */
	String name();

	/** The absolute frame numbers available, ascending, never empty. */
	int[] frameNumbers();

	long width();

	long height();

	/** 1 (grey) or 3 (RGB). */
	int channels();

	/**
	 * Decodes one frame.
	 *
	 * @throws org.mer.core.InputException naming the file and frame when it is missing,
	 *           unreadable or of another size than the first frame.
	 */
	RandomAccessibleInterval<FloatType> frame(int frameNumber);

	/**
	 * Whether {@link #frame(int)} may be called from several threads at once (each call then
	 * decodes on its own thread, as {@link FrameReader} does to decode ahead in parallel). False
	 * unless a source says otherwise: a video decoder or an ImageJ virtual stack reads one frame
	 * at a time.
	 */
	default boolean concurrentReads() {
		return false;
	}

	/**
	 * Whether frame {@code frameNumber} is already decoded and held in memory, so that
	 * {@link #frame(int)} returns it at once (a {@link CachingFrameSource}'s kept frames);
	 * {@link FrameReader} then reads it on the calling thread instead of handing it to a decoder.
	 * False unless a source knows better.
	 */
	default boolean inMemory(int frameNumber) {
		return false;
	}

	/**
	 * Frames per second as the source itself states it (a video's container, an ImageJ image's
	 * calibration); NaN when it states none (frame folders, plain stacks) or a rate that is not
	 * &gt; 0. Wrappers that show the same frames report their source's rate.
	 */
	default double frameRate() {
		return Double.NaN;
	}

	/** Releases files and native decoders. */
	@Override
	void close();
}
