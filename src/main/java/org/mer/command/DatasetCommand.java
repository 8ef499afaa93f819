package org.mer.command;

import org.scijava.plugin.Parameter;

/** The dataset parameters of the commands that read a whole dataset (Train, Evaluate, Compare, Export). */
abstract class DatasetCommand extends MerCommand {
	@Parameter(persist = false)
	private String dataset_kind;

	@Parameter(persist = false)
	private String frames_root;

	@Parameter(required = false, persist = false)
	private String dataset_sheet;

	@Parameter(required = false, persist = false)
	private String class_set;
}
