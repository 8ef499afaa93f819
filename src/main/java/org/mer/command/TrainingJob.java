package org.mer.command;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mer.core.Ids;
import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.data.Dataset;
import org.mer.data.DatasetReaders;
import org.mer.mesti.ModalitySettings;
import org.mer.model.ModelConfig;
import org.mer.net.Architecture;
import org.mer.net.NetworkSpec;
import org.mer.app.ComparisonGrid;
import org.mer.train.ComparisonTable;
import org.mer.app.Experiment;
import org.mer.train.Metrics;
import org.mer.train.ModalityCache;
import org.mer.train.RunResult;
import org.mer.train.TrainSettings;

/**
 * Train MEGANet, Evaluate (Leave-One-Subject-Out) and Compare Input Modalities, shared by the
 * SciJava commands and the ImageJ 1.x plug-ins: reads the dataset, builds the training
 * settings from the few parameters the menus expose (everything else at the training
 * defaults), and runs them through {@link Experiment} as the CLI does (reports get the same
 * extra entries). Modality images are cached in
 * {@code <result folder>/modality-cache}; fold checkpoints and reports go to the result folder,
 * so a rerun with the same settings resumes. Not thread safe (one training per JVM).
 */
public final class TrainingJob {
	/** Everything a run needs besides its result folder. */
	public static final class Request {
		final String datasetKind, framesRoot, sheet, classSet;
		final ModalitySettings modality;
		final String network;
		final int inputSize, width, epochs, batchSize;
		final double learningRate;
		final long seed;
		final String device;

		/**
		 * @param sheet coding sheet, or blank to let the reader find it under {@code framesRoot}
		 * @param classSet class set name or mapping csv, or blank for the dataset's usual set
		 * @param width first-stage channels, 0 for the architecture's default
		 */
		public Request(String datasetKind, String framesRoot, String sheet, String classSet, ModalitySettings modality, String network,
			int inputSize, int width, int epochs, int batchSize, double learningRate, long seed, String device) {
			this.datasetKind = datasetKind;
			this.framesRoot = framesRoot;
			this.sheet = sheet;
			this.classSet = classSet;
			this.modality = modality;
			this.network = network;
			this.inputSize = inputSize;
			this.width = width;
			this.epochs = epochs;
			this.batchSize = batchSize;
			this.learningRate = learningRate;
			this.seed = seed;
			this.device = device;
		}
	}

	private TrainingJob() {}

	/** Reads the dataset the request names; its issues and summary go to the log ({@link DatasetReaders#readForTraining}). */
	public static Dataset readDataset(Request r, Progress progress) {
		if (blank(r.framesRoot)) throw new InputException(ParameterNames.FRAMES_ROOT + " is empty");
		return DatasetReaders.readForTraining(r.datasetKind, Paths.get(r.framesRoot.trim()), blank(r.sheet) ? null : Paths.get(r.sheet.trim()),
			r.classSet, ParameterNames.CLASS_SET, progress);
	}

	/** The training settings of a request for a dataset's classes. */
	public static TrainSettings settings(Request r, Dataset dataset) {
		Architecture arch = Ids.parse(Architecture.class, r.network, "network");
		int classes = dataset.classes().classes().size();
		NetworkSpec spec = r.width > 0 ? new NetworkSpec(arch, r.inputSize, r.width, classes) : new NetworkSpec(arch, r.inputSize, classes);
		if (r.epochs < 1) throw new InputException(ParameterNames.EPOCHS + " must be at least 1, got " + r.epochs);
		if (r.batchSize < 1) throw new InputException(ParameterNames.BATCH_SIZE + " must be at least 1, got " + r.batchSize);
		if (!(r.learningRate > 0)) throw new InputException(ParameterNames.LEARNING_RATE + " must be > 0, got " + r.learningRate);
		return TrainSettings.builder(spec, r.modality).epochs(r.epochs).batchSize(r.batchSize).learningRate((float) r.learningRate).seed(r.seed)
			.device(r.device).build();
	}

	/** LOSO evaluation; writes the report (report.json, tables, figures) into {@code folder}. */
	public static RunResult evaluate(Request r, String folder, Progress progress) {
		Path out = folder(folder);
		return evaluation(r, out, out, null, progress).result();
	}

	/**
	 * LOSO evaluation (report in {@code folder}/evaluation), then the final model trained on all
	 * subjects and saved as a model folder in {@code folder}/model.
	 *
	 * @return the model folder
	 */
	public static Path train(Request r, String folder, Progress progress) {
		Path out = folder(folder);
		Path modelDir = out.resolve("model");
		Experiment.Evaluation run = evaluation(r, out.resolve("evaluation"), out, modelDir, progress);
		try {
			ModelConfig config = run.saveModel(modelDir, progress);
			progress.log("model " + config.networkSpec() + " saved to " + modelDir);
		}
		catch (IOException e) {
			throw new InputException("cannot save the model to " + modelDir + ": " + e.getMessage(), e);
		}
		return modelDir;
	}

	/**
	 * Evaluates every (modality, network) pair with the request's settings and writes
	 * comparison.md / comparison.csv plus one report per pair into {@code folder}.
	 *
	 * @param modalities comma-separated ids (mesti, mesti-rank_pooled, dynamic-image, apex, difference, flow)
	 * @param networks comma-separated architecture ids
	 */
	public static ComparisonTable compare(Request r, String modalities, String networks, String folder, Progress progress) {
		Path out = folder(folder);
		List<ModalitySettings> ms = ComparisonGrid.modalities(modalities, r.modality.apexMethod());
		List<Architecture> archs = ComparisonGrid.architectures(networks);
		Dataset dataset = readDataset(r, progress);
		try {
			return Experiment.compare(dataset, ms, archs, settings(r, dataset), r.width, cache(out), out, true, null, progress);
		}
		catch (IOException e) {
			throw new InputException("cannot write the comparison to " + out + ": " + e.getMessage(), e);
		}
	}

	/** "UF1 = 0.512, UAR = 0.498, ACC = 0.601 (n = 48)". */
	public static String metricsLine(Metrics m) {
		return String.format(Locale.ROOT, "UF1 = %.3f, UAR = %.3f, ACC = %.3f (n = %d)", m.uf1(), m.uar(), m.acc(), m.n());
	}

	/** Reads the dataset, evaluates (resuming from {@code reportDir}, images cached under {@code out}) and logs the pooled metrics. */
	private static Experiment.Evaluation evaluation(Request r, Path reportDir, Path out, Path modelDir, Progress progress) {
		Dataset dataset = readDataset(r, progress);
		Experiment.Evaluation run;
		try {
			run = Experiment.evaluate(dataset, settings(r, dataset), reportDir, cache(out), null, true, extras(r), modelDir, progress);
		}
		catch (IOException e) {
			throw new InputException("cannot write the report to " + reportDir + ": " + e.getMessage(), e);
		}
		progress.log(metricsLine(run.result().pooled()));
		return run;
	}

	/** The report entries the Fiji front end adds: the dataset root, as the CLI records it. */
	private static Map<String, Object> extras(Request r) {
		Map<String, Object> extras = new LinkedHashMap<>();
		extras.put("root", Paths.get(r.framesRoot.trim()).toAbsolutePath().toString());
		return extras;
	}

	private static ModalityCache cache(Path out) {
		return new ModalityCache(out.resolve("modality-cache"));
	}

	private static Path folder(String folder) {
		if (blank(folder)) throw new InputException(ParameterNames.RESULT_FOLDER + " is empty");
		return Paths.get(folder.trim());
	}

	private static boolean blank(String s) {
		return s == null || s.trim().isEmpty();
	}
}
