package org.mer.command;

import org.scijava.plugin.Parameter;

/** What Train MEGANet and Evaluate add to {@link TrainingCommand}: one modality (with its MESTI weighting) fed to one network. */
abstract class OneNetworkCommand extends TrainingCommand {
	@Parameter(persist = false)
	private String modality;

	@Parameter(persist = false)
	private String weighting;

	@Parameter(persist = false)
	private String network;
}
