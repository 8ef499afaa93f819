package org.mer.exec.spark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;

import org.mer.core.CanceledException;
import org.mer.core.Progress;
import org.mer.data.Sample;
import org.mer.exec.ExampleSet;
import org.mer.exec.FoldResultRecord;
import org.mer.exec.ModalityTask;
import org.mer.exec.SampleRecord;
import org.mer.exec.SettingsRecord;
import org.mer.mesti.ModalitySettings;
import org.mer.train.Example;
import org.mer.train.Fold;
import org.mer.train.FoldExecutor;
import org.mer.train.ProtocolRunner;
import org.mer.train.ModalityCache;

/**
 * Trains each fold as one Spark task: the examples (network inputs computed on the driver) are
 * broadcast once, every fold is submitted as its own one-task job so that results come back,
 * and are checkpointed by the runner, as each fold ends. A task that fails or is retried
 * returns nothing partial: only a finished fold's whole result reaches the driver, and the
 * fold's seed makes a retry repeat it exactly.
 */
final class SparkFoldExecutor implements FoldExecutor {
	private static final long POLL_MS = 200;

	private final JavaSparkContext spark;
	private final FoldFunction function;

	SparkFoldExecutor(JavaSparkContext spark, FoldFunction function) {
		this.spark = spark;
		this.function = function;
	}

	/** Computes the samples' modality images into the cache as Spark tasks (executors read the frames). */
	@Override
	public void prepare(List<Sample> samples, ModalitySettings modality, ModalityCache cache, Progress progress) {
		if (samples.isEmpty() || cache == null) return;
		List<SampleRecord> records = new ArrayList<>(samples.size());
		for (Sample s : samples)
			records.add(new SampleRecord(s));
		String folder = cache.folder().toAbsolutePath().normalize().toString();
		Map<String, String> settings = ModalityTask.settingsMap(modality);
		int partitions = Math.min(records.size(), Math.max(1, spark.defaultParallelism()) * 2);
		spark.setJobDescription("modality images (" + modality.key() + ")");
		progress.log("spark: computing " + records.size() + " modality images (" + modality.key() + ") into " + folder);
		long failed = spark.parallelize(records, partitions).map(r -> ModalityTask.compute(folder, settings, r))
			.filter(m -> m != null).count();
		if (failed > 0) progress.log("spark: " + failed + " samples could not be prepared there; they are computed here");
	}

	@Override
	public void trainAll(ProtocolRunner runner, List<Fold> folds, List<Example> examples, List<String> classes, Sink sink,
		Progress progress)
	{
		if (folds.isEmpty()) return;
		Broadcast<ExampleSet> data = spark.broadcast(new ExampleSet(examples));
		SettingsRecord settings = new SettingsRecord(runner.settings());
		Map<Integer, JavaFutureAction<List<FoldResultRecord>>> running = new LinkedHashMap<>();
		try {
			for (Fold f : folds) {
				spark.setJobDescription("fold " + (f.index() + 1) + " (" + f.name() + ")");
				running.put(f.index(), spark.parallelize(Collections.singletonList(f.index()), 1)
					.map(new TrainFold(function, settings, data)).collectAsync());
			}
			progress.log("spark: " + folds.size() + " fold tasks submitted");
			int finished = 0;
			while (!running.isEmpty()) {
				for (Iterator<Map.Entry<Integer, JavaFutureAction<List<FoldResultRecord>>>> it = running.entrySet().iterator(); it.hasNext();) {
					Map.Entry<Integer, JavaFutureAction<List<FoldResultRecord>>> e = it.next();
					if (!e.getValue().isDone()) continue;
					it.remove();
					sink.done(result(e.getValue()).toResult());
					progress.progress((double) ++finished / folds.size());
				}
				if (progress.isCanceled()) throw new CanceledException();
				if (!running.isEmpty()) sleep();
			}
		}
		finally {
			for (JavaFutureAction<?> f : running.values())
				f.cancel(true);
			spark.setJobDescription(null);
			data.destroy();
		}
	}

	private static FoldResultRecord result(JavaFutureAction<List<FoldResultRecord>> future) {
		try {
			return future.get().get(0);
		}
		catch (ExecutionException e) {
			Throwable cause = e.getCause() != null ? e.getCause() : e;
			throw new IllegalStateException("a Spark fold task failed: " + cause.getMessage(), cause);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CanceledException();
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(POLL_MS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CanceledException();
		}
	}

	/** The task body: one fold index in, its result out. */
	private static final class TrainFold implements Function<Integer, FoldResultRecord> {
		private static final long serialVersionUID = 1L;
		private final FoldFunction function;
		private final SettingsRecord settings;
		private final Broadcast<ExampleSet> data;

		TrainFold(FoldFunction function, SettingsRecord settings, Broadcast<ExampleSet> data) {
			this.function = function;
			this.settings = settings;
			this.data = data;
		}

		@Override
		public FoldResultRecord call(Integer foldIndex) {
			return function.apply(settings, data.value(), foldIndex);
		}
	}
}
