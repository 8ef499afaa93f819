package org.mer.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mer.attention.AttentionScore;
import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.data.Sample;
import org.mer.io.ProtectedPaths;

/**
 * Runs an evaluation protocol (LOSO, k-fold by subject or a fixed split; SPEC §8): for each fold
 * a network is re-initialised with the fold's seed ({@link Folds#foldSeed}), trained on the
 * fold's training subjects (validation subjects for early stopping are taken from those, never
 * from the test subjects), and its predictions on the test subjects are kept; the metrics are
 * computed on the predictions pooled over all folds.
 * <p>
 * With a report folder each finished fold is checkpointed ({@link FoldCheckpoints}); with
 * {@code resume} the folds found there (made with the same settings, classes and samples) are
 * read instead of trained. Because a fold's training depends only on its seed and data, a resumed
 * run gives the same numbers as an uninterrupted one. Not thread safe (one run at a time per JVM:
 * the engine seed is global).
 */
public final class ProtocolRunner {
	private final TrainSettings settings;
	private final ModalityCache cache;
	private final FoldExecutor executor;

	/** A runner that trains the folds one after the other in this thread. */
	public ProtocolRunner(TrainSettings settings, ModalityCache cache) {
		this(settings, cache, null);
	}

	/**
	 * @param executor trains the folds that need training (e.g. on a cluster), or null to train
	 *          them one after the other in this thread
	 */
	public ProtocolRunner(TrainSettings settings, ModalityCache cache, FoldExecutor executor) {
		this.settings = settings;
		this.cache = cache;
		this.executor = executor;
	}

	public TrainSettings settings() { return settings; }

	/** The modality image cache (may be null for a runner that only trains prepared examples). */
	public ModalityCache cache() { return cache; }

	/** The folds of the settings' protocol (without validation split). */
	public List<Fold> folds(List<Sample> samples) {
		switch (settings.protocol()) {
			case KFOLD:
				return Folds.kFold(samples, settings.kFolds(), settings.seed());
			case FIXED:
				return Arrays.asList(Folds.fixed(samples, settings.testSubjects()));
			default:
				return Folds.loso(samples);
		}
	}

	/** Computes the modality images (cached) and runs all folds; see {@link #run(String, List, List, Path, boolean, Progress)}. */
	public RunResult runSamples(String dataset, List<Sample> samples, List<String> classes, Path reportDir, boolean resume,
		Progress progress)
	{
		return run(dataset, load(samples, classes, progress), classes, reportDir, resume, progress);
	}

	/**
	 * The examples of a run: checks the class count against the network, logs the counts per
	 * class and subject, lets the executor prepare the modality images, then loads them through
	 * the cache ({@link Examples#load}).
	 */
	public List<Example> load(List<Sample> samples, List<String> classes, Progress progress) {
		checkClasses(classes);
		logCounts(samples, classes, progress);
		if (executor != null) executor.prepare(samples, settings.modality(), cache, progress);
		return Examples.load(samples, classes, settings, cache, progress);
	}

	/**
	 * Runs all folds on prepared examples.
	 *
	 * @param reportDir where fold checkpoints go, or null for none; taken for the run
	 *          ({@link FoldCheckpoints#open}: locked, and refused when it holds someone else's
	 *          files or contains an input)
	 * @param resume read finished folds from {@code reportDir} instead of training them; without
	 *          it, existing checkpoints there are deleted first
	 * @throws org.mer.core.CanceledException after the current batch when canceled; finished
	 *           folds stay checkpointed
	 */
	public RunResult run(String dataset, List<Example> examples, List<String> classes, Path reportDir, boolean resume,
		Progress progress)
	{
		if (reportDir == null) return run(dataset, examples, classes, (FoldCheckpoints) null, resume, progress);
		try (FoldCheckpoints checkpoints = FoldCheckpoints.open(reportDir, inputsOf(examples), progress)) {
			return run(dataset, examples, classes, checkpoints, resume, progress);
		}
	}

	/** The frame folders of the examples and the cache folder: what a report folder must not swallow. */
	ProtectedPaths inputsOf(List<Example> examples) {
		ProtectedPaths.Builder b = ProtectedPaths.builder();
		for (Example e : examples)
			b.input(e.sample().frames());
		if (cache != null) b.output(cache.folder());
		return b.build();
	}

