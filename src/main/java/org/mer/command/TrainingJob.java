package org.mer.command;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.data.ClassSet;
import org.mer.data.Dataset;
import org.mer.data.DatasetKind;
import org.mer.data.DatasetReaders;
import org.mer.mesti.ModalitySettings;
import org.mer.model.ModelConfig;
import org.mer.net.Architecture;
import org.mer.net.NetworkSpec;
import org.mer.train.Comparison;
import org.mer.train.ComparisonTable;
import org.mer.train.Examples;
import org.mer.train.FinalModel;
import org.mer.train.LosoRunner;
import org.mer.train.Metrics;
import org.mer.train.ModalityCache;
import org.mer.train.RunResult;
import org.mer.train.TrainSettings;
import org.mer.train.report.EvaluationReport;

/**
 * Train MEGANet, Evaluate (Leave-One-Subject-Out) and Compare Input Modalities, shared by the
 * SciJava commands and the ImageJ 1.x plug-ins: reads the dataset, builds the training
 * settings from the few parameters the menus expose (everything else at the training
 * defaults), and runs the train package. Modality images are cached in
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

	/** Reads the dataset the request names; its issues go to the log. */
	public static Dataset readDataset(Request r, Progress progress) {
		if (blank(r.framesRoot)) throw new InputException(ParameterNames.FRAMES_ROOT + " is empty");
		DatasetKind kind = DatasetKind.parse(r.datasetKind);
		String setName = blank(r.classSet) ? kind.defaultClassSet() : r.classSet.trim();
		if (setName == null) throw new InputException(ParameterNames.CLASS_SET + " is needed for dataset kind " + kind.id());
		Dataset dataset = DatasetReaders.forKind(kind).read(Paths.get(r.framesRoot.trim()), blank(r.sheet) ? null : Paths.get(r.sheet.trim()),
			ClassSet.resolve(setName), progress);
		for (String issue : dataset.issues())
			progress.log(issue);
		progress.log(dataset.summary());
		if (dataset.samples().isEmpty()) throw new InputException("no usable sample in " + r.framesRoot + " with class set " + setName);
		return dataset;
	}

	/** The training settings of a request for a dataset's classes. */
	public static TrainSettings settings(Request r, Dataset dataset) {
		Architecture arch = Architecture.fromId(r.network);
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
		Dataset dataset = readDataset(r, progress);
		LosoRunner runner = new LosoRunner(settings(r, dataset), new ModalityCache(out.resolve("modality-cache")));
		RunResult run = runner.runSamples(dataset.name(), dataset.samples(), dataset.classes().classes(), out, true, progress);
		writeReport(run, out);
		progress.log(metricsLine(run.pooled()));
		return run;
	}

	/**
	 * LOSO evaluation (report in {@code folder}/evaluation), then the final model trained on all
	 * subjects and saved as a model folder in {@code folder}/model.
	 *
	 * @return the model folder
	 */
	public static Path train(Request r, String folder, Progress progress) {
		Path out = folder(folder);
		Dataset dataset = readDataset(r, progress);
		TrainSettings settings = settings(r, dataset);
		ModalityCache cache = new ModalityCache(out.resolve("modality-cache"));
		LosoRunner runner = new LosoRunner(settings, cache);
		List<String> classes = dataset.classes().classes();
		Path evaluation = out.resolve("evaluation");
		RunResult run = runner.runSamples(dataset.name(), dataset.samples(), classes, evaluation, true, progress);
		writeReport(run, evaluation);
		progress.log(metricsLine(run.pooled()));
		Path modelDir = out.resolve("model");
		try {
			ModelConfig config = FinalModel.trainAndSave(runner, Examples.load(dataset.samples(), classes, settings, cache, progress), run, modelDir, progress);
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
		Dataset dataset = readDataset(r, progress);
		List<ModalitySettings> ms = new ArrayList<>();
		for (String id : list(modalities, ParameterNames.MODALITIES))
			ms.add(Comparison.modality(id));
		List<Architecture> archs = new ArrayList<>();
		for (String id : list(networks, ParameterNames.NETWORKS))
			archs.add(Architecture.fromId(id));
		TrainSettings base = settings(r, dataset);
		try {
			ComparisonTable table = Comparison.run(dataset.name(), dataset.samples(), dataset.classes().classes(), ms, archs, base, r.width,
				new ModalityCache(out.resolve("modality-cache")), out, true, progress);
			table.write(out);
			progress.log("comparison written to " + out.resolve(ComparisonTable.MARKDOWN));
			return table;
		}
		catch (IOException e) {
			throw new InputException("cannot write the comparison to " + out + ": " + e.getMessage(), e);
		}
	}

	/** "UF1 = 0.512, UAR = 0.498, ACC = 0.601 (n = 48)". */
	public static String metricsLine(Metrics m) {
		return String.format(Locale.ROOT, "UF1 = %.3f, UAR = %.3f, ACC = %.3f (n = %d)", m.uf1(), m.uar(), m.acc(), m.n());
	}

	private static void writeReport(RunResult run, Path dir) {
		try {
			new EvaluationReport(run).write(dir);
		}
		catch (IOException e) {
			throw new InputException("cannot write the report to " + dir + ": " + e.getMessage(), e);
		}
	}

	private static List<String> list(String csv, String field) {
		List<String> ids = new ArrayList<>();
		for (String s : (csv == null ? "" : csv).split(","))
			if (!s.trim().isEmpty()) ids.add(s.trim());
		if (ids.isEmpty()) throw new InputException(field + " is empty");
		return ids;
	}

	private static Path folder(String folder) {
		if (blank(folder)) throw new InputException(ParameterNames.RESULT_FOLDER + " is empty");
		return Paths.get(folder.trim());
	}

	private static boolean blank(String s) {
		return s == null || s.trim().isEmpty();
	}
}
