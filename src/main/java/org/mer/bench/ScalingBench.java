package org.mer.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ai.djl.Device;

import org.mer.classify.BatchClassifier;
import org.mer.classify.ClipJob;
import org.mer.classify.Classifier;
import org.mer.core.Progress;
import org.mer.data.Sample;
import org.mer.mesti.MestiWeighting;
import org.mer.mesti.ModalitySettings;
import org.mer.train.ProtocolRunner;
import org.mer.train.ModalityCache;
import org.mer.train.TrainSettings;
import org.mer.io.ExistingOutput;
import org.mer.io.OutputKind;
import org.mer.io.OwnedFolder;

/**
 * Section 5: how cost grows. Batch classification ({@link BatchClassifier}, streaming) of 10,
 * 100 and 1000 clips (quick: 10 and 100): time per clip and peak memory, each compared with the
 * 10-clip run (flat per-clip time and flat peak memory = linear time, bounded memory). The
 * clips are small (64 x 64 JPEG, 10-14 frames, network input 64) so that 1000 take minutes; the
 * jobs cycle over 12 generated clip folders, every job decoding its frames afresh. Then LOSO
 * training (1 epoch, input 64) as the number of subjects doubles, compared with the smallest:
 * LOSO trains one fold per subject on all other subjects, so the work grows as
 * subjects x (subjects - 1).
 */
final class ScalingBench {
	static final String SECTION = "5 scaling";
	static final int SIZE = 64;

	private final BenchReport report;
	private final BenchOptions options;

	ScalingBench(BenchReport report, BenchOptions options) {
		this.report = report;
		this.options = options;
	}

	void run() throws Exception {
		int threads = BenchModels.useAllCores();
		Path tmp = OwnedFolder.createTemp(null, "mer-bench-scale", OutputKind.BENCH);
		try {
			batch(tmp);
			loso(tmp, threads);
		}
		finally {
			OwnedFolder.deleteTree(tmp);
		}
	}

	private void batch(Path tmp) throws Exception {
		List<Sample> folders = BenchData.generate(tmp.resolve("clips"), 2, 2, 64, 10, 14);
		Path modelDir = tmp.resolve("model");
		BenchModels.saveFolder(BenchModels.spec(SIZE), modelDir, 5);
		int[] counts = options.quick ? new int[] { 10, 100 } : new int[] { 10, 100, 1000 };
		double perClip0 = Double.NaN, heap0 = Double.NaN, rss0 = Double.NaN, live0 = Double.NaN;
		PeakMemory memory = new PeakMemory();
		try (Classifier classifier = Classifier.open(modelDir, Device.cpu())) {
			List<ClipJob> warm = jobs(folders, 4);
			new BatchClassifier(classifier, Progress.NONE).classify(warm, tmp.resolve("warm.csv"), ExistingOutput.OVERWRITE);
			for (int n : counts) {
				List<ClipJob> jobs = jobs(folders, n);
				memory.reset();
				long t0 = System.nanoTime();
				BatchClassifier.Summary s = new BatchClassifier(classifier, Progress.NONE).classify(jobs, tmp.resolve("batch" + n + ".csv"), ExistingOutput.OVERWRITE);
				double seconds = (System.nanoTime() - t0) / 1e9;
				if (s.classified() != n) throw new IllegalStateException("batch of " + n + ": " + s);
				double perClip = seconds / n * 1e3, heap = memory.heapPeakMiB(), rss = memory.rssPeakMiB();
				System.gc();
				double live = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1048576.0;
				if (Double.isNaN(perClip0)) {
					perClip0 = perClip;
					heap0 = heap;
					rss0 = rss;
					live0 = live;
				}
				report.add(BenchRow.against(SECTION, "batch " + n + " clips: time per clip", perClip, "ms", "10-clip run", perClip0,
					"per-clip time / 10-clip", String.format(Locale.ROOT, "%.1f s total", seconds)));
				report.add(BenchRow.against(SECTION, "batch " + n + " clips: peak RSS", rss, "MiB", "10-clip run", rss0, "peak / 10-clip",
					memory.rssWasReset() ? "" : "VmHWM since JVM start (reset refused)"));
				report.add(BenchRow.against(SECTION, "batch " + n + " clips: peak heap", heap, "MiB", "10-clip run", heap0, "peak / 10-clip",
					"includes garbage not yet collected"));
				report.add(BenchRow.against(SECTION, "batch " + n + " clips: heap live after", live, "MiB", "10-clip run", live0,
					"live / 10-clip", "heap in use after a GC at the end: what the run retained"));
			}
		}
	}

	private static List<ClipJob> jobs(List<Sample> folders, int n) {
		List<ClipJob> jobs = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			Sample s = folders.get(i % folders.size());
			jobs.add(new ClipJob("clip" + i, s.frames(), s.range()));
		}
		return jobs;
	}

	private void loso(Path tmp, int threads) {
		int[] subjects = { 4, 8 };
		double first = Double.NaN;
		int firstSubjects = subjects[0];
		for (int n : subjects) {
			List<Sample> samples = BenchData.generate(tmp.resolve("loso" + n), n, 1, 64, 10, 14);
			TrainSettings settings = TrainSettings.builder(BenchModels.spec(SIZE), ModalitySettings.mesti(MestiWeighting.APEX_PEAK))
				.epochs(1).batchSize(8).validationFraction(0).threads(threads).device("cpu").build();
			ProtocolRunner runner = new ProtocolRunner(settings, new ModalityCache(tmp.resolve("cache" + n)));
			long t0 = System.nanoTime();
			runner.runSamples("synth", samples, BenchData.classes(), null, false, Progress.NONE);
			double seconds = (System.nanoTime() - t0) / 1e9;
			if (Double.isNaN(first)) first = seconds;
			double expected = (double) n * (n - 1) / (firstSubjects * (firstSubjects - 1));
			report.add(BenchRow.against(SECTION, "LOSO " + n + " subjects, 1 epoch", seconds, "s", "LOSO " + firstSubjects + " subjects", first,
				"time / smallest", String.format(Locale.ROOT, "%d samples, %d folds; n(n-1) predicts %.2f", samples.size(), n, expected)));
		}
	}
}
