package org.mer.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;

import org.mer.io.OutputKind;
import org.mer.io.OwnedFolder;
import org.mer.io.ProtectedPaths;

/**
 * Runs the benchmark sections (see {@code BENCHMARKS.md}): 1 MESTI / Dynamic Image against the
 * memory bound and frame decoding, 2 MEGANet inference against libtorch's matmul rate, 3 training,
 * 4 the PyTorch baseline (with {@link BenchOptions#pytorch}), 5 scaling, 6 spotting
 * ({@link SpottingBench}). Every row carries the
 * baseline it is compared with, measured in the same run, because absolute times on a shared
 * machine mean little. Prints the table while it runs and writes {@code results.json}.
 */
public final class Benchmarks {
	private Benchmarks() {}

	/** @return the report (also written to {@code options.out/results.json}) */
	public static BenchReport run(BenchOptions options, PrintWriter out) throws Exception {
		OwnedFolder.claim(options.out, OutputKind.BENCH, ProtectedPaths.none(), "results.json"); // refused before minutes of work
		BenchReport report = new BenchReport(out);
		describeMachine(report, options);
		long t0 = System.nanoTime();
		if (options.runs(1)) new PoolingBench(report, options).run();
		if (options.runs(2)) new InferenceBench(report, options).run();
		if (options.runs(3)) new TrainingBench(report, options).run();
		if (options.runs(4)) {
			if (options.pytorch) new PyTorchBench(report, options).run();
			else report.note("section 4 (PyTorch baseline) skipped: run with --pytorch");
		}
		if (options.runs(5)) new ScalingBench(report, options).run();
		if (options.runs(6)) new SpottingBench(report, options).run();
		report.describe("total seconds", String.format(Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9));
		Path json = options.out.resolve("results.json");
		report.writeJson(json);
		out.println();
		out.println("wrote " + json);
		out.flush();
		return report;
	}

	static void describeMachine(BenchReport report, BenchOptions options) {
		report.describe("mode", options.quick ? "quick" : "full");
		report.describe("cpu", cpuModel());
		report.describe("cores", Runtime.getRuntime().availableProcessors());
		report.describe("load average", String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
		report.describe("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
		report.describe("max heap MiB", Runtime.getRuntime().maxMemory() >> 20);
		String policy = org.mer.net.Engines.openMpWaitPolicy();
		report.describe("OpenMP wait policy of libtorch", policy.isEmpty() ? "default (threads spin while waiting)" : policy);
		report.describe("OMP_NUM_THREADS", System.getenv().getOrDefault("OMP_NUM_THREADS", "(unset)"));
		report.describe("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
	}

	static String cpuModel() {
		try {
			for (String line : Files.readAllLines(Paths.get("/proc/cpuinfo"), StandardCharsets.UTF_8))
				if (line.startsWith("model name")) return line.substring(line.indexOf(':') + 1).trim();
		}
		catch (IOException | RuntimeException e) {
			return System.getProperty("os.arch");
		}
		return System.getProperty("os.arch");
	}
}
