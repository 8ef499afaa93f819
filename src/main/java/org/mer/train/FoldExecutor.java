package org.mer.train;

import java.util.List;

import org.mer.core.Progress;
import org.mer.data.Sample;
import org.mer.mesti.ModalitySettings;

/**
 * Trains the folds of a {@link ProtocolRunner} run that are not read from checkpoints, somewhere
 * other than the calling thread (e.g. as Spark tasks, see {@code org.mer.exec}). The runner
 * plans the folds, resumes, checkpoints and pools; an executor only decides where
 * {@link ProtocolRunner#trainFold} runs for each fold, so every engine gives the same numbers.
 */
public interface FoldExecutor {

	/** Receives finished folds; called on the thread that called {@link #trainAll}, once per fold. */
	interface Sink {
		void done(FoldResult result);
	}

	/**
	 * Trains every fold of {@code folds} with {@link ProtocolRunner#trainFold} (on a runner with the
	 * same settings) and passes each result to {@code sink} on the calling thread, in any order,
	 * exactly once per fold, as soon as it is available.
	 *
	 * @param runner the runner whose settings and cache apply
	 * @param folds the folds to train (a subset of {@code runner.folds(samples of examples)})
	 * @param examples all examples of the run, in the run's sample order
	 * @throws org.mer.core.CanceledException when {@code progress} is canceled; folds already
	 *           passed to the sink stay done
	 */
	void trainAll(ProtocolRunner runner, List<Fold> folds, List<Example> examples, List<String> classes, Sink sink,
		Progress progress);

	/**
	 * Called before the run's examples are loaded through {@code cache} on the calling thread:
	 * an executor may compute the samples' modality images elsewhere into the cache (which must
	 * then be a folder every machine sees), so that loading only reads them. Samples that fail
	 * there are left for the caller, which reports them. Default: nothing.
	 */
	default void prepare(List<Sample> samples, ModalitySettings modality, ModalityCache cache, Progress progress) {}
}
