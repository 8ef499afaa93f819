package org.mer.train;

import java.util.Collections;
import java.util.List;

import org.mer.data.Sample;

/**
 * One train/validation/test split of a dataset by subject. No subject is in two of the three
 * lists; the validation samples (possibly none) come from subjects other than the test subjects
 * and serve only for early stopping. Immutable.
 */
public final class Fold {
	private final int index;
	private final String name;
	private final List<String> testSubjects, validationSubjects;
	private final List<Sample> train, validation, test;

	public Fold(int index, String name, List<String> testSubjects, List<String> validationSubjects, List<Sample> train,
		List<Sample> validation, List<Sample> test)
	{
		this.index = index;
		this.name = name;
		this.testSubjects = Collections.unmodifiableList(testSubjects);
		this.validationSubjects = Collections.unmodifiableList(validationSubjects);
		this.train = Collections.unmodifiableList(train);
		this.validation = Collections.unmodifiableList(validation);
		this.test = Collections.unmodifiableList(test);
	}

	/** 0-based position of the fold in its protocol (fold seeds derive from it). */
	public int index() { return index; }

	/** Label for reports: the test subject for LOSO, "fold-3" for k-fold, "fixed" for a fixed split. */
	public String name() { return name; }

	public List<String> testSubjects() { return testSubjects; }

	public List<String> validationSubjects() { return validationSubjects; }

	public List<Sample> train() { return train; }

	public List<Sample> validation() { return validation; }

	public List<Sample> test() { return test; }

	@Override
	public String toString() {
		return "fold " + index + " (" + name + "): train " + train.size() + ", validation " + validation.size() + ", test "
			+ test.size();
	}
}
