package org.mer.ij.plugin;

import ij.gui.GenericDialog;

import org.mer.core.Ids;
import org.mer.command.ParameterNames;
import org.mer.command.TrainingJob;
import org.mer.core.Progress;
import org.mer.mesti.MestiWeighting;
import org.mer.mesti.ModalityKind;
import org.mer.mesti.ModalitySettings;

/**
 * Train MEGANet, Evaluate (Leave-One-Subject-Out) and Compare Input Modalities as ImageJ 1.x
 * shells over {@link TrainingJob}; the subclasses pick the operation.
 */
abstract class TrainingPlugin extends MerPlugin {
	/** True for Compare (lists of modalities and networks instead of one of each). */
	protected abstract boolean compares();

	/** Runs the operation. */
	protected abstract void run(TrainingJob.Request request, String modalities, String networks, String folder, Progress progress);

	@Override
	protected void addFields(GenericDialog gd) {
		gd.addChoice(label(ParameterNames.DATASET_KIND), new String[] { "casme2", "samm", "smic", "casme3", "mmew", "megc", "csv" },
			ParameterNames.DEFAULT_DATASET_KIND);
		gd.addDirectoryField(label(ParameterNames.FRAMES_ROOT), "", 40);
		gd.addFileField(label(ParameterNames.DATASET_SHEET), "", 40);
		gd.addStringField(label(ParameterNames.CLASS_SET), "", 12);
		if (compares()) {
			gd.addStringField(label(ParameterNames.MODALITIES), ParameterNames.DEFAULT_MODALITIES, 40);
			gd.addStringField(label(ParameterNames.NETWORKS), ParameterNames.DEFAULT_NETWORKS, 40);
		}
		else {
			gd.addChoice(label(ParameterNames.MODALITY), ParameterNames.modalities(), ParameterNames.DEFAULT_MODALITY);
			gd.addChoice(label(ParameterNames.WEIGHTING), ParameterNames.weightings(), ParameterNames.DEFAULT_WEIGHTING);
			gd.addStringField(label(ParameterNames.NETWORK), ParameterNames.DEFAULT_NETWORK, 16);
		}
		gd.addNumericField(label(ParameterNames.INPUT_SIZE), ParameterNames.DEFAULT_INPUT_SIZE, 0);
		gd.addNumericField(label(ParameterNames.NETWORK_WIDTH), 0, 0);
		gd.addNumericField(label(ParameterNames.EPOCHS), ParameterNames.DEFAULT_EPOCHS, 0);
		gd.addNumericField(label(ParameterNames.BATCH_SIZE), ParameterNames.DEFAULT_BATCH_SIZE, 0);
		gd.addNumericField(label(ParameterNames.LEARNING_RATE), ParameterNames.DEFAULT_LEARNING_RATE, 5);
		gd.addNumericField(label(ParameterNames.SEED), 0, 0);
		gd.addChoice(label(ParameterNames.DEVICE), ParameterNames.devices(), ParameterNames.DEFAULT_DEVICE);
		gd.addDirectoryField(label(ParameterNames.RESULT_FOLDER), "", 40);
	}

	@Override
	protected void execute(GenericDialog gd, Progress progress) {
		String kind = gd.getNextChoice();
		String root = gd.getNextString();
		String sheet = gd.getNextString();
		String classSet = gd.getNextString();
		String modalities = null, networks = null, network = ParameterNames.DEFAULT_NETWORK;
		ModalitySettings modality = ModalitySettings.of(ModalityKind.MESTI);
		if (compares()) {
			modalities = gd.getNextString();
			networks = gd.getNextString();
		}
		else {
			ModalityKind k = Ids.parse(ModalityKind.class, gd.getNextChoice(), "modality");
			modality = ModalitySettings.of(k).withWeighting(Ids.parse(MestiWeighting.class, gd.getNextChoice(), "weighting"));
			network = gd.getNextString();
		}
		int inputSize = nonNegativeInt(gd, ParameterNames.INPUT_SIZE);
		int width = nonNegativeInt(gd, ParameterNames.NETWORK_WIDTH);
		int epochs = nonNegativeInt(gd, ParameterNames.EPOCHS);
		int batch = nonNegativeInt(gd, ParameterNames.BATCH_SIZE);
		double lr = gd.getNextNumber();
		int seed = nonNegativeInt(gd, ParameterNames.SEED);
		String device = gd.getNextChoice();
		String folder = gd.getNextString();
		TrainingJob.Request request = new TrainingJob.Request(kind, root, sheet, classSet, modality, network, inputSize, width, epochs, batch, lr, seed,
			device);
		run(request, modalities, networks, folder, progress);
	}
}
