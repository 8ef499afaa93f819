package org.mer.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.mer.figures.ReportImages;
import org.mer.train.TrainSettings;
import org.mer.train.RunResult;
import org.mer.train.ProtocolRunner;
import org.mer.train.ModalityCache;
import org.mer.mesti.Modalities;
import org.mer.core.InputException;
import org.mer.train.FoldExecutor;
import org.mer.train.FinalModel;
import org.mer.train.Example;
import org.mer.train.ComparisonTable;
import org.mer.train.MultiSeedReport;
import org.mer.train.SeedPlan;
import org.mer.train.SignificanceSettings;
import org.mer.core.CanceledException;
import org.mer.core.Progress;
import org.mer.data.Dataset;
import org.mer.data.Sample;
import org.mer.io.OutputKind;
import org.mer.io.OutputLock;
import org.mer.io.OwnedFolder;
import org.mer.io.ProtectedPaths;
import org.mer.mesti.ModalitySettings;
import org.mer.model.ModelConfig;
import org.mer.net.Architecture;
import org.mer.net.Engines;
import org.mer.train.report.EvaluationReport;

/**
 * The training work of every front end, free of any UI: the CLI's {@code train}, {@code evaluate}
 * and {@code compare} and Fiji's Train MEGANet, Evaluate and Compare Input Modalities (SciJava
 * commands and ImageJ 1.x plug-ins) translate their parameters into these calls and only present
 * the results. Not thread safe (one training per JVM: the engine seed is global).
 */
public final class Experiment {
	private Experiment() {}

	/** A finished evaluation, from which the final model can be trained on the same examples. */
	public static final class Evaluation {
		private final ProtocolRunner runner;
		private final List<Example> examples;
		private final RunResult result;
		private final Path reportDir;

		private Evaluation(ProtocolRunner runner, List<Example> examples, RunResult result, Path reportDir) {
			this.runner = runner;
			this.examples = examples;
			this.result = result;
			this.reportDir = reportDir;
		}

		public RunResult result() { return result; }

		/**
		 * Trains the final model on every example of the evaluation and saves it as a model folder
		 * ({@link FinalModel#trainAndSave}); runs in this thread, whatever executor evaluated.
		 * The model folder may not be or contain the report folder, the cache or a frame folder.
		 *
		 * @return the model.json content as written
		 */
		public ModelConfig saveModel(Path modelDir, Progress progress) throws IOException {
			return FinalModel.trainAndSave(runner, examples, result, modelDir, ProtectedPaths.builder().output(reportDir).build(), progress);
		}
	}

	/**
	 * Evaluates {@code settings} on the dataset with its protocol and writes the report
	 * ({@link EvaluationReport}) into {@code reportDir}, where the fold checkpoints go too. The
	 * report folder is locked for the call ({@link OutputLock}) and taken as a report folder
	 * ({@link FoldCheckpoints#open}).
	 * report.json gets, after its standard entries, {@code reportExtras} in their order, then
	 * {@code class_set}, {@code dataset_issues}, {@code engine}, {@code seconds} (of this call) and,
	 * with a model folder, {@code model_dir} (absolute).
	 *
	 * @param settings its network must have one output per class of the dataset
	 * @param folds where the folds are trained (e.g. Spark tasks); null = one after the other in this thread
	 * @param resume read the folds checkpointed in {@code reportDir} instead of training them again
	 * @param modelDir the model folder the final model will be saved to, recorded in the report; null for none.
	 *          Checked before any training: it may not be replaced when it holds files this tool did not
	 *          write as a model folder, or is or contains the report, the cache or a frame folder ({@link OwnedFolder})
	 * @throws org.mer.core.InputException for a class count that does not fit the network
	 * @throws org.mer.core.CanceledException when {@code progress} is canceled; finished folds stay checkpointed
	 */
	public static Evaluation evaluate(Dataset dataset, TrainSettings settings, Path reportDir, ModalityCache cache, FoldExecutor folds,
		boolean resume, Map<String, Object> reportExtras, Path modelDir, Progress progress) throws IOException
	{
		long start = System.nanoTime();
		List<String> classes = dataset.classes().classes();
		String engine = Engines.describe();
		progress.log("engine: " + engine);
		if (modelDir != null) // refused before any training, not after hours
			OwnedFolder.checkWritable(modelDir, OutputKind.MODEL,
				inputsOf(dataset).toBuilder().output(reportDir).output(cache == null ? null : cache.folder()).build());
		ProtocolRunner runner = new ProtocolRunner(settings, cache, folds);
		try (OutputLock lock = OutputLock.acquire(reportDir, progress)) {
			OwnedFolder.claim(reportDir, OutputKind.REPORT, inputsOf(dataset), "report.json"); // before the cache may fill it
			List<Example> examples = runner.load(dataset.samples(), classes, progress);
			RunResult result = runner.run(dataset.name(), examples, classes, reportDir, resume, progress);
			EvaluationReport report = new EvaluationReport(result);
			reportExtras.forEach(report::with);
			report.with("class_set", dataset.classes().name()).with("dataset_issues", dataset.issues()).with("engine", engine)
				.with("seconds", (System.nanoTime() - start) / 1e9);
			if (modelDir != null) report.with("model_dir", modelDir.toAbsolutePath().toString());
			report.write(reportDir, ReportImages.INSTANCE);
			return new Evaluation(runner, examples, result, reportDir);
		}
	}

