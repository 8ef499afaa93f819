package org.mer.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.mer.figures.ReportImages;
import org.mer.train.TrainSettings;
import org.mer.train.RunResult;
import org.mer.train.ProtocolRunner;
import org.mer.train.ModalityCache;
import org.mer.train.FoldResult;
import org.mer.train.FoldExecutor;
import org.mer.train.Examples;
import org.mer.train.Example;
import org.mer.train.EpochRecord;
import org.mer.train.ComparisonTable;
import org.mer.core.Ids;
import org.mer.clip.ApexMethod;
import org.mer.core.CanceledException;
import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.data.Sample;
import org.mer.io.OutputKind;
import org.mer.io.OutputLock;
import org.mer.io.OwnedFolder;
import org.mer.io.ProtectedPaths;
import org.mer.mesti.MestiWeighting;
import org.mer.mesti.ModalityKind;
import org.mer.mesti.ModalitySettings;
import org.mer.net.Architecture;
import org.mer.net.NetworkSpec;
import org.mer.train.report.EvaluationReport;
import org.mer.train.report.FaithfulnessReport;

/**
 * The paper's comparison grid (issue 4): every (modality, network) cell is evaluated with the
 * same protocol, epochs, seed and optimisation settings on one dataset, and the pooled ACC, UF1
 * and UAR of each cell go into one table ({@link ComparisonTable}). Each cell keeps its own full
 * report and fold checkpoints in {@code <out>/<modality key>__<network id>/}, so an interrupted
 * comparison resumes cell by cell and fold by fold. Modality images are computed once per
 * modality through the cache. Not thread safe.
 */
public final class ComparisonGrid {
	private ComparisonGrid() {}

	/**
	 * The modalities of a comma-separated list of {@link #modality} ids, each with apex spotting by
	 * {@code apexMethod}.
	 *
	 * @throws InputException when an id is unknown or the list names none
	 */
	public static List<ModalitySettings> modalities(String csv, ApexMethod apexMethod) {
		List<ModalitySettings> out = new ArrayList<>();
		for (String id : ids(csv, "modality"))
			out.add(ModalitySettings.parse(id).withApexMethod(apexMethod));
		return out;
	}

	/**
	 * The architectures of a comma-separated list of ids ({@link Architecture#fromId}).
	 *
	 * @throws InputException when an id is unknown or the list names none
	 */
	public static List<Architecture> architectures(String csv) {
		List<Architecture> out = new ArrayList<>();
		for (String id : ids(csv, "network"))
			out.add(Ids.parse(Architecture.class, id, "network"));
		return out;
	}

	private static List<String> ids(String csv, String what) {
		List<String> ids = new ArrayList<>();
		for (String s : (csv == null ? "" : csv).split(","))
			if (!s.trim().isEmpty()) ids.add(s.trim());
		if (ids.isEmpty()) throw new InputException("the comparison needs at least one " + what + ", got '" + (csv == null ? "" : csv) + "'");
		return ids;
	}

	/**
	 * Runs the grid.
	 *
	 * @param base protocol, epochs, optimisation, seed, device, input size; its network and modality
	 *          are replaced per cell (width: {@code width} when positive, else each architecture's default)
	 * @param out folder for the per-cell reports and the table ({@code comparison.md}, {@code comparison.csv})
	 */
	public static ComparisonTable run(String dataset, List<Sample> samples, List<String> classes,
		List<ModalitySettings> modalities, List<Architecture> architectures, TrainSettings base, int width, ModalityCache cache,
		Path out, boolean resume, Progress progress) throws IOException
	{
		return run(dataset, samples, classes, modalities, architectures, base, width, cache, out, resume, null, progress);
	}

