package org.mer.train;

import java.util.Objects;

/**
 * The prediction for one test sample of one fold: who it is, its true and predicted class
 * indices (in the run's class list) and the class probabilities. Immutable.
 */
public final class TestPrediction {
	private final String dataset, subject, sampleId, fold;
	private final int truth, predicted;
	private final float[] probabilities;

	public TestPrediction(String dataset, String subject, String sampleId, String fold, int truth, int predicted,
		float[] probabilities)
	{
		this.dataset = Objects.requireNonNull(dataset);
		this.subject = Objects.requireNonNull(subject);
		this.sampleId = Objects.requireNonNull(sampleId);
		this.fold = Objects.requireNonNull(fold);
		this.truth = truth;
		this.predicted = predicted;
		this.probabilities = probabilities.clone();
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
}
