package org.mer.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mer.clip.ApexMethod;
import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.data.Dataset;
import org.mer.exec.ExecutionEngine;
import org.mer.mesti.InputScaling;
import org.mer.mesti.MestiWeighting;
import org.mer.mesti.ModalityKind;
import org.mer.mesti.ModalitySettings;
import org.mer.mesti.ScalingSettings;
import org.mer.model.ModelConfig;
import org.mer.net.Architecture;
import org.mer.net.NetworkSpec;
import org.mer.train.ComparisonTable;
import org.mer.train.LossKind;
import org.mer.train.Metrics;
import org.mer.train.ModalityCache;
import org.mer.train.MultiSeedReport;
import org.mer.train.PooledMetric;
import org.mer.train.Protocol;
import org.mer.train.RunResult;
import org.mer.train.SeedPlan;
import org.mer.train.SeedSummary;
import org.mer.train.TrainSettings;
import org.mer.train.report.FaithfulnessReport;

/**
 * Train MEGANet, Evaluate and Compare Input Modalities ({@link UseCase#TRAIN},
 * {@link UseCase#EVALUATE}, {@link UseCase#COMPARE}) for every front end: reads the dataset, builds
 * the training settings from the values, and runs {@link Experiment}. Where things go:
 * <ul>
 * <li>Fiji: everything in {@link TrainingParams#RESULT_FOLDER}: Train puts the report in
 * {@code evaluation/} and the model in {@code model/}; the cache is {@code modality-cache/} there.
 * A rerun with the same settings always resumes from the fold checkpoints.</li>
 * <li>Command line: {@code train --out MODEL --report REPORT} (default {@code MODEL-report}),
 * {@code evaluate --report REPORT}, {@code compare --out DIR}; the cache is {@code --cache}, by
 * default {@code modality-cache/} in the report folder (compare: in its folder); {@code --resume}
 * resumes.</li>
 * <li>Several seeds ({@link TrainingParams#SEEDS}, Evaluate and Compare): every run once per seed
 * in its own {@code seed-<n>/} folder, and the summary over the seeds
 * ({@link MultiSeedEvaluation}, {@link MultiSeedGrid}); one seed writes what earlier versions wrote.</li>
 * </ul>
 * Not thread safe (one training per JVM: the engine seed is global).
 */
public final class Training {
	private Training() {}

	/** What a training operation produced and where; {@link #lines()} says it in words. */
	public static final class Outcome {
		private final List<String> lines;
		private final RunResult result;
		private final SeedSummary seeds;
		private final Path report, model;

		Outcome(List<String> lines, RunResult result, Path report, Path model) {
			this(lines, result, null, report, model);
		}

		Outcome(List<String> lines, RunResult result, SeedSummary seeds, Path report, Path model) {
			this.lines = Collections.unmodifiableList(lines);
			this.result = result;
			this.seeds = seeds;
			this.report = report;
			this.model = model;
		}

		/** The summary to print or log: pooled metrics, absent classes, the folders written. */
		public List<String> lines() { return lines; }
		/** The evaluation (null for a comparison and for an evaluation with several seeds). */
		public RunResult result() { return result; }
		/** An evaluation with several seeds: the runs and their summary; else null. */
		public SeedSummary seeds() { return seeds; }

		/**
		 * A pooled metric of an evaluation: of its one run, or the mean over the seeds.
		 *
		 * @throws IllegalStateException for a comparison
		 */
		public double pooled(PooledMetric metric) {
			if (seeds != null) return seeds.estimate(metric).mean();
			if (result == null) throw new IllegalStateException("a comparison has no single pooled metric");
			return metric.of(result.pooled());
		}
		/** The report folder, or the comparison's folder. */
		public Path report() { return report; }
		/** The model folder written by Train, else null. */
		public Path model() { return model; }
	}

	/**
	 * Evaluates with the protocol and writes the report; keeps no model. With several
	 * {@link TrainingParams#SEEDS} each seed's report goes to {@code seed-<n>/} in the report folder
	 * and the summary over the seeds beside them ({@link MultiSeedEvaluation}).
	 */
	public static Outcome evaluate(ParamValues v, Progress progress) {
		Path report = required(v, TrainingParams.RESULT_FOLDER);
		SeedPlan seeds = seeds(v);
		if (seeds.size() > 1) return MultiSeedEvaluation.run(v, report, seeds, progress);
		return run(v, report, null, seeds.seeds().get(0), progress);
	}

	/** Evaluates, writes the report, then trains the final model on all subjects and saves the model folder. */
	public static Outcome train(ParamValues v, Progress progress) {
		Path model, report;
		if (v.frontEnd().isImageJ()) {
			Path out = required(v, TrainingParams.RESULT_FOLDER);
			model = out.resolve("model");
			report = out.resolve("evaluation");
		}
		else {
			model = required(v, TrainingParams.MODEL_OUTPUT).toAbsolutePath().normalize();
			Path given = v.path(TrainingParams.REPORT_FOLDER);
			report = given != null ? given : model.resolveSibling(model.getFileName() + "-report");
		}
		return run(v, report, model, v.get(TrainingParams.SEED), progress);
	}

