package org.mer.bench;

import java.util.Locale;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import org.mer.net.ForwardProfile;
import org.mer.net.MegaNet;

/**
 * Section 2c: the time of each stage of a MEGANet inference pass at batch 1 ({@link ForwardProfile}:
 * stem, residual and Gradient Attention block of each stage, head; each GA block also split into
 * the Sobel depthwise convolution with the magnitude, the channel mean and max, the 7x7 spatial
 * convolution, the channel MLP and the final product), each against the whole forward pass.
 */
final class NetworkStages {
	static final String SECTION = "2c MEGANet stages (B=1)";

	private final BenchReport report;
	private final BenchOptions options;

	NetworkStages(BenchReport report, BenchOptions options) {
		this.report = report;
		this.options = options;
	}

	/** @param forwardSeconds the fastest whole forward pass of the same model and batch */
	void run(Model model, int size, double forwardSeconds) {
		try (NDManager m = model.getNDManager().newSubManager()) {
			NDArray x = m.create(BenchModels.input(3 * size * size, 5), new Shape(1, 3, size, size));
			double total = 0;
			for (ForwardProfile.Entry e : ForwardProfile.of((MegaNet) model.getBlock(), x, m, options.quick ? 5 : 15)) {
				boolean step = e.name().indexOf('.') != e.name().lastIndexOf('.');
				if (!step) total += e.millis();
				report.add(BenchRow.against(SECTION, (step ? "  " : "") + e.name() + " S=" + size, e.millis(), "ms", "forward B=1",
					forwardSeconds * 1e3, "piece/forward", step ? "a step of the GA block above" : ""));
			}
			report.add(BenchRow.against(SECTION, "sum of stages S=" + size, total, "ms", "forward B=1", forwardSeconds * 1e3, "sum/forward",
				String.format(Locale.ROOT, "each stage timed alone; the rest is the per-call overhead and the read-back")));
		}
	}
}