	private RunResult run(String dataset, List<Example> examples, List<String> classes, FoldCheckpoints checkpoints, boolean resume,
		Progress progress)
	{
		checkClasses(classes);
		List<Sample> samples = new ArrayList<>();
		for (Example e : examples)
			samples.add(e.sample());
		List<Fold> folds = folds(samples);
		if (checkpoints != null && !resume) checkpoints.clear();
		progress.log(settings.protocol().id() + ": " + folds.size() + " folds; model selection: " + settings.modelSelectionRule());

		Map<Integer, FoldResult> done = new LinkedHashMap<>();
		List<Fold> toTrain = new ArrayList<>();
		for (Fold fold : folds) {
			FoldResult r = resume && checkpoints != null
				? checkpoints.load(fold.index(), FoldCheckpoints.fingerprint(settings, classes, fold), classes) : null;
			if (r != null) done.put(fold.index(), r);
			else toTrain.add(fold);
		}
		if (!done.isEmpty()) progress.log("resuming: " + done.size() + " of " + folds.size() + " folds read from " + checkpoints.file(0).getParent());
		long planned = 0;
		for (Fold f : toTrain)
			planned += (long) settings.epochs() * FoldTrainer.batchesPerEpoch(f.train().size(), settings.batchSize());
		Map<Integer, Fold> byIndex = new LinkedHashMap<>();
		for (Fold f : folds)
			byIndex.put(f.index(), f);
		FoldExecutor.Sink sink = result -> {
			Fold fold = byIndex.get(result.index());
			progress.log(label(fold, folds.size()) + ": " + result.metrics(classes) + ", epoch " + result.selectedEpoch() + " kept");
			if (checkpoints != null) {
				try {
					checkpoints.save(result, FoldCheckpoints.fingerprint(settings, classes, fold), classes);
				}
				catch (IOException e) {
					throw new UncheckedIOException("could not write " + checkpoints.file(fold.index()), e);
				}
			}
			done.put(fold.index(), result);
		};
		if (executor != null) executor.trainAll(this, toTrain, examples, classes, sink, progress);
		else {
			RunProgress listener = new RunProgress(progress, planned);
			for (Fold fold : toTrain) {
				listener.startFold(label(fold, folds.size()), settings.epochs(),
					(long) settings.epochs() * FoldTrainer.batchesPerEpoch(fold.train().size(), settings.batchSize()));
				FoldResult result = trainFold(fold, examples, listener, progress);
				listener.endFold();
				sink.done(result);
			}
		}
		for (Fold f : toTrain)
			if (!done.containsKey(f.index())) throw new IllegalStateException("no result for " + label(f, folds.size()));
		List<FoldResult> ordered = new ArrayList<>();
		for (Fold f : folds)
			ordered.add(done.get(f.index()));
		RunResult run = new RunResult(dataset, classes, settings, ordered, folds.size() - toTrain.size());
		progress.log("pooled over " + folds.size() + " folds: " + run.pooled());
		return run;
	}

	private static String label(Fold fold, int folds) {
		return "fold " + (fold.index() + 1) + "/" + folds + " (" + fold.name() + ")";
	}

	/**
	 * Trains one fold of {@link #folds} and predicts its test samples: the unit of work of every
	 * {@link FoldExecutor}. The seed is {@code Folds.foldSeed(seed, fold.index())} and, with early
	 * stopping, the validation subjects are drawn from the training subjects with {@code ~seed},
	 * so the result depends only on the settings, the fold and the examples, wherever and however
	 * often it runs. Not thread safe (the engine seed is global): one fold at a time per JVM.
	 *
	 * @param fold a fold without validation split, as {@link #folds} returns it
	 * @param examples examples of (at least) the fold's training and test samples, the same
	 *          {@link Sample} instances as in the fold
	 */
	public FoldResult trainFold(Fold fold, List<Example> examples, FoldTrainer.Listener listener, Progress progress) {
		long seed = Folds.foldSeed(settings.seed(), fold.index());
		Fold split = settings.earlyStopping() ? Folds.withValidation(fold, settings.validationFraction(), ~seed) : fold;
		return trainSplit(new FoldTrainer(settings), split, examples, seed, listener, progress);
	}

