package org.mer.app;

import java.nio.file.Path;
import java.util.function.Supplier;

import org.mer.clip.Clip;
import org.mer.clip.ClipRange;
import org.mer.clip.FrameSource;
import org.mer.clip.FrameSources;
import org.mer.core.InputException;
import org.mer.face.FaceCrop;
import org.mer.mesti.ModalityClips;
import org.mer.mesti.ModalitySettings;

/**
 * Where a use case's clip comes from, and its range: {@link Params#CLIP} when given, else the
 * current image that an ImageJ front end supplies. Stateless.
 */
final class ClipSources {
	private ClipSources() {}

	/** Onset, apex and offset of the values; 0 means absent (first frame, spotted apex, last frame). */
	static ClipRange range(ParamValues v) {
		return new ClipRange(v.get(Params.ONSET_FRAME), v.get(Params.APEX_FRAME), v.get(Params.OFFSET_FRAME));
	}

	/**
	 * Opens the clip, face-cropped when {@link Params#CROP_FACE} is on (the face is found on the
	 * onset frame of {@code range}). The caller closes the source (closing an image source leaves
	 * the image open).
	 *
	 * @param currentImage opens the current image; null where there is none (the command line)
	 * @throws InputException when neither a clip nor an image is there, the path cannot be opened
	 *           or no face is found (the opened source is then closed)
	 */
	static FrameSource open(ParamValues v, Supplier<FrameSource> currentImage, ClipRange range) {
		Path clip = v.path(Params.CLIP);
		FrameSource source;
		if (clip != null) source = FrameSources.open(clip);
		else if (currentImage != null) source = currentImage.get();
		else throw v.error(Params.CLIP, v.frontEnd().isImageJ() ? "is empty and no image is open" : "is missing: give a frame folder or a video (--frames DIR, --video FILE)");
		if (!v.get(Params.CROP_FACE)) return source;
		try {
			return FaceCrop.apply(source, range.resolveBounds(source)[0]);
		}
		catch (RuntimeException e) {
			source.close();
			throw e;
		}
	}

	/**
	 * Resolves the range on an open source (SPEC §5), after aligning the frames when the settings
	 * ask for it ({@link ModalityClips}). An apex the user typed is honoured or
	 * refused, never silently replaced (a sheet's invalid apex, in batches, is replaced and
	 * reported instead).
	 *
	 * @throws InputException naming the apex parameter when it lies outside the clip
	 */
	static ModalityClips.Resolved resolve(ParamValues v, FrameSource source, ClipRange range, ModalitySettings settings) {
		Integer apex = range.apex();
		if (apex != null) {
			int[] bounds = range.resolveBounds(source);
			if (apex < bounds[0] || apex > bounds[1])
				throw v.error(Params.APEX_FRAME, apex + " is outside the clip " + source.name() + " (onset " + bounds[0] + " .. offset " + bounds[1] + ")");
		}
		return ModalityClips.resolve(source, range, settings);
	}

	/** "clip NAME: onset 46, apex 63 (given), offset 75, 30 frames" for logs and the command line. */
	static String describe(Clip clip) {
		return "clip " + clip.name() + ": onset " + clip.onset() + ", apex " + clip.apex() + " (" + clip.apexMethod().id()
			+ (clip.apexNote().isEmpty() ? "" : ": " + clip.apexNote()) + "), offset " + clip.offset() + ", " + clip.length() + " frames";
	}
}
