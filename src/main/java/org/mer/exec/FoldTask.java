package org.mer.exec;

import java.util.ArrayList;
import java.util.List;

import org.mer.core.Progress;
import org.mer.data.Sample;
import org.mer.train.Example;
import org.mer.train.Fold;
import org.mer.train.FoldResult;
import org.mer.train.FoldTrainer;
import org.mer.train.ProtocolRunner;

/**
 * Runs one fold of a run in whatever JVM it lands in: rebuilds the settings, examples and folds
 * from their records and calls {@link ProtocolRunner#trainFold}, the same function the local engine
 * calls, so a fold gives the same result wherever and however often it runs (its seed comes
 * from the run seed and the fold index). Folds of one JVM run one at a time (the engine's random
 * generator is global); several executor JVMs train folds in parallel.
 */
public final class FoldTask {
	private static final Object ENGINE_LOCK = new Object();

	private FoldTask() {}

	/**
	 * @param foldIndex index of the fold in {@code runner.folds(samples)} for the set's samples
	 * @throws IllegalArgumentException when the index is not a fold of the run
	 */
	public static FoldResultRecord run(SettingsRecord settings, ExampleSet examples, int foldIndex) {
		List<Example> all = examples.toExamples();
		List<Sample> samples = new ArrayList<>(all.size());
		for (Example e : all)
			samples.add(e.sample());
		ProtocolRunner runner = new ProtocolRunner(settings.toSettings(), null);
		Fold fold = null;
		for (Fold f : runner.folds(samples))
			if (f.index() == foldIndex) fold = f;
		if (fold == null) throw new IllegalArgumentException("the run has no fold " + foldIndex);
		FoldResult result;
		synchronized (ENGINE_LOCK) {
			result = runner.trainFold(fold, all, FoldTrainer.Listener.NONE, Progress.NONE);
		}
		return new FoldResultRecord(result);
	}
}
