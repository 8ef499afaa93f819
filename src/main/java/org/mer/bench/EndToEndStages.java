package org.mer.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;

import org.mer.classify.Classifier;
import org.mer.classify.NetworkOutput;
import org.mer.clip.ApexMethod;
import org.mer.clip.ApexSpotter;
import org.mer.clip.CachingFrameSource;
import org.mer.clip.Clip;
import org.mer.clip.ClipRange;
import org.mer.clip.ClipResolver;
import org.mer.clip.FolderFrameSource;
import org.mer.clip.FrameReader;
import org.mer.clip.FrameSource;
import org.mer.core.Progress;
import org.mer.mesti.Modalities;
import org.mer.mesti.ModalityImage;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.real.FloatType;

/**
 * The stages of classifying one clip, timed one by one, each against the whole: open the folder and
 * decode every frame (as the pipeline does, ahead in parallel, and on one thread for comparison),
 * spot the apex on the decoded frames, pool them (MESTI), resize and normalise, the forward pass,
 * the attention maps. Also the process CPU time of one whole clip: on a machine with N cores the
 * wall time cannot go below CPU time / N, whatever the scheduling. Times are the fastest of the
 * runs, medians in the notes. Section 2b of the benchmark.
 */
final class EndToEndStages {
	static final String SECTION = "2b end-to-end stages";

	private final BenchReport report;
	private final int runs;

	EndToEndStages(BenchReport report, BenchOptions options) {
		this.report = report;
		this.runs = options.quick ? 5 : 11;
	}

	/**
	 * @param frames folder of the clip's frames
	 * @param classifier the model, opened once
	 */
	void run(Path frames, Classifier classifier, int size) {
		String tag = " S=" + size;
		Harness.Timing e2e = Harness.time(2, runs, () -> classifyOnce(frames, classifier));
		double cpu = cpuMsPerClip(frames, classifier);
		int cores = Runtime.getRuntime().availableProcessors();
		report.add(BenchRow.against(SECTION, "end-to-end 1 clip" + tag, e2e.min() * 1e3, "ms", "CPU time / cores", cpu / cores,
			"wall/(CPU/cores)", String.format(Locale.ROOT, "median %.1f ms; %.1f ms of CPU per clip on %d cores (1.0 = every core busy all the time)",
				e2e.median() * 1e3, cpu, cores)));
		double whole = e2e.min() * 1e3;
		stage("decode all frames, read ahead" + tag, whole, Harness.time(2, runs, () -> decodeAll(frames, true)), "open folder, decode into the frame cache on the decode pool");
		stage("decode all frames, one thread" + tag, whole, Harness.time(1, Math.max(3, runs / 2), () -> decodeAll(frames, false)), "the same, frames decoded on the calling thread");
		try (FolderFrameSource source = new FolderFrameSource(frames); CachingFrameSource cache = CachingFrameSource.borrowing(source, Long.MAX_VALUE)) {
			int[] n = cache.frameNumbers();
			int first = n[0], last = n[n.length - 1];
			readAll(cache, first, last);
			int[] apex = { first };
			stage("spot apex by motion (frames cached)" + tag, whole, Harness.time(2, runs, () -> apex[0] = ApexSpotter.spot(cache, first, last, ApexMethod.MOTION)),
				"3x3 blur and mean absolute difference per frame");
			Clip clip = new Clip(cache, first, apex[0], last, ApexMethod.MOTION, "");
			ModalityImage[] image = new ModalityImage[1];
			stage("pool MESTI (frames cached)" + tag, whole, Harness.time(2, runs, () -> image[0] = Modalities.compute(clip, classifier.modality(), Progress.NONE)),
				"weighted temporal sum in double, rounded to float");
			float[][] chw = new float[1][];
			stage("resize + normalise" + tag, whole, Harness.time(2, runs, () -> chw[0] = classifier.networkInput(image[0])), "area resize to S x S, min-max, mean/std");
			NetworkOutput[] out = new NetworkOutput[1];
			stage("forward B=1" + tag, whole, Harness.time(2, runs, () -> out[0] = classifier.forward(chw[0])), "libtorch, read back logits and 4 maps");
			stage("attention maps + softmax" + tag, whole, Harness.time(2, runs, () -> classifier.predict(image[0], out[0], System.nanoTime())),
				"4 maps upsampled to the frame size, clamped, their mean");
		}
	}

	private void stage(String name, double whole, Harness.Timing t, String note) {
		report.add(BenchRow.against(SECTION, name, t.min() * 1e3, "ms", "end-to-end 1 clip", whole, "stage/e2e",
			String.format(Locale.ROOT, "median %.2f ms; %s", t.median() * 1e3, note)));
	}

	static void classifyOnce(Path frames, Classifier classifier) {
		try (FolderFrameSource source = new FolderFrameSource(frames)) {
			classifier.classify(ClipResolver.resolve(source, ClipRange.all(), ApexMethod.MOTION), Progress.NONE);
		}
	}

	/** Process CPU milliseconds of one clip (median of the runs), or NaN where the JVM does not tell. */
	private double cpuMsPerClip(Path frames, Classifier classifier) {
		java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
		if (!(os instanceof com.sun.management.OperatingSystemMXBean)) return Double.NaN;
		com.sun.management.OperatingSystemMXBean sun = (com.sun.management.OperatingSystemMXBean) os;
		double[] ms = new double[runs];
		for (int i = 0; i < runs; i++) {
			long c0 = sun.getProcessCpuTime();
			classifyOnce(frames, classifier);
			ms[i] = (sun.getProcessCpuTime() - c0) / 1e6;
		}
		return new Harness.Timing(ms).median();
	}

	/** Opens the folder and decodes every frame into a frame cache, in parallel or on this thread. */
	private static void decodeAll(Path frames, boolean parallel) {
		try (FolderFrameSource folder = new FolderFrameSource(frames)) {
			FrameSource source = parallel ? folder : new OneThread(folder);
			try (CachingFrameSource cache = CachingFrameSource.borrowing(source, Long.MAX_VALUE)) {
				int[] n = cache.frameNumbers();
				readAll(cache, n[0], n[n.length - 1]);
			}
		}
	}

	private static void readAll(FrameSource source, int first, int last) {
		try (FrameReader reader = new FrameReader(source, first, last)) {
			while (reader.hasNext()) {
				RandomAccessibleInterval<FloatType> f = reader.next();
				if (f.numDimensions() < 2) throw new IllegalStateException();
			}
		}
	}

	/** A source that reports no concurrent reads, so frames are decoded on the caller's thread. */
	static final class OneThread implements FrameSource {
		private final FrameSource source;

		OneThread(FrameSource source) {
			this.source = source;
		}

		@Override public String name() { return source.name(); }
		@Override public int[] frameNumbers() { return source.frameNumbers(); }
		@Override public long width() { return source.width(); }
		@Override public long height() { return source.height(); }
		@Override public int channels() { return source.channels(); }
		@Override public RandomAccessibleInterval<FloatType> frame(int frameNumber) { return source.frame(frameNumber); }
		@Override public void close() { source.close(); }
	}
}
