package org.mer.command;

import org.mer.core.Progress;
import org.mer.mesti.MestiWeighting;
import org.mer.mesti.ModalityKind;
import org.mer.mesti.ModalitySettings;
import org.mer.train.Metrics;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/** Plugins &gt; Micro-expression &gt; Evaluate (Leave-One-Subject-Out) ({@link TrainingJob#evaluate}). */
@Plugin(type = Command.class, headless = true, menuPath = "Plugins>Micro-expression>Evaluate (Leave-One-Subject-Out)")
public class EvaluateCommand extends TrainingCommand {
	@Parameter(persist = false, label = "Modality", choices = { ParameterNames.CHOICE_MESTI, ParameterNames.CHOICE_DYNAMIC_IMAGE,
		ParameterNames.CHOICE_APEX, ParameterNames.CHOICE_DIFFERENCE, ParameterNames.CHOICE_FLOW })
	private String modality = ParameterNames.DEFAULT_MODALITY;

	@Parameter(persist = false, label = "Weighting (MESTI only)", choices = { ParameterNames.CHOICE_APEX_PEAK, ParameterNames.CHOICE_RANK_POOLED })
	private String weighting = ParameterNames.DEFAULT_WEIGHTING;

	@Parameter(persist = false, label = "Network", description = "meganet, meganet-noga, resnet18, resnet50, vgg19, efficientnet-b0")
	private String network = ParameterNames.DEFAULT_NETWORK;

	@Parameter(type = ItemIO.OUTPUT, label = "UF1")
	private double uf1;

	@Parameter(type = ItemIO.OUTPUT, label = "UAR")
	private double uar;

	@Parameter(type = ItemIO.OUTPUT, label = "ACC")
	private double acc;

	@Override
	protected String title() {
		return "Evaluate (Leave-One-Subject-Out)";
	}

	@Override
	protected void execute(Progress progress) {
		ModalitySettings m = ModalitySettings.of(ModalityKind.fromId(modality)).withWeighting(MestiWeighting.fromId(weighting));
		Metrics pooled = TrainingJob.evaluate(request(m, network), resultFolder(), progress).pooled();
		uf1 = pooled.uf1();
		uar = pooled.uar();
		acc = pooled.acc();
	}
}
