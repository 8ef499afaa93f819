package org.mer.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import ai.djl.Model;

import org.mer.core.Progress;
import org.mer.data.Sample;
import org.mer.mesti.MestiWeighting;
import org.mer.mesti.ModalitySettings;
import org.mer.net.NetworkSpec;
import org.mer.train.EpochRecord;
import org.mer.train.Example;
import org.mer.train.Examples;
import org.mer.train.FoldTrainer;
import org.mer.train.InputStats;
import org.mer.train.ModalityCache;
import org.mer.train.TrainSettings;
import org.mer.train.TrainedNetwork;
import org.mer.io.OutputKind;
import org.mer.io.OwnedFolder;

/**
 * Section 3: MEGANet training at input 112 on a generated dataset ({@link FoldTrainer}, Adam,
 * weighted CE, augmentation, batch 16): seconds per epoch and samples/s of the last epoch (the
 * first one pays JIT and libtorch warm-up), compared with the inference forward rate at the same
 * batch size (a training step is a forward, a backward of about twice its cost and an Adam
 * update, so about 1/3 of the inference rate is the expected ratio); peak heap and peak process
 * RSS during training, compared with the RSS before it.
 */
final class TrainingBench {
	static final String SECTION = "3 training";
	static final int SIZE = 112, BATCH = 16;

	private final BenchReport report;
	private final BenchOptions options;

	TrainingBench(BenchReport report, BenchOptions options) {
		this.report = report;
		this.options = options;
	}

	void run() throws Exception {
		int threads = BenchModels.useAllCores();
		Path tmp = OwnedFolder.createTemp(null, "mer-bench-train", OutputKind.BENCH);
		try {
			List<Sample> samples = BenchData.generate(tmp.resolve("data"), options.quick ? 2 : 4, options.quick ? 4 : 6, 128, 20, 30);
			NetworkSpec spec = BenchModels.spec(SIZE);
			TrainSettings settings = TrainSettings.builder(spec, ModalitySettings.mesti(MestiWeighting.APEX_PEAK)).epochs(2)
				.batchSize(BATCH).validationFraction(0).threads(threads).device("cpu").build();
			ModalityCache cache = new ModalityCache(tmp.resolve("cache"));
			long t0 = System.nanoTime();
			List<Example> examples = Examples.load(samples, BenchData.classes(), settings, cache, Progress.NONE);
			double prepare = (System.nanoTime() - t0) / 1e9;
			double forwardRate;
			try (Model model = BenchModels.model(spec, 3)) {
				float[] x = BenchModels.input(BATCH * 3 * SIZE * SIZE, 4);
				forwardRate = BATCH / Harness.time(1, 3, () -> BenchModels.forward(model, x, BATCH, SIZE)).median();
			}
			PeakMemory memory = new PeakMemory();
			memory.reset();
			double rssBefore = PeakMemory.rssNowMiB();
			List<EpochRecord> history;
			try (TrainedNetwork net = new FoldTrainer(settings).train(examples, Collections.emptyList(), InputStats.of(examples), 1,
				FoldTrainer.Listener.NONE, Progress.NONE))
			{
				history = net.history();
			}
			double heap = memory.heapPeakMiB(), rss = memory.rssPeakMiB();
			EpochRecord last = history.get(history.size() - 1);
			int n = examples.size();
			report.add(BenchRow.plain(SECTION, "modality images + inputs, per sample", prepare / n * 1e3, "ms",
				n + " samples 128x128 JPEG, 20-30 frames, MESTI cached to disk"));
			report.add(BenchRow.plain(SECTION, "epoch 1 (warm-up) S=112", history.get(0).seconds(), "s", n + " samples, batch " + BATCH));
			report.add(BenchRow.against(SECTION, "train samples/s S=112 B=" + BATCH, n / last.seconds(), "samples/s",
				"inference forward B=" + BATCH, forwardRate, "train/inference rate",
				String.format(Locale.ROOT, "%.2f s/epoch (epoch %d), %d samples", last.seconds(), last.epoch(), n)));
			stepPhases(spec, n / last.seconds());
			report.add(BenchRow.against(SECTION, "peak RSS during training", rss, "MiB", "RSS before training", rssBefore, "peak/before",
				memory.rssWasReset() ? "VmHWM reset before training" : "VmHWM since JVM start (reset refused)"));
			report.add(BenchRow.plain(SECTION, "peak heap during training", heap, "MiB", "sum of heap pool peaks"));
		}
		finally {
			OwnedFolder.deleteTree(tmp);
		}
	}

	/**
	 * Where a training step's time goes: forward and loss, backward, Adam update, each the fastest
	 * of a few steps on a fixed batch ({@link JavaTrainStep}), against the whole step; the rest of
	 * a real epoch (batch assembly, augmentation, bookkeeping) is the step rate against the epoch rate.
	 */
	private void stepPhases(NetworkSpec spec, double epochRate) {
		try (JavaTrainStep step = new JavaTrainStep(spec, BATCH)) {
			for (int i = 0; i < 2; i++)
				step.timedStep();
			double[] best = { Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY };
			double whole = Double.POSITIVE_INFINITY;
			for (int i = 0; i < (options.quick ? 3 : 6); i++) {
				double[] t = step.timedStep();
				whole = Math.min(whole, t[0] + t[1] + t[2]);
				for (int k = 0; k < 3; k++)
					best[k] = Math.min(best[k], t[k]);
			}
			String[] names = { "forward + loss", "backward", "Adam update" };
			for (int k = 0; k < 3; k++)
				report.add(BenchRow.against(SECTION, "train step " + names[k] + " S=112 B=" + BATCH, best[k] * 1e3, "ms", "whole step",
					whole * 1e3, "phase/step", "fastest of the timed steps, fixed batch, train mode"));
			report.add(BenchRow.against(SECTION, "train step rate S=112 B=" + BATCH, BATCH / whole, "samples/s", "epoch rate", epochRate,
				"step/epoch rate", "above 1: the epoch loses time outside the step (batches, augmentation, bookkeeping, noise)"));
		}
	}
}
