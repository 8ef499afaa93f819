package org.mer.classify;

import java.util.Collections;
import java.util.List;

import org.mer.mesti.ModalityImage;

/**
 * What {@link Classifier} returns for one clip or modality image: class names in the model's
 * order, softmax probabilities (same order, summing to 1), the raw logits, the predicted class
 * (highest probability, first on ties), the modality image the network saw (before resizing
 * to the network input), the attention maps and the time taken.
 * <p>
 * Attention maps: for networks with Gradient Attention (MEGANet) one map per GA block, in
 * network order, each upsampled bilinearly (half-pixel centres, as PyTorch's
 * {@code interpolate(align_corners=False)}) to the modality image's width x height, as
 * row-major float arrays ({@code map[y * width + x]}) with values in [0, 1]; plus their
 * pixel-wise mean. Networks without attention give an empty list and a null mean. Immutable
 * after construction (arrays are shared, do not modify them).
 */
public final class Prediction {
	private final List<String> classNames;
	private final float[] probabilities, logits;
	private final int predicted;
	private final ModalityImage image;
	private final List<float[]> attentionMaps;
	private final float[] meanAttention;
	private final int width, height;
	private final double timeMs;

	Prediction(List<String> classNames, float[] logits, float[] probabilities, ModalityImage image,
		List<float[]> attentionMaps, float[] meanAttention, int width, int height, double timeMs)
	{
		this.classNames = Collections.unmodifiableList(classNames);
		this.logits = logits;
		this.probabilities = probabilities;
		int best = 0;
		for (int i = 1; i < probabilities.length; i++)
			if (probabilities[i] > probabilities[best]) best = i;
		this.predicted = best;
		this.image = image;
		this.attentionMaps = Collections.unmodifiableList(attentionMaps);
		this.meanAttention = meanAttention;
		this.width = width;
		this.height = height;
		this.timeMs = timeMs;
	}

	/** Class names in the model's output order. */
	public List<String> classNames() { return classNames; }

	/** Softmax probabilities, one per class, in {@link #classNames()} order. */
	public float[] probabilities() { return probabilities; }

	/** The network's raw outputs before softmax. */
	public float[] logits() { return logits; }

	/** Index of the most probable class. */
	public int predictedIndex() { return predicted; }

	/** Name of the most probable class. */
	public String predictedName() { return classNames.get(predicted); }

	/** Probability of the predicted class. */
	public float confidence() { return probabilities[predicted]; }

	/** The modality image the network classified (axis order X, Y, C). */
	public ModalityImage image() { return image; }

	/** Per-block attention maps, width x height row-major, values in [0, 1]; empty without attention. */
	public List<float[]> attentionMaps() { return attentionMaps; }

	/** Pixel-wise mean of {@link #attentionMaps()}, or null when there are none. */
	public float[] meanAttention() { return meanAttention; }

	public boolean hasAttention() { return !attentionMaps.isEmpty(); }

	/** Width of the attention maps = width of the modality image. */
	public int width() { return width; }

	/** Height of the attention maps = height of the modality image. */
	public int height() { return height; }

	/**
	 * Milliseconds spent: modality computation (when classifying a clip), input preparation,
	 * forward pass and attention upsampling.
	 */
	public double timeMs() { return timeMs; }

	@Override
	public String toString() {
		return image.sourceName() + ": " + predictedName() + " (p=" + confidence() + ")";
	}
}
