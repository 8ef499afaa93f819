package org.mer.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.mer.exec.ExecutionEngine;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./mer evaluate}: the evaluation report of {@code train} without keeping a model. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
	description = "Evaluates a network leave-one-subject-out (or k-fold / fixed split) and writes the report; keeps no model.")
public final class EvaluateCommand implements Callable<Integer> {
	@Spec
	CommandSpec spec;

	@Mixin
	TrainOptions options;

	@Mixin
	EngineOptions engine = new EngineOptions();

	@Option(names = "--network", paramLabel = "ID", description = "meganet, meganet-noga, resnet18, resnet50, vgg19, efficientnet-b0, ststnet (default ${DEFAULT-VALUE}).")
	String network = "meganet";

	@Option(names = "--report", required = true, paramLabel = "DIR", description = "Report folder.")
	Path report;

	@Override
	public Integer call() throws IOException {
		ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr()).installCtrlC();
		try (ExecutionEngine executor = engine.open()) {
			EvaluationRun.run(options, network, report, null, executor.folds(), progress, spec.commandLine().getOut());
		}
		return 0;
	}
}
