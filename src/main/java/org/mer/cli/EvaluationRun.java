package org.mer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.mer.app.Experiment;
import org.mer.core.Progress;
import org.mer.data.Dataset;
import org.mer.train.FoldExecutor;
import org.mer.train.Metrics;
import org.mer.train.RunResult;
import org.mer.train.TrainSettings;

/** What {@code train} and {@code evaluate} share: their options translated into {@link Experiment#evaluate}, and the summary printed. */
final class EvaluationRun {
	private EvaluationRun() {}

	/**
	 * Reads the dataset, evaluates, writes the report (with the dataset root among its extras) and
	 * prints the pooled metrics and the report folder to {@code out}.
	 *
	 * @param modelDir the model folder the final model will go to, recorded in the report, or null
	 * @param folds where the folds are trained ({@link org.mer.exec.ExecutionEngine#folds()}); null = in this thread
	 */
	static Experiment.Evaluation run(TrainOptions o, String network, Path report, Path modelDir, FoldExecutor folds, Progress progress,
		PrintWriter out) throws IOException
	{
		Dataset dataset = o.readDataset(progress);
		TrainSettings settings = o.settings(network, dataset.classes().classes().size());
		Map<String, Object> extras = new LinkedHashMap<>();
		extras.put("root", o.root.toAbsolutePath().toString());
		Experiment.Evaluation evaluation = Experiment.evaluate(dataset, settings, report, o.cache(report), folds, o.resume, extras, modelDir,
			progress);
		RunResult result = evaluation.result();
		Metrics m = result.pooled();
		out.println(String.format(Locale.ROOT, "%s %s on %s (%d samples, %d folds, %s): ACC %.4f  UF1 %.4f  UAR %.4f", network,
			settings.modality().key(), dataset.name(), m.n(), result.folds().size(), settings.modelSelection(), m.acc(), m.uf1(), m.uar()));
		if (!m.absentClasses().isEmpty()) out.println("classes without samples (excluded from UF1/UAR): " + m.absentClasses());
		out.println("report: " + report.toAbsolutePath());
		return evaluation;
	}
}
