package org.mer.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * RunResults made directly (no training) for the statistics tests: synthetic numbers only.
 * Subjects s0..s(n-1), each its own LOSO fold with {@code perSubject} samples whose true class is
 * {@code sample % 3}; a sample is predicted right when {@code correct.test(subject, sample)},
 * else as the next class.
 */
final class SyntheticRuns {
	/** Decides whether a prediction is right. */
	interface Correct {
		boolean test(int subject, int sample);
	}

	private SyntheticRuns() {}

	static RunResult run(long seed, int subjects, int perSubject, Correct correct) {
		List<FoldResult> folds = new ArrayList<>();
		for (int s = 0; s < subjects; s++) {
			List<TestPrediction> predictions = new ArrayList<>();
			for (int i = 0; i < perSubject; i++) {
				int truth = i % 3, predicted = correct.test(s, i) ? truth : (truth + 1) % 3;
				float[] p = new float[3];
				p[predicted] = 1;
				predictions.add(new TestPrediction("synthetic", "s" + s, "s" + s + "/" + i, "s" + s, truth, predicted, p));
			}
			folds.add(new FoldResult(s, "s" + s, Collections.singletonList("s" + s), Collections.emptyList(), 1, Collections.emptyList(),
				predictions));
		}
		return new RunResult("synthetic", TinyClips.CLASSES, TinyClips.settings(1).seed(seed).build(), folds, 0);
	}
}
