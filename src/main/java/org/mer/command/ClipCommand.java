package org.mer.command;

import java.util.function.Supplier;

import ij.ImagePlus;

import org.mer.clip.FrameSource;
import org.mer.ij.ImagePlusFrameSource;
import org.scijava.plugin.Parameter;

/**
 * The parameters of the commands that read one clip: the current image or a clip path, onset,
 * apex and offset, and the face crop (Create MESTI, Create Input Modality, Classify).
 */
abstract class ClipCommand extends MerCommand {
	@Parameter(required = false, label = "Image", description = "Current image (a stack of frames); used when no clip path is given")
	private ImagePlus image;

	@Parameter(required = false, persist = false)
	private String clip;

	@Parameter(persist = false)
	private int onset_frame;

	@Parameter(persist = false)
	private int apex_frame;

	@Parameter(persist = false)
	private int offset_frame;

	@Parameter(persist = false)
	private boolean crop_face;

	/** Opens the current image for a use case; null when there is none. */
	protected Supplier<FrameSource> currentImage() {
		return image == null ? null : () -> new ImagePlusFrameSource(image);
	}
}