	/** Every (modality, network) pair with the same settings: comparison.md, comparison.csv and one report per pair. */
	public static Outcome compare(ParamValues v, Progress progress) {
		Path out = required(v, TrainingParams.RESULT_FOLDER);
		ApexMethod apexMethod = v.choice(Params.APEX_METHOD, ApexMethod.class);
		List<ModalitySettings> modalities = new ArrayList<>();
		for (ModalitySettings m : ComparisonGrid.modalities(v.text(TrainingParams.MODALITIES), apexMethod))
			modalities.add(m.withAlign(MakeModality.align(v)));
		List<Architecture> networks = ComparisonGrid.architectures(v.text(TrainingParams.NETWORKS));
		SeedPlan seeds = seeds(v);
		Dataset dataset = Inputs.dataset(v, progress);
		TrainSettings base = settings(v, dataset, networks.get(0), modalities.get(0)).toBuilder().seed(seeds.seeds().get(0)).build();
		if (seeds.size() > 1) {
			MultiSeedReport report;
			try (ExecutionEngine engine = Inputs.engine(v)) {
				report = Experiment.compareSeeds(dataset, modalities, networks, base, v.get(TrainingParams.NETWORK_WIDTH), seeds, cache(v, out), out,
					resume(v), engine.folds(), progress);
			}
			catch (IOException e) {
				throw cannotWrite(out, e);
			}
			List<String> lines = new ArrayList<>(List.of(report.toMarkdown().split("\n")));
			lines.add("table: " + out.resolve(MultiSeedReport.MARKDOWN).toAbsolutePath());
			return new Outcome(lines, null, out, null);
		}
		ComparisonTable table;
		try (ExecutionEngine engine = Inputs.engine(v)) {
			table = Experiment.compare(dataset, modalities, networks, base, v.get(TrainingParams.NETWORK_WIDTH), cache(v, out), out, resume(v),
				engine.folds(), progress);
		}
		catch (IOException e) {
			throw cannotWrite(out, e);
		}
		List<String> lines = new ArrayList<>(List.of(table.toMarkdown().split("\n")));
		lines.add("table: " + out.resolve(ComparisonTable.MARKDOWN).toAbsolutePath());
		return new Outcome(lines, null, out, null);
	}

	/** "UF1 = 0.512, UAR = 0.498, ACC = 0.601 (n = 48)". */
	public static String metricsLine(Metrics m) {
		return String.format(Locale.ROOT, "UF1 = %.3f, UAR = %.3f, ACC = %.3f (n = %d)", m.uf1(), m.uar(), m.acc(), m.n());
	}

	private static Outcome run(ParamValues v, Path report, Path model, long seed, Progress progress) {
		Dataset dataset = Inputs.dataset(v, progress);
		TrainSettings settings = settings(v, dataset, v.choice(TrainingParams.NETWORK, Architecture.class), modality(v)).toBuilder().seed(seed).build();
		Map<String, Object> extras = reportExtras(v);
		Experiment.Evaluation evaluation;
		try (ExecutionEngine engine = Inputs.engine(v)) {
			evaluation = Experiment.evaluate(dataset, settings, report, cache(v, report), engine.folds(), resume(v), extras, model, progress);
		}
		catch (IOException e) {
			throw cannotWrite(report, e);
		}
		RunResult result = evaluation.result();
		Metrics m = result.pooled();
		List<String> lines = new ArrayList<>();
		lines.add(String.format(Locale.ROOT, "%s %s on %s (%d samples, %d folds, %s): ACC %.4f  UF1 %.4f  UAR %.4f", settings.network().architecture().id(),
			settings.modality().key(), dataset.name(), m.n(), result.folds().size(), settings.modelSelection(), m.acc(), m.uf1(), m.uar()));
		if (!m.absentClasses().isEmpty()) lines.add("classes without samples (excluded from UF1/UAR): " + m.absentClasses());
		lines.add(FaithfulnessReport.summaryLine(result));
		lines.add("report: " + report.toAbsolutePath());
		if (model != null) {
			ModelConfig config;
			try {
				config = evaluation.saveModel(model, progress);
			}
			catch (IOException e) {
				throw cannotWrite(model, e);
			}
			lines.add("model: " + model.toAbsolutePath() + " (" + config.networkSpec() + ")");
		}
		return new Outcome(lines, result, report, model);
	}

	/** What report.json gets after its standard entries: the dataset root. */
	static Map<String, Object> reportExtras(ParamValues v) {
		Map<String, Object> extras = new LinkedHashMap<>();
		extras.put("root", v.path(Params.FRAMES_ROOT).toAbsolutePath().toString());
		return extras;
	}

