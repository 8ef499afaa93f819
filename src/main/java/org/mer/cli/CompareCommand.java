package org.mer.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.mer.clip.ApexMethod;
import org.mer.core.Ids;
import org.mer.data.Dataset;
import org.mer.exec.ExecutionEngine;
import org.mer.mesti.ModalitySettings;
import org.mer.net.Architecture;
import org.mer.app.ComparisonGrid;
import org.mer.train.ComparisonTable;
import org.mer.app.Experiment;
import org.mer.train.TrainSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./mer compare}: the paper's comparison grid, every modality fed to every network with
 * the same protocol and settings; writes comparison.md and comparison.csv (pooled ACC/UF1/UAR
 * per cell) and one full report per cell under --out.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
	description = { "Evaluates every (modality, network) pair with the same protocol and writes a table of",
		"pooled ACC/UF1/UAR (comparison.md, comparison.csv) plus one report per pair." })
public final class CompareCommand implements Callable<Integer> {
	@Spec
	CommandSpec spec;

	@Mixin
	TrainOptions options;

	@Mixin
	EngineOptions engine = new EngineOptions();

	@Option(names = "--modalities", paramLabel = "LIST", description = "Comma-separated: mesti (apex-peak), mesti-rank_pooled, dynamic-image, apex, difference, flow (default ${DEFAULT-VALUE}).")
	String modalities = "apex,flow,dynamic-image,mesti,mesti-rank_pooled";

	@Option(names = "--networks", paramLabel = "LIST", description = "Comma-separated network ids (default ${DEFAULT-VALUE}).")
	String networks = "meganet,meganet-noga,resnet18,vgg19,ststnet";

	@Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the table and the per-cell reports.")
	Path out;

	@Override
	public Integer call() throws IOException {
		return compare(new ConsoleProgress(spec.commandLine().getErr()).installCtrlC());
	}

	private int compare(ConsoleProgress progress) throws IOException {
		List<ModalitySettings> mods = ComparisonGrid.modalities(modalities, Ids.parse(ApexMethod.class, options.apexMethod, "apex method", ApexMethod::spots));
		List<Architecture> archs = ComparisonGrid.architectures(networks);
		Dataset dataset = options.readDataset(progress);
		TrainSettings base = options.settings(archs.get(0).id(), dataset.classes().classes().size());
		ComparisonTable table;
		try (ExecutionEngine executor = engine.open()) {
			table = Experiment.compare(dataset, mods, archs, base, options.width, options.cache(out.resolve("cells")), out, options.resume,
				executor.folds(), progress);
		}
		spec.commandLine().getOut().print(table.toMarkdown());
		spec.commandLine().getOut().println("table: " + out.resolve(ComparisonTable.MARKDOWN).toAbsolutePath());
		return 0;
	}
}
