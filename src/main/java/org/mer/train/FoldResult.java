package org.mer.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What one finished fold produced: its test predictions, the epoch history and the selected
 * epoch. This is what a checkpoint stores; a resumed run reads it back instead of retraining.
 * Immutable.
 */
public final class FoldResult {
	private final int index;
	private final String name;
	private final List<String> testSubjects, validationSubjects;
	private final int selectedEpoch;
	private final List<EpochRecord> history;
	private final List<TestPrediction> predictions;

	public FoldResult(int index, String name, List<String> testSubjects, List<String> validationSubjects, int selectedEpoch,
		List<EpochRecord> history, List<TestPrediction> predictions)
	{
		this.index = index;
		this.name = name;
		this.testSubjects = Collections.unmodifiableList(new ArrayList<>(testSubjects));
		this.validationSubjects = Collections.unmodifiableList(new ArrayList<>(validationSubjects));
		this.selectedEpoch = selectedEpoch;
		this.history = Collections.unmodifiableList(new ArrayList<>(history));
		this.predictions = Collections.unmodifiableList(new ArrayList<>(predictions));
	}

	public int index() { return index; }
	public String name() { return name; }
	public List<String> testSubjects() { return testSubjects; }
	public List<String> validationSubjects() { return validationSubjects; }
	/** 1-based epoch whose weights made the predictions. */
	public int selectedEpoch() { return selectedEpoch; }
	public List<EpochRecord> history() { return history; }
	public List<TestPrediction> predictions() { return predictions; }

	/** Metrics of this fold alone (labelled per-fold in reports; the headline numbers are pooled). */
	public Metrics metrics(List<String> classes) {
		return RunResult.metricsOf(classes, predictions);
	}
}