	/** The seeds of {@link TrainingParams#SEEDS} (a count from {@link TrainingParams#SEED}, or a list); errors name the parameter. */
	static SeedPlan seeds(ParamValues v) {
		UseCaseEntry entry = v.useCase().entry(TrainingParams.SEEDS);
		if (entry == null) return SeedPlan.single(v.get(TrainingParams.SEED));
		return SeedPlan.parse(v.text(TrainingParams.SEEDS), v.get(TrainingParams.SEED), v.name(TrainingParams.SEEDS));
	}

	/**
	 * The input scaling of {@link TrainingParams#INPUT_SCALING} with its parameter
	 * ({@link TrainingParams#SCALING_PERCENTILE} for percentile and dataset,
	 * {@link TrainingParams#ZSCORE_LIMIT} for zscore; the other is not used and not checked).
	 */
	static ScalingSettings scaling(ParamValues v) {
		return scaling(v, v.choice(TrainingParams.INPUT_SCALING, InputScaling.class));
	}

	/** Input scaling {@code kind} with its parameter from the values, checked as in {@link #scaling(ParamValues)}. */
	static ScalingSettings scaling(ParamValues v, InputScaling kind) {
		ScalingSettings.Builder b = ScalingSettings.builder(kind);
		if (kind == InputScaling.PERCENTILE || kind == InputScaling.DATASET) {
			double p = v.get(TrainingParams.SCALING_PERCENTILE);
			if (!(p >= 0 && p < 50)) throw v.error(TrainingParams.SCALING_PERCENTILE, "must be a percentage in [0, 50), got " + p);
			b.percentile(p);
		}
		if (kind == InputScaling.ZSCORE) {
			double k = v.get(TrainingParams.ZSCORE_LIMIT);
			if (!(k > 0) || Double.isInfinite(k)) throw v.error(TrainingParams.ZSCORE_LIMIT, "must be a positive number, got " + k);
			b.zscoreClip(k);
		}
		return b.build();
	}

	/** The modality of {@link Params#MODALITY}, {@link Params#WEIGHTING} and {@link Params#APEX_METHOD}. */
	static ModalitySettings modality(ParamValues v) {
		ModalityKind kind = v.choice(Params.MODALITY, ModalityKind.class);
		ModalitySettings m = kind == ModalityKind.MESTI ? ModalitySettings.mesti(v.choice(Params.WEIGHTING, MestiWeighting.class)) : ModalitySettings.of(kind);
		return m.withApexMethod(v.choice(Params.APEX_METHOD, ApexMethod.class)).withAlign(MakeModality.align(v));
	}

	/** The training settings of the values for a network and a modality; the core checks every value and names it. */
	static TrainSettings settings(ParamValues v, Dataset dataset, Architecture arch, ModalitySettings modality) {
		int width = v.get(TrainingParams.NETWORK_WIDTH);
		NetworkSpec spec = new NetworkSpec(arch, v.get(TrainingParams.INPUT_SIZE), width > 0 ? width : arch.defaultWidth(),
			dataset.classes().classes().size());
		return TrainSettings.builder(spec, modality).protocol(v.choice(TrainingParams.PROTOCOL, Protocol.class)).kFolds(v.get(TrainingParams.FOLDS))
			.testSubjects(v.list(TrainingParams.TEST_SUBJECTS)).epochs(v.get(TrainingParams.EPOCHS)).batchSize(v.get(TrainingParams.BATCH_SIZE))
			.learningRate(v.get(TrainingParams.LEARNING_RATE).floatValue()).weightDecay(v.get(TrainingParams.WEIGHT_DECAY).floatValue())
			.loss(v.choice(TrainingParams.LOSS, LossKind.class)).focalGamma(v.get(TrainingParams.FOCAL_GAMMA).floatValue())
			.validationFraction(v.get(TrainingParams.VALIDATION)).patience(v.get(TrainingParams.PATIENCE)).augment(v.get(TrainingParams.AUGMENT))
			.seed(v.get(TrainingParams.SEED)).device(v.get(Params.DEVICE)).threads(v.get(TrainingParams.THREADS)).scaling(scaling(v)).build();
	}

	/** Fiji always resumes from checkpoints of the same settings; the command line when asked. */
	static boolean resume(ParamValues v) {
		return v.frontEnd().isImageJ() || v.get(Params.RESUME);
	}

	static ModalityCache cache(ParamValues v, Path outputFolder) {
		Path given = v.path(TrainingParams.CACHE_FOLDER);
		return new ModalityCache(given != null ? given : outputFolder.resolve("modality-cache"));
	}

	static InputException cannotWrite(Path folder, IOException e) {
		return new InputException("cannot write " + folder + ": " + e.getMessage(), e);
	}

	private static Path required(ParamValues v, org.mer.app.Param<String> param) {
		Path p = v.path(param);
		if (p == null) throw v.error(param, "is missing: give the folder to write to");
		return p;
	}
}
