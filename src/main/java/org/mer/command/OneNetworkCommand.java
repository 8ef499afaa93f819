package org.mer.command;

import org.mer.core.Ids;
import org.mer.mesti.MestiWeighting;
import org.mer.mesti.ModalityKind;
import org.mer.mesti.ModalitySettings;
import org.scijava.plugin.Parameter;

/**
 * What Train MEGANet and Evaluate share beyond {@link TrainingCommand}: one input modality
 * (with its MESTI weighting) fed to one network. The parameters follow the dataset and
 * optimisation ones in the dialog.
 */
public abstract class OneNetworkCommand extends TrainingCommand {
	@Parameter(persist = false, label = "Modality", choices = { ParameterNames.CHOICE_MESTI, ParameterNames.CHOICE_DYNAMIC_IMAGE,
		ParameterNames.CHOICE_APEX, ParameterNames.CHOICE_DIFFERENCE, ParameterNames.CHOICE_FLOW })
	private String modality = ParameterNames.DEFAULT_MODALITY;

	@Parameter(persist = false, label = "Weighting (MESTI only)", choices = { ParameterNames.CHOICE_APEX_PEAK, ParameterNames.CHOICE_RANK_POOLED })
	private String weighting = ParameterNames.DEFAULT_WEIGHTING;

	@Parameter(persist = false, label = "Network", description = "meganet, meganet-noga, resnet18, resnet50, vgg19, efficientnet-b0")
	private String network = ParameterNames.DEFAULT_NETWORK;

	/** The request for this command's modality and network. */
	protected TrainingJob.Request request() {
		ModalitySettings m = ModalitySettings.of(Ids.parse(ModalityKind.class, modality, "modality")).withWeighting(Ids.parse(MestiWeighting.class, weighting, "weighting"));
		return request(m, network);
	}
}