	/**
	 * {@link #evaluate} (report in {@code reportDir}), then the final model trained on all
	 * subjects and saved into {@code modelDir} ({@link Evaluation#saveModel}).
	 *
	 * @return the model.json content as written
	 * @throws org.mer.core.InputException before any training when {@code modelDir} may not be
	 *           replaced: it holds files this tool did not write as a model folder, or it is or
	 *           contains the report folder, the cache, a frame folder (e.g. the dataset root), the
	 *           working directory or the home folder ({@link OwnedFolder})
	 */
	public static ModelConfig train(Dataset dataset, TrainSettings settings, Path reportDir, ModalityCache cache, FoldExecutor folds,
		boolean resume, Map<String, Object> reportExtras, Path modelDir, Progress progress) throws IOException
	{
		return evaluate(dataset, settings, reportDir, cache, folds, resume, reportExtras, modelDir, progress).saveModel(modelDir, progress);
	}

	private static ProtectedPaths inputsOf(Dataset dataset) {
		ProtectedPaths.Builder b = ProtectedPaths.builder();
		for (Sample s : dataset.samples())
			b.input(s.frames());
		return b.build();
	}

	/**
	 * The comparison grid on the dataset ({@link ComparisonGrid#run}): one report per (modality,
	 * network) cell under {@code out} and the table written there (comparison.md, comparison.csv).
	 *
	 * @param base protocol, optimisation, seed, device and input size of every cell
	 * @param width network width of every cell; 0 = each architecture's default
	 * @param folds where each cell's folds are trained; null = in this thread
	 */
	public static ComparisonTable compare(Dataset dataset, List<ModalitySettings> modalities, List<Architecture> networks, TrainSettings base,
		int width, ModalityCache cache, Path out, boolean resume, FoldExecutor folds, Progress progress) throws IOException
	{
		return ComparisonGrid.run(dataset.name(), dataset.samples(), dataset.classes().classes(), modalities, networks, base, width, cache, out,
			resume, folds, progress);
	}

	/**
	 * The comparison grid with several seeds ({@link MultiSeedGrid#run}): one report per cell and
	 * seed under {@code out/<cell>/seed-<n>/}, and the cells with their intervals and the paired
	 * tests of the paper's claims in {@code out} (comparison.md, ...), with the default statistics
	 * ({@link SignificanceSettings#defaults()}: 95 %, Holm at 0.05, 10000 subject resamples, seed 1).
	 *
	 * @param base protocol, optimisation, device, input size and scaling of every run
	 * @param width network width of every cell; 0 = each architecture's default
	 * @param folds where each run's folds are trained; null = in this thread
	 */
	public static MultiSeedReport compareSeeds(Dataset dataset, List<ModalitySettings> modalities, List<Architecture> networks, TrainSettings base,
		int width, SeedPlan seeds, ModalityCache cache, Path out, boolean resume, FoldExecutor folds, Progress progress) throws IOException
	{
		return MultiSeedGrid.run(dataset.name(), dataset.samples(), dataset.classes().classes(), modalities, networks, base, width, seeds, cache, out,
			resume, folds, SignificanceSettings.defaults(), progress);
	}
}
