package org.mer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.mer.app.Experiment;
import org.mer.exec.ExecutionEngine;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./mer train}: evaluates a network on a dataset with the chosen protocol (LOSO by
 * default; report with pooled ACC/UF1/UAR), then trains the final model on all subjects and
 * saves it as a model folder whose provenance holds the evaluation's metrics.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
	description = { "Evaluates a network leave-one-subject-out (or k-fold / fixed split), writes the report,",
		"then trains on all subjects and saves the model folder." })
public final class TrainCommand implements Callable<Integer> {
	@Spec
	CommandSpec spec;

	@Mixin
	TrainOptions options;

	/** The LOSO folds may run on Spark; the final model is trained here. */
	@Mixin
	EngineOptions engine = new EngineOptions();

	@Option(names = "--network", paramLabel = "ID", description = "meganet, meganet-noga, resnet18, resnet50, vgg19, efficientnet-b0, ststnet (default ${DEFAULT-VALUE}).")
	String network = "meganet";

	@Option(names = "--out", required = true, paramLabel = "MODEL_DIR", description = "Model folder to write (replaced as a whole).")
	Path out;

	@Option(names = "--report", paramLabel = "DIR", description = "Report folder (default: MODEL_DIR-report next to the model folder).")
	Path report;

	@Override
	public Integer call() throws IOException {
		PrintWriter w = spec.commandLine().getOut();
		ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr()).installCtrlC();
		Path abs = out.toAbsolutePath().normalize();
		Path reportDir = report != null ? report : abs.resolveSibling(abs.getFileName() + "-report");
		Experiment.Evaluation evaluation;
		try (ExecutionEngine executor = engine.open()) {
			evaluation = EvaluationRun.run(options, network, reportDir, out, executor.folds(), progress, w);
		}
		evaluation.saveModel(out, progress);
		w.println("model: " + abs);
		return 0;
	}
}
