package org.mer.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.mer.clip.ApexMethod;
import org.mer.core.Ids;
import org.mer.core.Progress;
import org.mer.data.Dataset;
import org.mer.data.DatasetReaders;
import org.mer.mesti.MestiWeighting;
import org.mer.mesti.ModalityKind;
import org.mer.mesti.ModalitySettings;
import org.mer.net.Architecture;
import org.mer.net.NetworkSpec;
import org.mer.train.LossKind;
import org.mer.train.ModalityCache;
import org.mer.train.Protocol;
import org.mer.train.TrainSettings;

import picocli.CommandLine.Option;

/**
 * The options shared by {@code train}, {@code evaluate} and {@code compare}: the dataset, the
 * class set, the network and modality, the evaluation protocol and the optimisation settings.
 * Defaults are those of {@link TrainSettings.Builder} so that the front ends never drift apart.
 */
public final class TrainOptions {
	@Option(names = "--dataset", required = true, paramLabel = "KIND", description = "Dataset layout: casme2, samm, smic, casme3, mmew, megc or csv.")
	String dataset;

	@Option(names = "--root", required = true, paramLabel = "DIR", description = "Dataset folder as distributed.")
	Path root;

	@Option(names = "--sheet", paramLabel = "FILE", description = "Coding sheet (xls, xlsx, csv); default: the one found under --root.")
	Path sheet;

	@Option(names = "--classes", paramLabel = "NAME|FILE", description = "Class set name (e.g. casme2-5, megc-3) or an 'emotion,class' csv; default: the dataset's usual set.")
	String classes;

	@Option(names = "--modality", paramLabel = "ID", description = "Input modality: mesti, dynamic-image, apex, difference, flow (default ${DEFAULT-VALUE}).")
	String modality = "mesti";

	@Option(names = "--weighting", paramLabel = "ID", description = "MESTI weighting: apex_peak or rank_pooled (default ${DEFAULT-VALUE}).")
	String weighting = "apex_peak";

	@Option(names = "--apex-method", paramLabel = "ID", description = "Apex spotting where the sheet has none: motion or midpoint (default ${DEFAULT-VALUE}).")
	String apexMethod = "motion";

	@Option(names = "--size", paramLabel = "S", description = "Network input size in pixels (default ${DEFAULT-VALUE}).")
	int size = 112;

	@Option(names = "--width", paramLabel = "W", description = "Network width (0 = the architecture's default).")
	int width;

	@Option(names = "--protocol", paramLabel = "ID", description = "loso, kfold or fixed (default ${DEFAULT-VALUE}).")
	String protocol = "loso";

	@Option(names = "--folds", paramLabel = "K", description = "k of --protocol kfold (default ${DEFAULT-VALUE}).")
	int folds = 5;

	@Option(names = "--test-subjects", split = ",", paramLabel = "ID", description = "Test subjects of --protocol fixed, comma separated.")
	List<String> testSubjects = new ArrayList<>();

	@Option(names = "--epochs", paramLabel = "N", description = "Epochs per fold (the most epochs with early stopping; default ${DEFAULT-VALUE}).")
	int epochs = 40;

	@Option(names = "--batch-size", paramLabel = "B", description = "Batch size (default ${DEFAULT-VALUE}).")
	int batchSize = 16;

	@Option(names = "--lr", paramLabel = "RATE", description = "Adam learning rate (default ${DEFAULT-VALUE}).")
	float lr = 1e-3f;

	@Option(names = "--weight-decay", paramLabel = "W", description = "Adam weight decay (default ${DEFAULT-VALUE}).")
	float weightDecay = 1e-4f;

	@Option(names = "--loss", paramLabel = "ID", description = "ce, weighted-ce (inverse class frequency) or focal (default ${DEFAULT-VALUE}).")
	String loss = "weighted-ce";

	@Option(names = "--focal-gamma", paramLabel = "G", description = "Focal loss exponent (default ${DEFAULT-VALUE}).")
	float focalGamma = 2f;

	@Option(names = "--validation", paramLabel = "FRACTION", description = "Early stopping on this fraction of the training subjects (other subjects than the test subject); 0 = fixed epochs (default).")
	double validation;

	@Option(names = "--patience", paramLabel = "N", description = "Early-stopping patience in epochs (default ${DEFAULT-VALUE}).")
	int patience = 10;

	@Option(names = "--no-augment", description = "Switch off flip/rotation/translation/brightness augmentation.")
	boolean noAugment;

	@Option(names = "--seed", paramLabel = "S", description = "Seed of initialisation, shuffling and augmentation (default ${DEFAULT-VALUE}).")
	long seed;

	@Option(names = "--device", paramLabel = "auto|cpu|gpu", description = "Where training runs (default ${DEFAULT-VALUE}).")
	String device = "auto";

	@Option(names = "--threads", paramLabel = "N", description = "libtorch CPU threads (0 = engine default).")
	int threads;

	@Option(names = "--cache", paramLabel = "DIR", description = "Modality image cache folder (default: modality-cache next to the report or output).")
	Path cache;

	@Option(names = "--resume", description = "Reuse the finished folds checkpointed in the report folder.")
	boolean resume;

	/** Reads the dataset and logs its summary and every repaired or skipped row ({@link DatasetReaders#readForTraining}). */
	Dataset readDataset(Progress progress) {
		return DatasetReaders.readForTraining(dataset, root, sheet, classes, "--classes", progress);
	}

	/** The modality of {@code --modality}, {@code --weighting}, {@code --apex-method}. */
	ModalitySettings modalitySettings() {
		ModalityKind kind = Ids.parse(ModalityKind.class, modality, "modality");
		ModalitySettings m = kind == ModalityKind.MESTI ? ModalitySettings.mesti(Ids.parse(MestiWeighting.class, weighting, "weighting")) : ModalitySettings.of(kind);
		return m.withApexMethod(Ids.parse(ApexMethod.class, apexMethod, "apex method", ApexMethod::spots));
	}

	/** Settings for a network architecture and class count. */
	TrainSettings settings(String network, int numClasses) {
		Architecture arch = Ids.parse(Architecture.class, network, "network");
		NetworkSpec spec = new NetworkSpec(arch, size, width > 0 ? width : arch.defaultWidth(), numClasses);
		return TrainSettings.builder(spec, modalitySettings()).protocol(Ids.parse(Protocol.class, protocol, "protocol")).kFolds(folds)
			.testSubjects(testSubjects).epochs(epochs).batchSize(batchSize).learningRate(lr).weightDecay(weightDecay)
			.loss(Ids.parse(LossKind.class, loss, "loss")).focalGamma(focalGamma).validationFraction(validation).patience(patience)
			.augment(!noAugment).seed(seed).device(device).threads(threads).build();
	}

	/** The cache of {@code --cache}, or {@code <next to>/modality-cache}. */
	ModalityCache cache(Path nextTo) {
		Path abs = nextTo.toAbsolutePath().normalize();
		return new ModalityCache(cache != null ? cache : abs.resolveSibling("modality-cache"));
	}
}
