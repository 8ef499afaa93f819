package org.mer.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.mer.core.Progress;
import org.mer.data.Dataset;
import org.mer.data.Sample;
import org.mer.data.synth.SyntheticDatasetGenerator;
import org.mer.exec.ExecutionEngine;
import org.mer.io.OutputKind;
import org.mer.io.OutputLock;
import org.mer.io.OwnedFolder;
import org.mer.io.ProtectedPaths;
import org.mer.mesti.ModalitySettings;
import org.mer.net.Architecture;
import org.mer.stats.MeanEstimate;
import org.mer.train.ComparisonCell;
import org.mer.train.FoldExecutor;
import org.mer.train.ModalityCache;
import org.mer.train.MultiSeedCell;
import org.mer.train.PooledMetric;
import org.mer.train.RunResult;
import org.mer.train.SeedPlan;
import org.mer.train.SeedSummary;
import org.mer.train.SignificanceSettings;
import org.mer.train.TrainSettings;

/**
 * Evaluate with several training seeds ({@code evaluate --seeds N}, issue 13 §1): the evaluation
 * of {@link Training#evaluate} once per seed, each with its full report and fold checkpoints in
 * {@code <report>/seed-<n>/} (resumable run by run and fold by fold), then the mean, sd and t
 * interval of the pooled UF1, UAR and ACC over the seeds in {@code <report>/summary.md},
 * {@code summary.csv}, {@code summary.json} ({@link SeedSummary}). The modality cache (default
 * {@code <report>/modality-cache}) is shared by the seeds. The report folder is locked for the
 * whole call. With an engine that trains folds elsewhere (Spark) the seeds run at the same time,
 * so the folds of every seed are tasks together; locally they run one after the other. Not
 * thread safe (one training per JVM).
 */
final class MultiSeedEvaluation {
	private MultiSeedEvaluation() {}

	static Training.Outcome run(ParamValues v, Path report, SeedPlan seeds, Progress progress) {
		try (ExecutionEngine engine = Inputs.engine(v)) {
			return run(v, report, seeds, engine.folds(), progress);
		}
	}

	/** As {@link #run(ParamValues, Path, SeedPlan, Progress)} with the folds trained by {@code folds} (null: in this thread). */
	static Training.Outcome run(ParamValues v, Path report, SeedPlan seeds, FoldExecutor folds, Progress progress) {
		Dataset dataset = Inputs.dataset(v, progress);
		Architecture arch = v.choice(TrainingParams.NETWORK, Architecture.class);
		ModalitySettings modality = Training.modality(v);
		TrainSettings base = Training.settings(v, dataset, arch, modality);
		ModalityCache cache = Training.cache(v, report);
		Map<Long, RunResult> runs = new LinkedHashMap<>();
		SeedSummary summary;
		try (OutputLock lock = OutputLock.acquire(report, progress)) {
			ProtectedPaths.Builder protect = ProtectedPaths.builder();
			for (Sample s : dataset.samples())
				protect.input(s.frames());
			OwnedFolder.claim(report, OutputKind.REPORT, protect.build(), "report.json");
			List<Callable<RunResult>> tasks = new ArrayList<>();
			for (long seed : seeds.seeds()) {
				int number = tasks.size() + 1;
				tasks.add(() -> {
					progress.checkCanceled();
					progress.log("evaluation " + number + "/" + seeds.size() + ": seed " + seed);
					return Experiment.evaluate(dataset, base.toBuilder().seed(seed).build(), SeedSummary.seedFolder(report, seed), cache, folds,
						Training.resume(v), Training.reportExtras(v), null, progress).result();
				});
			}
			if (folds != null) folds.prepare(dataset.samples(), modality, cache, progress); // once, before the seeds load them at the same time
			List<RunResult> results = folds == null ? ComparisonGrid.inTurn(tasks) : ComparisonGrid.concurrently(tasks);
			for (int i = 0; i < results.size(); i++)
				runs.put(seeds.seeds().get(i), results.get(i));
			summary = new SeedSummary(new MultiSeedCell(new ComparisonCell(modality, arch), runs), SignificanceSettings.defaults().level());
			if (!dataset.samples().isEmpty() && SyntheticDatasetGenerator.isSynthetic(dataset.samples().get(0).frames()))
				summary = summary.withNote(MultiSeedGrid.SYNTHETIC_NOTE);
			summary.write(report);
		}
		catch (IOException e) {
			throw Training.cannotWrite(report, e);
		}
		List<String> lines = new ArrayList<>();
		lines.add(String.format(Locale.ROOT, "%s %s on %s, %s (mean +- sd [95%% t interval] over the seeds):", arch.id(), modality.key(),
			dataset.name(), seeds.describe()));
		for (PooledMetric m : new PooledMetric[] { PooledMetric.UF1, PooledMetric.UAR, PooledMetric.ACC }) {
			MeanEstimate e = summary.estimate(m);
			lines.add(String.format(Locale.ROOT, "  %s %.4f +- %.4f %s", m.label(), e.mean(), e.sd(),
				e.interval().map(ci -> String.format(Locale.ROOT, "[%.4f, %.4f]", ci.low(), ci.high())).orElse("")));
		}
		lines.add("report: " + report.toAbsolutePath() + " (summary.md; each seed in seed-<n>/)");
		return new Training.Outcome(lines, null, summary, report, null);
	}
}