	private FoldResult trainSplit(FoldTrainer trainer, Fold fold, List<Example> examples, long seed, FoldTrainer.Listener listener,
		Progress progress)
	{
		List<Example> train = Examples.select(examples, fold.train());
		List<Example> validation = Examples.select(examples, fold.validation());
		List<Example> test = Examples.select(examples, fold.test());
		try (TrainedNetwork net = trainer.train(train, validation, foldInputStats(fold, examples), seed, listener, progress)) {
			float[][] probabilities = net.predict(test, settings.batchSize());
			List<Map<String, AttentionScore>> attention = FoldAttention.score(net, test, settings);
			List<TestPrediction> predictions = new ArrayList<>();
			for (int i = 0; i < test.size(); i++) {
				Sample s = test.get(i).sample();
				predictions.add(new TestPrediction(s.dataset(), s.subject(), s.id(), fold.name(), test.get(i).label(),
					TrainedNetwork.argMax(probabilities[i]), probabilities[i], attention.get(i)));
			}
			return new FoldResult(fold.index(), fold.name(), fold.testSubjects(), fold.validationSubjects(), net.selectedEpoch(),
				net.history(), predictions);
		}
	}

	/**
	 * The input statistics of a fold: scaling range (for {@code dataset}) and standardisation
	 * fitted on the fold's training examples only ({@link InputStats#fit}); its test and validation
	 * examples never enter them.
	 */
	InputStats foldInputStats(Fold fold, List<Example> examples) {
		return InputStats.fit(Examples.select(examples, fold.train()), settings.scaling());
	}

	/**
	 * Trains the final model on all examples: {@link TrainSettings#epochs()} epochs with fixed
	 * epochs; with early stopping, the median of the folds' selected epochs (no data is left to
	 * validate on). Seed: {@code Folds.foldSeed(seed, -1)}.
	 *
	 * @param evaluation the run whose selected epochs decide the epoch count under early stopping, or null
	 * @return the trained network; the caller closes it
	 */
	public TrainedNetwork trainFinal(List<Example> examples, RunResult evaluation, Progress progress) {
		int epochs = finalEpochs(evaluation);
		TrainSettings finalSettings = settings.toBuilder().epochs(epochs).validationFraction(0).build();
		RunProgress listener = new RunProgress(progress, (long) epochs * FoldTrainer.batchesPerEpoch(examples.size(), settings.batchSize()));
		listener.startFold("final model (all subjects)", epochs, 0);
		progress.log("final model: all " + examples.size() + " samples, " + epochs + " epochs");
		return new FoldTrainer(finalSettings).train(examples, new ArrayList<>(), InputStats.fit(examples, settings.scaling()),
			Folds.foldSeed(settings.seed(), -1), listener, progress);
	}

	/** Epochs of the final model (see {@link #trainFinal}). */
	public int finalEpochs(RunResult evaluation) {
		if (!settings.earlyStopping() || evaluation == null || evaluation.folds().isEmpty()) return settings.epochs();
		int[] selected = evaluation.folds().stream().mapToInt(FoldResult::selectedEpoch).sorted().toArray();
		return Math.max(1, selected[selected.length / 2]);
	}

	private void checkClasses(List<String> classes) {
		if (classes.size() != settings.network().numClasses())
			throw new InputException(classes.size() + " classes " + classes + " but the network has " + settings.network().numClasses() + " outputs");
	}

	/** Logs the sample count per class and per subject before any training. */
	public static void logCounts(List<Sample> samples, List<String> classes, Progress progress) {
		Map<String, Integer> perClass = new LinkedHashMap<>();
		for (String c : classes)
			perClass.put(c, 0);
		for (Sample s : samples)
			perClass.merge(s.label(), 1, Integer::sum);
		Map<String, Integer> perSubject = new LinkedHashMap<>();
		for (String subject : Folds.subjects(samples))
			perSubject.put(subject, 0);
		for (Sample s : samples)
			perSubject.merge(s.subject(), 1, Integer::sum);
		progress.log(samples.size() + " samples; per class " + perClass + "; " + perSubject.size() + " subjects " + perSubject);
	}
}
