package org.mer.command;

import java.nio.file.Paths;

import ij.ImagePlus;

import org.mer.clip.ClipRange;
import org.mer.clip.FrameSource;
import org.mer.clip.FrameSources;
import org.mer.core.InputException;
import org.mer.face.FaceCrop;
import org.mer.ij.ImagePlusFrameSource;

/** Where a command's clip comes from: a frame folder or video path, else the current image. */
public final class ClipSources {
	private ClipSources() {}

	/**
	 * @param image the current image, may be null
	 * @param clip a frame folder or video file; when not blank it wins over the image
	 * @return a source the caller closes (closing an image source leaves the image open)
	 * @throws InputException when neither is given or the path cannot be opened
	 */
	public static FrameSource open(ImagePlus image, String clip) {
		if (clip != null && !clip.trim().isEmpty()) return FrameSources.open(Paths.get(clip.trim()));
		if (image == null) throw new InputException("no " + ParameterNames.CLIP + " given and no image open");
		return new ImagePlusFrameSource(image);
	}

	/**
	 * As {@link #open(ImagePlus, String)}, then, when {@code cropFace}, cropped to the face found
	 * in the onset frame of {@code range}. Closing the returned source closes the opened one.
	 *
	 * @throws InputException also when no face is found (the opened source is then closed)
	 */
	public static FrameSource open(ImagePlus image, String clip, ClipRange range, boolean cropFace) {
		FrameSource source = open(image, clip);
		if (!cropFace) return source;
		try {
			return FaceCrop.apply(source, range.resolveBounds(source)[0]);
		}
		catch (RuntimeException e) {
			source.close();
			throw e;
		}
	}
}
