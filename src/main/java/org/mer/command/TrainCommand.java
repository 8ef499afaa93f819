package org.mer.command;

import org.mer.core.Progress;
import org.mer.mesti.MestiWeighting;
import org.mer.mesti.ModalityKind;
import org.mer.mesti.ModalitySettings;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/** Plugins &gt; Micro-expression &gt; Train MEGANet: LOSO evaluation then the final model ({@link TrainingJob#train}). */
@Plugin(type = Command.class, headless = true, menuPath = "Plugins>Micro-expression>Train MEGANet")
public class TrainCommand extends TrainingCommand {
	@Parameter(persist = false, label = "Modality", choices = { ParameterNames.CHOICE_MESTI, ParameterNames.CHOICE_DYNAMIC_IMAGE,
		ParameterNames.CHOICE_APEX, ParameterNames.CHOICE_DIFFERENCE, ParameterNames.CHOICE_FLOW })
	private String modality = ParameterNames.DEFAULT_MODALITY;

	@Parameter(persist = false, label = "Weighting (MESTI only)", choices = { ParameterNames.CHOICE_APEX_PEAK, ParameterNames.CHOICE_RANK_POOLED })
	private String weighting = ParameterNames.DEFAULT_WEIGHTING;

	@Parameter(persist = false, label = "Network", description = "meganet, meganet-noga, resnet18, resnet50, vgg19, efficientnet-b0")
	private String network = ParameterNames.DEFAULT_NETWORK;

	@Parameter(type = ItemIO.OUTPUT, label = "Model folder")
	private String model_folder;

	@Override
	protected String title() {
		return "Train MEGANet";
	}

	@Override
	protected void execute(Progress progress) {
		ModalitySettings m = ModalitySettings.of(ModalityKind.fromId(modality)).withWeighting(MestiWeighting.fromId(weighting));
		model_folder = TrainingJob.train(request(m, network), resultFolder(), progress).toString();
	}
}
