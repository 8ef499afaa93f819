package org.mer.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;

import org.mer.classify.BatchClassifier;
import org.mer.classify.ClipJob;
import org.mer.classify.Classifier;
import org.mer.clip.ApexMethod;
import org.mer.clip.ClipRange;
import org.mer.clip.FolderFrameSource;
import org.mer.core.Progress;
import org.mer.clip.ClipResolver;
import org.mer.net.BatchNormFolding;
import org.mer.net.Flops;
import org.mer.net.NetworkSpec;
import org.mer.io.ExistingOutput;
import org.mer.io.OutputKind;
import org.mer.io.OwnedFolder;

/**
 * Section 2: MEGANet inference. The baseline is the best of libtorch's own float matrix-multiply
 * rate through DJL (n x n by n x n, n = 1024) and of one large dense 3x3 convolution, on the same
 * threads (here libtorch's convolutions, run by oneDNN, beat its matmul); the forward pass's
 * achieved GFLOP/s ({@link Flops#of} per sample x batch / seconds) is compared with it. End-to-end latency of one
 * clip (decode JPEG frames, MESTI, resize, forward, attention maps) is compared with the forward
 * pass alone, and batch throughput ({@link BatchClassifier}) with the same clips classified one
 * after the other without pipelining, alternating. Rates and
 * times use the fastest run (medians are in the notes): on a shared machine other processes only
 * ever add time.
 */
final class InferenceBench {
	static final String SECTION = "2 MEGANet inference";
	static final int MATMUL_N = 1024, BATCH = 16, CLIP_FRAMES = 40, CLIP_W = 280, CLIP_H = 340;

	private final BenchReport report;
	private final BenchOptions options;
	/** Fastest folded forward pass at input 112, batch 1 (seconds), the baseline of section 2c. */
	private double forward112 = Double.NaN;

	InferenceBench(BenchReport report, BenchOptions options) {
		this.report = report;
		this.options = options;
	}

	void run() throws Exception {
		int threads = BenchModels.useAllCores();
		report.describe("libtorch intra-op threads", threads);
		double matmul = matmulGflops(), conv = convGflops();
		report.add(BenchRow.plain(SECTION, "libtorch matmul " + MATMUL_N + "^3 float", matmul, "GFLOP/s", "DJL NDArray.matMul, same threads"));
		report.add(BenchRow.against(SECTION, "libtorch conv3x3 256->256 28x28 B=4", conv, "GFLOP/s", "libtorch matmul", matmul,
			"conv/matmul", "a large dense convolution through the same oneDNN path as MEGANet's"));
		double peak = Math.max(matmul, conv);
		Path tmp = OwnedFolder.createTemp(null, "mer-bench-infer", OutputKind.BENCH);
		try {
			Path frames = tmp.resolve("clip");
			PoolingBench.writeFrames(frames, CLIP_W, CLIP_H, CLIP_FRAMES, "jpg");
			for (int size : new int[] { 64, 112, 224 })
				size(size, peak, frames, tmp);
			stages(frames, tmp);
		}
		finally {
			OwnedFolder.deleteTree(tmp);
		}
	}

	static double matmulGflops() {
		try (NDManager m = NDManager.newBaseManager(Device.cpu(), "PyTorch")) {
			NDArray a = m.randomUniform(-1, 1, new Shape(MATMUL_N, MATMUL_N));
			NDArray b = m.randomUniform(-1, 1, new Shape(MATMUL_N, MATMUL_N));
			Harness.Timing t = Harness.time(3, 9, () -> {
				try (NDManager call = m.newSubManager()) {
					NDArray c = a.matMul(b);
					c.tempAttach(call);
					c.getFloat(0, 0);
				}
			});
			return Harness.gflops(Harness.matmulFlops(MATMUL_N), t.min());
		}
	}

	/** GFLOP/s of one 3x3 convolution, 256 to 256 channels, 28 x 28, batch 4, padding 1 (fastest run). */
	static double convGflops() {
		int b = 4, c = 256, hw = 28;
		try (NDManager m = NDManager.newBaseManager(Device.cpu(), "PyTorch")) {
			NDArray x = m.randomUniform(-1, 1, new Shape(b, c, hw, hw));
			NDArray w = m.randomUniform(-1, 1, new Shape(c, c, 3, 3));
			Harness.Timing t = Harness.time(3, 9, () -> {
				try (NDManager call = m.newSubManager()) {
					NDArray y = Conv2d.conv2d(x, w, null, new Shape(1, 1), new Shape(1, 1), new Shape(1, 1), 1).head();
					y.tempAttach(call);
					y.getFloat(0, 0, 0, 0);
				}
			});
			return Harness.gflops(2L * b * c * hw * hw * c * 9, t.min());
		}
	}

