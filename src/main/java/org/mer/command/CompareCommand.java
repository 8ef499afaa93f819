package org.mer.command;

import org.mer.core.Progress;
import org.mer.mesti.ModalitySettings;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/** Plugins &gt; Micro-expression &gt; Compare Input Modalities ({@link TrainingJob#compare}). */
@Plugin(type = Command.class, headless = true, menuPath = "Plugins>Micro-expression>Compare Input Modalities")
public class CompareCommand extends TrainingCommand {
	@Parameter(persist = false, label = "Modalities", description = "Comma-separated: mesti, mesti-rank_pooled, dynamic-image, apex, difference, flow")
	private String modalities = ParameterNames.DEFAULT_MODALITIES;

	@Parameter(persist = false, label = "Networks", description = "Comma-separated: meganet, meganet-noga, resnet18, resnet50, vgg19, efficientnet-b0")
	private String networks = ParameterNames.DEFAULT_NETWORKS;

	@Parameter(type = ItemIO.OUTPUT, label = "Comparison table")
	private String comparison;

	@Override
	protected String title() {
		return "Compare Input Modalities";
	}

	@Override
	protected void execute(Progress progress) {
		TrainingJob.compare(request(ModalitySettings.of(org.mer.mesti.ModalityKind.MESTI), ParameterNames.DEFAULT_NETWORK), modalities, networks,
			resultFolder(), progress);
		comparison = java.nio.file.Paths.get(resultFolder().trim()).resolve(org.mer.train.ComparisonTable.MARKDOWN).toString();
	}
}
