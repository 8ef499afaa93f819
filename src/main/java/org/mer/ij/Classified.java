package org.mer.ij;

import java.nio.file.Path;

import ij.ImagePlus;

import org.mer.classify.Prediction;
import org.mer.core.InputException;

/**
 * A classified clip as the front ends show it: the prediction, the image it is shown on (the
 * model's modality image in 8-bit, or the clip's apex frame) and the model folder. The shown
 * image carries this object as its {@value #PROPERTY} property, which is how Show Gradient
 * Attention finds the attention of the current image. Immutable.
 */
public final class Classified {
	/** ImagePlus property key holding a {@link Classified}. */
	public static final String PROPERTY = "org.mer.classified";

	private final Prediction prediction;
	private final ImagePlus image;
	private final Path modelDir;
	private final String clipName;

	public Classified(Prediction prediction, ImagePlus image, Path modelDir, String clipName) {
		this.prediction = prediction;
		this.image = image;
		this.modelDir = modelDir;
		this.clipName = clipName;
	}

	public Prediction prediction() { return prediction; }

	/** The image the prediction is shown on; not yet displayed. */
	public ImagePlus image() { return image; }

	public Path modelDir() { return modelDir; }

	/** Name of the classified clip (folder, video or image title). */
	public String clipName() { return clipName; }

	/**
	 * @return the classification the image carries
	 * @throws InputException when the image was not made by Classify Micro-expression
	 */
	public static Classified of(ImagePlus image) {
		if (image == null) throw new InputException("no image open: run Classify Micro-expression first");
		Object value = image.getProperty(PROPERTY);
		if (!(value instanceof Classified))
			throw new InputException("image '" + image.getTitle() + "' has no attention: run Classify Micro-expression first and use its result image");
		return (Classified) value;
	}
}