	/** Sections 2b and 2c at input 112, after the size rows so that the table keeps its sections together. */
	private void stages(Path frames, Path tmp) throws Exception {
		NetworkSpec spec = BenchModels.spec(112);
		try (Model model = BenchModels.model(spec, 1)) {
			((BatchNormFolding) model.getBlock()).foldBatchNorm(model.getNDManager());
			new NetworkStages(report, options).run(model, 112, forward112);
		}
		try (Classifier classifier = Classifier.open(tmp.resolve("model112"), Device.cpu())) {
			new EndToEndStages(report, options).run(frames, classifier, 112);
		}
	}

	private void size(int size, double peak, Path frames, Path tmp) throws Exception {
		NetworkSpec spec = BenchModels.spec(size);
		long flops = Flops.of(spec);
		int runs = options.quick ? 3 : 7;
		double forward1 = Double.NaN;
		try (Model model = BenchModels.model(spec, 1)) {
			BatchNormFolding folding = (BatchNormFolding) model.getBlock();
			folding.foldBatchNorm(model.getNDManager()); // as a loaded model folder is
			for (int batch : options.quick && size != 112 ? new int[] { 1 } : new int[] { 1, BATCH }) {
				float[] x = BenchModels.input(batch * 3 * size * size, 2);
				Harness.Timing t = Harness.time(2, batch == 1 ? runs * 2 : runs, () -> BenchModels.forward(model, x, batch, size));
				double gflops = Harness.gflops(flops * batch, t.min());
				report.add(BenchRow.against(SECTION, "forward S=" + size + " B=" + batch, gflops, "GFLOP/s", "libtorch best (matmul, conv)", peak,
					"achieved/best", String.format(Locale.ROOT, "%.2f ms/batch (median %.2f), %.1f clips/s, %.3f GFLOP/sample",
						t.min() * 1e3, t.median() * 1e3, batch / t.min(), flops / 1e9)));
				if (batch == 1) forward1 = t.min();
			}
			if (size == 112) {
				float[] x = BenchModels.input(3 * size * size, 2);
				folding.unfoldBatchNorm();
				Harness.Timing unfolded = Harness.time(2, runs * 2, () -> BenchModels.forward(model, x, 1, size));
				folding.foldBatchNorm(model.getNDManager());
				Harness.Timing folded = Harness.time(2, runs * 2, () -> BenchModels.forward(model, x, 1, size));
				report.add(BenchRow.against(SECTION, "forward S=112 B=1 BN folded", folded.min() * 1e3, "ms", "batch norms not folded",
					unfolded.min() * 1e3, "folded/unfolded time", String.format(Locale.ROOT, "medians %.2f / %.2f ms; timed one after the other",
						folded.median() * 1e3, unfolded.median() * 1e3)));
				forward112 = forward1;
			}
		}
		Path modelDir = tmp.resolve("model" + size);
		BenchModels.saveFolder(spec, modelDir, 1);
		try (Classifier classifier = Classifier.open(modelDir, Device.cpu())) {
			Harness.Timing e2e = Harness.time(2, runs, () -> {
				try (FolderFrameSource source = new FolderFrameSource(frames)) {
					classifier.classify(ClipResolver.resolve(source, ClipRange.all(), ApexMethod.MOTION), Progress.NONE);
				}
			});
			report.add(BenchRow.against(SECTION, "end-to-end 1 clip S=" + size, e2e.min() * 1e3, "ms", "forward B=1", forward1 * 1e3,
				"e2e/forward time", String.format(Locale.ROOT, "median %.1f ms; %d JPEG frames %dx%d, apex by motion", e2e.median() * 1e3,
					CLIP_FRAMES, CLIP_W, CLIP_H)));
			int clips = options.quick ? 6 : 12;
			List<ClipJob> jobs = new ArrayList<>();
			for (int i = 0; i < clips; i++)
				jobs.add(new ClipJob("clip" + i, frames, ClipRange.all()));
			Path csv = tmp.resolve("batch" + size + ".csv");
			double sequential = Double.POSITIVE_INFINITY, batch = Double.POSITIVE_INFINITY;
			for (int round = 0; round < (options.quick ? 1 : 2); round++) {
				sequential = Math.min(sequential, Harness.time(0, 1, () -> {
					for (ClipJob job : jobs)
						try (FolderFrameSource source = new FolderFrameSource(job.source())) {
							classifier.classify(ClipResolver.resolve(source, job.range(), ApexMethod.MOTION), Progress.NONE);
						}
				}).min());
				batch = Math.min(batch, Harness.time(0, 1, () -> new BatchClassifier(classifier, Progress.NONE).classify(jobs, csv, ExistingOutput.OVERWRITE)).min());
			}
			report.add(BenchRow.against(SECTION, "batch classify S=" + size, clips / batch, "clips/s", "same clips one by one", clips / sequential,
				"batch/sequential rate", clips + " clips; BatchClassifier pipelines decode+MESTI with the forward pass"));
		}
	}
}
