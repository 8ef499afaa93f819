package org.mer.train;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.mer.attention.AttentionScore;

/**
 * The prediction for one test sample of one fold: who it is, its true and predicted class
 * indices (in the run's class list), the class probabilities and, when the sample's moving
 * region is known and the network has attention maps, how each attention view of the fold's
 * network scored against it ({@link org.mer.attention.Faithfulness}). Immutable.
 */
public final class TestPrediction {
	private final String dataset, subject, sampleId, fold;
	private final int truth, predicted;
	private final float[] probabilities;
	private final Map<String, AttentionScore> attention;

	public TestPrediction(String dataset, String subject, String sampleId, String fold, int truth, int predicted,
		float[] probabilities)
	{
		this(dataset, subject, sampleId, fold, truth, predicted, probabilities, Collections.emptyMap());
	}

	/** @param attention view id ({@link org.mer.attention.AttentionView#id()}) to score, in view order; empty when not scored */
	public TestPrediction(String dataset, String subject, String sampleId, String fold, int truth, int predicted,
		float[] probabilities, Map<String, AttentionScore> attention)
	{
		this.dataset = Objects.requireNonNull(dataset);
		this.subject = Objects.requireNonNull(subject);
		this.sampleId = Objects.requireNonNull(sampleId);
		this.fold = Objects.requireNonNull(fold);
		this.truth = truth;
		this.predicted = predicted;
		this.probabilities = probabilities.clone();
		this.attention = Collections.unmodifiableMap(new LinkedHashMap<>(attention));
	}

	public String dataset() { return dataset; }
	public String subject() { return subject; }
	public String sampleId() { return sampleId; }
	/** Name of the fold that tested this sample. */
	public String fold() { return fold; }
	public int truth() { return truth; }
	public int predicted() { return predicted; }
	public boolean correct() { return truth == predicted; }

	/** Softmax probabilities, one per class (a copy). */
	public float[] probabilities() { return probabilities.clone(); }

	/** Attention view id to its score against the sample's moving region; empty when not scored. */
	public Map<String, AttentionScore> attention() { return attention; }
}
