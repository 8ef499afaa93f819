package org.mer.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.data.Sample;
import org.mer.data.synth.SyntheticDatasetGenerator;
import org.mer.figures.ReportImages;
import org.mer.io.OutputKind;
import org.mer.io.OutputLock;
import org.mer.io.OwnedFolder;
import org.mer.io.ProtectedPaths;
import org.mer.mesti.ModalitySettings;
import org.mer.net.Architecture;
import org.mer.net.NetworkSpec;
import org.mer.train.ComparisonCell;
import org.mer.train.Example;
import org.mer.train.Examples;
import org.mer.train.FoldExecutor;
import org.mer.train.ModalityCache;
import org.mer.train.MultiSeedCell;
import org.mer.train.MultiSeedComparison;
import org.mer.train.MultiSeedReport;
import org.mer.train.ProtocolRunner;
import org.mer.train.RunResult;
import org.mer.train.SeedPlan;
import org.mer.train.SeedSummary;
import org.mer.train.SignificanceSettings;
import org.mer.train.TrainSettings;
import org.mer.train.report.EvaluationReport;

/**
 * The comparison grid with several training seeds (issue 13 §1, {@code compare --seeds N}):
 * every (modality, network) cell is evaluated once per seed, each run with its full report and
 * fold checkpoints in {@code <out>/<modality key>__<network id>/seed-<n>/} (so an interrupted
 * comparison resumes run by run and fold by fold), and the cells, the paired differences of the
 * paper's claims and their tests are written as a {@link MultiSeedReport} into {@code <out>}
 * ({@code comparison.md}, {@code comparison.csv}, {@code comparison-seeds.csv},
 * {@code comparison-differences.csv}, {@code comparison.json}). Modality images are computed once
 * per modality through the cache; the seeds only change initialisation, batch order,
 * augmentation (and the k-fold split), never the images.
 * <p>
 * Order: modality by modality; within a modality seed by seed, cell by cell. With a
 * {@link FoldExecutor} (e.g. Spark) every run of one modality (networks x seeds) is started at
 * once, each waiting for its folds, so all their folds are tasks at the same time; the reports
 * are the same as without. Not thread safe (one training per JVM without an executor).
 */
public final class MultiSeedGrid {
	private MultiSeedGrid() {}

	/**
	 * Runs the grid with every seed and writes the report.
	 *
	 * @param base protocol, optimisation, input size and scaling, device of every run; its network,
	 *          modality and seed are replaced per run
	 * @param width network width of every cell; 0 = each architecture's default
	 * @param executor trains the folds elsewhere (runs of a modality then go at once); null = in turn in this thread
	 * @throws InputException for no modality or network, or an output folder that may not be written
	 */
	public static MultiSeedReport run(String dataset, List<Sample> samples, List<String> classes, List<ModalitySettings> modalities,
		List<Architecture> architectures, TrainSettings base, int width, SeedPlan seeds, ModalityCache cache, Path out, boolean resume,
		FoldExecutor executor, SignificanceSettings significance, Progress progress) throws IOException
	{
		if (modalities.isEmpty() || architectures.isEmpty()) throw new InputException("the comparison needs at least one modality and one network");
		ProtectedPaths.Builder protect = ProtectedPaths.builder().output(cache == null ? null : cache.folder());
		for (Sample s : samples)
			protect.input(s.frames());
		OwnedFolder.claim(out, OutputKind.COMPARISON, protect.build(), MultiSeedReport.MARKDOWN);
		ProtocolRunner.logCounts(samples, classes, progress);
		Map<ComparisonCell, Map<Long, RunResult>> runs = new LinkedHashMap<>();
		int total = modalities.size() * architectures.size() * seeds.size();
		int[] done = { 0 };
		for (ModalitySettings modality : modalities) {
			TrainSettings withModality = base.toBuilder().modality(modality).build();
			progress.log("comparison: computing " + modality.label() + " images");
			if (executor != null) executor.prepare(samples, modality, cache, progress);
			List<Example> examples = Examples.load(samples, classes, withModality, cache, progress);
			List<ComparisonCell> keys = new ArrayList<>();
			List<Long> keySeeds = new ArrayList<>();
			List<Callable<RunResult>> tasks = new ArrayList<>();
			for (long seed : seeds.seeds())
				for (Architecture arch : architectures) {
					ComparisonCell cell = new ComparisonCell(modality, arch);
					runs.putIfAbsent(cell, new LinkedHashMap<>());
					NetworkSpec spec = new NetworkSpec(arch, base.inputSize(), width > 0 ? width : arch.defaultWidth(), classes.size());
					TrainSettings settings = withModality.toBuilder().network(spec).seed(seed).build();
					int number = ++done[0];
					keys.add(cell);
					keySeeds.add(seed);
					tasks.add(() -> {
						progress.checkCanceled();
						progress.log("comparison run " + number + "/" + total + ": " + cell + ", seed " + seed);
						return runCell(dataset, examples, classes, settings, cache, executor, SeedSummary.seedFolder(out.resolve(cell.key()), seed),
							resume, progress);
					});
				}
			List<RunResult> results = executor == null ? ComparisonGrid.inTurn(tasks) : ComparisonGrid.concurrently(tasks);
			for (int i = 0; i < results.size(); i++)
				runs.get(keys.get(i)).put(keySeeds.get(i), results.get(i));
		}
		List<MultiSeedCell> cells = new ArrayList<>();
		runs.forEach((cell, bySeed) -> cells.add(new MultiSeedCell(cell, bySeed)));
		MultiSeedReport report = MultiSeedComparison.of(cells, significance, progress);
		if (!samples.isEmpty() && SyntheticDatasetGenerator.isSynthetic(samples.get(0).frames())) report = report.withNote(SYNTHETIC_NOTE);
		report.write(out);
		progress.log("comparison table written to " + out.resolve(MultiSeedReport.MARKDOWN));
		return report;
	}

	/** The note every multi-seed report on the project's synthetic data carries. */
	static final String SYNTHETIC_NOTE = "SYNTHETIC DATA: these numbers come from the project's synthetic faces and say nothing about "
		+ "how the methods do on real micro-expressions.";

	/** One run of one cell and seed, in its folder (locked for the run), with its full report. */
	private static RunResult runCell(String dataset, List<Example> examples, List<String> classes, TrainSettings settings, ModalityCache cache,
		FoldExecutor executor, Path dir, boolean resume, Progress progress) throws IOException
	{
		long start = System.nanoTime();
		try (OutputLock lock = OutputLock.acquire(dir, progress)) {
			RunResult run = new ProtocolRunner(settings, cache, executor).run(dataset, examples, classes, dir, resume, progress);
			new EvaluationReport(run).with("seconds", (System.nanoTime() - start) / 1e9).write(dir, ReportImages.INSTANCE);
			return run;
		}
	}
}
