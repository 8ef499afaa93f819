package org.mer.command;

import org.mer.mesti.ModalitySettings;
import org.scijava.plugin.Parameter;

/** Dataset and optimisation parameters shared by Train MEGANet, Evaluate and Compare Input Modalities. */
public abstract class TrainingCommand extends MerCommand {
	@Parameter(persist = false, label = "Dataset kind", choices = { "casme2", "samm", "smic", "casme3", "mmew", "megc", "csv" })
	private String dataset_kind = ParameterNames.DEFAULT_DATASET_KIND;

	@Parameter(persist = false, label = "Frames root (dataset folder)")
	private String frames_root = "";

	@Parameter(required = false, persist = false, label = "Dataset sheet", description = "Empty: the sheet found under the frames root")
	private String dataset_sheet = "";

	@Parameter(required = false, persist = false, label = "Class set", description = "e.g. megc-3, casme2-5, or a mapping csv; empty: the dataset's usual set")
	private String class_set = "";

	@Parameter(persist = false, label = "Input size (px)", min = "64", max = "256")
	private int input_size = ParameterNames.DEFAULT_INPUT_SIZE;

	@Parameter(persist = false, label = "Network width (0 = default)", min = "0")
	private int network_width;

	@Parameter(persist = false, label = "Epochs", min = "1")
	private int epochs = ParameterNames.DEFAULT_EPOCHS;

	@Parameter(persist = false, label = "Batch size", min = "1")
	private int batch_size = ParameterNames.DEFAULT_BATCH_SIZE;

	@Parameter(persist = false, label = "Learning rate")
	private double learning_rate = ParameterNames.DEFAULT_LEARNING_RATE;

	@Parameter(persist = false, label = "Seed")
	private int seed;

	@Parameter(persist = false, label = "Device", choices = { ParameterNames.CHOICE_AUTO, ParameterNames.CHOICE_CPU, ParameterNames.CHOICE_GPU })
	private String device = ParameterNames.DEFAULT_DEVICE;

	@Parameter(persist = false, label = "Result folder")
	private String result_folder = "";

	protected String resultFolder() {
		return result_folder;
	}

	/** The request for one modality and network. */
	protected TrainingJob.Request request(ModalitySettings modality, String network) {
		return new TrainingJob.Request(dataset_kind, frames_root, dataset_sheet, class_set, modality, network, input_size, network_width, epochs,
			batch_size, learning_rate, seed, device);
	}
}