	/**
	 * Runs the grid with each cell's folds trained by {@code executor} (e.g. as Spark tasks; null
	 * = one after the other in this thread); see the other {@code run}. With an executor the cells
	 * of one modality run at the same time, each waiting for its folds, so all their folds are
	 * tasks at once; the table and reports are the same as without.
	 */
	public static ComparisonTable run(String dataset, List<Sample> samples, List<String> classes,
		List<ModalitySettings> modalities, List<Architecture> architectures, TrainSettings base, int width, ModalityCache cache,
		Path out, boolean resume, FoldExecutor executor, Progress progress) throws IOException
	{
		if (modalities.isEmpty() || architectures.isEmpty()) throw new InputException("the comparison needs at least one modality and one network");
		ProtectedPaths.Builder protect = ProtectedPaths.builder().output(cache == null ? null : cache.folder());
		for (Sample s : samples)
			protect.input(s.frames());
		OwnedFolder.claim(out, OutputKind.COMPARISON, protect.build(), ComparisonTable.MARKDOWN);
		ProtocolRunner.logCounts(samples, classes, progress);
		List<ComparisonTable.Cell> cells = new ArrayList<>();
		int total = modalities.size() * architectures.size(), done = 0;
		for (ModalitySettings modality : modalities) {
			TrainSettings withModality = base.toBuilder().modality(modality).build();
			progress.log("comparison: computing " + modality.label() + " images");
			if (executor != null) executor.prepare(samples, modality, cache, progress);
			List<Example> examples = Examples.load(samples, classes, withModality, cache, progress);
			List<Callable<ComparisonTable.Cell>> row = new ArrayList<>();
			for (Architecture arch : architectures) {
				int number = ++done;
				NetworkSpec spec = new NetworkSpec(arch, base.inputSize(), width > 0 ? width : arch.defaultWidth(), classes.size());
				TrainSettings settings = withModality.toBuilder().network(spec).build();
				row.add(() -> {
					progress.log("comparison cell " + number + "/" + total + ": " + modality.label() + " x " + arch.id());
					long start = System.nanoTime();
					Path cellDir = out.resolve(modality.key() + "__" + arch.id());
					RunResult run;
					double seconds;
					try (OutputLock lock = OutputLock.acquire(cellDir, progress)) {
						run = new ProtocolRunner(settings, cache, executor).run(dataset, examples, classes, cellDir, resume, progress);
						seconds = (System.nanoTime() - start) / 1e9;
						new EvaluationReport(run).with("seconds", seconds).write(cellDir, ReportImages.INSTANCE);
						progress.log(modality.label() + " x " + arch.id() + ": " + FaithfulnessReport.summaryLine(run));
					}
					return new ComparisonTable.Cell(modality.label(), arch.id(), run.pooled(), run.folds().size(), seconds, run.secondsPerEpoch());
				});
			}
			cells.addAll(executor == null ? inTurn(row) : concurrently(row));
		}
		ComparisonTable table = new ComparisonTable(dataset, base, Collections.unmodifiableList(cells));
		table.write(out);
		progress.log("comparison table written to " + out.resolve(ComparisonTable.MARKDOWN));
		return table;
	}

	/** Calls the tasks one after the other in this thread; results in the given order. */
	static <T> List<T> inTurn(List<Callable<T>> tasks) throws IOException {
		List<T> out = new ArrayList<>();
		for (Callable<T> c : tasks)
			out.add(call(c));
		return out;
	}

	/**
	 * Runs the tasks at the same time, one thread each (each task's folds are trained by a
	 * {@link FoldExecutor}, e.g. as Spark tasks, so the cluster gets every cell x fold at once);
	 * results in the given order. The first failure is rethrown after the others are interrupted.
	 */
	static <T> List<T> concurrently(List<Callable<T>> tasks) throws IOException {
		ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> c : tasks)
				futures.add(pool.submit(() -> call(c)));
			List<T> out = new ArrayList<>();
			for (Future<T> f : futures)
				out.add(f.get());
			return out;
		}
		catch (ExecutionException e) {
			Throwable cause = e.getCause();
			if (cause instanceof IOException) throw (IOException) cause;
			if (cause instanceof RuntimeException) throw (RuntimeException) cause;
			throw new IllegalStateException(cause);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CanceledException();
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static <T> T call(Callable<T> task) throws IOException {
		try {
			return task.call();
		}
		catch (IOException | RuntimeException e) {
			throw e;
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
