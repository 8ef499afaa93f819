package org.mer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.mer.core.Progress;
import org.mer.data.Dataset;
import org.mer.net.Engines;
import org.mer.train.Example;
import org.mer.train.Examples;
import org.mer.train.FoldExecutor;
import org.mer.train.LosoRunner;
import org.mer.train.Metrics;
import org.mer.train.RunResult;
import org.mer.train.TrainSettings;
import org.mer.train.report.EvaluationReport;

/** What {@code train} and {@code evaluate} share: read, evaluate, write the report, print the summary. */
final class EvaluationRun {
	final TrainSettings settings;
	final LosoRunner runner;
	final List<Example> examples;
	final RunResult result;

	private EvaluationRun(TrainSettings settings, LosoRunner runner, List<Example> examples, RunResult result) {
		this.settings = settings;
		this.runner = runner;
		this.examples = examples;
		this.result = result;
	}

	/**
	 * Reads the dataset, computes the modality images, runs the protocol and writes the report.
	 *
	 * @param modelDir the model folder the final model will go to, recorded in the report, or null
	 * @param folds where the folds are trained ({@link org.mer.exec.ExecutionEngine#folds()}); null = in this thread
	 */
	static EvaluationRun run(TrainOptions o, String network, Path report, Path modelDir, FoldExecutor folds, Progress progress,
		PrintWriter out) throws IOException
	{
		long start = System.nanoTime();
		Dataset dataset = o.readDataset(progress);
		List<String> classes = dataset.classes().classes();
		TrainSettings settings = o.settings(network, classes.size());
		progress.log("engine: " + Engines.describe());
		LosoRunner runner = new LosoRunner(settings, o.cache(report), folds);
		if (folds != null) folds.prepare(dataset.samples(), settings.modality(), runner.cache(), progress);
		List<Example> examples = Examples.load(dataset.samples(), classes, settings, runner.cache(), progress);
		RunResult result = runner.run(dataset.name(), examples, classes, report, o.resume, progress);
		EvaluationReport r = new EvaluationReport(result).with("root", o.root.toAbsolutePath().toString())
			.with("class_set", dataset.classes().name()).with("dataset_issues", dataset.issues())
			.with("engine", Engines.describe()).with("seconds", (System.nanoTime() - start) / 1e9);
		if (modelDir != null) r.with("model_dir", modelDir.toAbsolutePath().toString());
		r.write(report);
		Metrics m = result.pooled();
		out.println(String.format(Locale.ROOT, "%s %s on %s (%d samples, %d folds, %s): ACC %.4f  UF1 %.4f  UAR %.4f", network,
			settings.modality().key(), dataset.name(), m.n(), result.folds().size(), settings.modelSelection(), m.acc(), m.uf1(), m.uar()));
		if (!m.absentClasses().isEmpty()) out.println("classes without samples (excluded from UF1/UAR): " + m.absentClasses());
		out.println("report: " + report.toAbsolutePath());
		return new EvaluationRun(settings, runner, examples, result);
	}
}
