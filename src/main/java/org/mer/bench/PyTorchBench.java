package org.mer.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.mer.net.Engines;
import org.mer.net.NetworkSpec;
import org.mer.net.WeightFiles;
import org.mer.io.OutputKind;
import org.mer.io.OwnedFolder;

/**
 * Section 4: the PyTorch way of doing the same work. {@code scripts/bench_meganet.py} times the
 * same MEGANet ({@code scripts/meganet.py}) for the same forward cases and the same training step
 * with the same thread count; each row is the Java time over the PyTorch time (below 1: Java is
 * faster). Then both frameworks run the same weights (exchanged as .npz through
 * {@link WeightFiles}) on the same input and the largest logit difference is reported. Python
 * runs with the OpenMP wait policy libtorch has in this JVM ({@link Engines#openMpWaitPolicy()}).
 */
final class PyTorchBench {
	static final String SECTION = "4 PyTorch baseline";
	static final int TRAIN_SIZE = 112, TRAIN_BATCH = 16;

	private final BenchReport report;
	private final BenchOptions options;

	PyTorchBench(BenchReport report, BenchOptions options) {
		this.report = report;
		this.options = options;
	}

	void run() throws Exception {
		Path script = scripts().resolve("bench_meganet.py");
		if (!Files.isRegularFile(script)) {
			report.note("section 4 skipped: " + script.toAbsolutePath() + " not found (run from the repository root)");
			return;
		}
		String probe = python(Arrays.asList(options.python, "-c", "import torch, numpy; print(torch.__version__)"), 60);
		if (probe == null) {
			report.note("section 4 skipped: " + options.python + " cannot import torch and numpy");
			return;
		}
		int threads = BenchModels.useAllCores();
		report.describe("PyTorch (python)", probe.trim() + " via " + options.python + ", threads " + threads);
		int[][] cases = options.quick ? new int[][] { { 64, 1 }, { 112, 1 }, { 112, 16 } }
			: new int[][] { { 64, 1 }, { 112, 1 }, { 224, 1 }, { 64, 16 }, { 112, 16 } };
		int warmup = 1, runs = options.quick ? 2 : 3;
		StringBuilder caseArg = new StringBuilder();
		for (int[] c : cases)
			caseArg.append(caseArg.length() == 0 ? "" : ",").append(c[0]).append('x').append(c[1]);
		List<String> cmd = new ArrayList<>(Arrays.asList(options.python, script.toString(), "--threads", "" + threads, "--cases",
			caseArg.toString(), "--train-size", "" + TRAIN_SIZE, "--train-batch", "" + TRAIN_BATCH, "--warmup", "" + warmup, "--runs", "" + runs));
		String out = python(cmd, 3600);
		if (out == null) {
			report.note("section 4: bench_meganet.py failed; see the lines above");
			return;
		}
		JsonObject py = JsonParser.parseString(lastLine(out)).getAsJsonObject();
		JsonArray forward = py.getAsJsonArray("forward");
		for (int i = 0; i < cases.length; i++) {
			int size = cases[i][0], batch = cases[i][1];
			double pyMedian = forward.get(i).getAsJsonObject().get("median").getAsDouble();
			double java;
			try (Model model = BenchModels.model(BenchModels.spec(size), 1)) {
				float[] x = BenchModels.input(batch * 3 * size * size, 2);
				java = Harness.time(warmup + 1, runs + 2, () -> BenchModels.forward(model, x, batch, size)).median();
			}
			report.add(new BenchRow(SECTION, "forward S=" + size + " B=" + batch, java * 1e3, "ms", "PyTorch forward", pyMedian * 1e3,
				Harness.ratio(java, pyMedian), "Java/PyTorch time", String.format(Locale.ROOT, "%.1f vs %.1f clips/s", batch / java, batch / pyMedian)));
		}
		if (py.has("train_step")) {
			double pyStep = py.getAsJsonObject("train_step").get("median").getAsDouble();
			double java;
			try (JavaTrainStep step = new JavaTrainStep(BenchModels.spec(TRAIN_SIZE), TRAIN_BATCH)) {
				java = Harness.time(warmup + 1, runs + 1, step::step).median();
			}
			report.add(new BenchRow(SECTION, "train step S=" + TRAIN_SIZE + " B=" + TRAIN_BATCH, java * 1e3, "ms", "PyTorch train step",
				pyStep * 1e3, Harness.ratio(java, pyStep), "Java/PyTorch time", "Adam, CE, forward+backward+update"));
		}
		parity(threads);
	}

	private void parity(int threads) throws Exception {
		int size = 112, batch = 2;
		NetworkSpec spec = BenchModels.spec(size);
		Path tmp = OwnedFolder.createTemp(null, "mer-bench-parity", OutputKind.BENCH);
		try (Model model = BenchModels.model(spec, 9)) {
			Path weights = tmp.resolve("weights.npz"), input = tmp.resolve("input.npz");
			WeightFiles.save(model.getBlock(), weights);
			float[] x = BenchModels.input(batch * 3 * size * size, 10);
			try (NDManager m = NDManager.newBaseManager(model.getNDManager().getDevice(), "PyTorch");
				OutputStream os = Files.newOutputStream(input))
			{
				NDArray a = m.create(x, new Shape(batch, 3, size, size));
				a.setName("input");
				new NDList(a).encode(os, NDList.Encoding.NPZ);
			}
			float[] java = BenchModels.forward(model, x, batch, size);
			String out = python(Arrays.asList(options.python, scripts().resolve("meganet.py").toString(), "forward", "--weights",
				weights.toString(), "--input", input.toString(), "--threads", "" + threads), 600);
			if (out == null) {
				report.note("parity check failed: meganet.py forward did not run");
				return;
			}
			JsonArray rows = JsonParser.parseString(lastLine(out)).getAsJsonObject().getAsJsonArray("logits");
			double maxDiff = 0, maxAbs = 0;
			int k = 0;
			for (JsonElement row : rows)
				for (JsonElement v : row.getAsJsonArray()) {
					maxDiff = Math.max(maxDiff, Math.abs(v.getAsDouble() - java[k]));
					maxAbs = Math.max(maxAbs, Math.abs(java[k]));
					k++;
				}
			if (k != java.length) throw new IllegalStateException("PyTorch gave " + k + " logits, Java " + java.length);
			report.add(BenchRow.against(SECTION, "logit parity S=" + size + " B=" + batch, maxDiff, "max|diff|", "largest |logit|", maxAbs,
				"diff/largest", "same weights via .npz, eval mode"));
		}
		finally {
			OwnedFolder.deleteTree(tmp);
		}
	}

	/** Runs a command; returns its stdout, or null (stderr printed as notes) when it fails. */
	private String python(List<String> command, long timeoutSeconds) throws InterruptedException {
		try {
			ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(false);
			String policy = Engines.openMpWaitPolicy();
			if (!policy.isEmpty()) pb.environment().put("OMP_WAIT_POLICY", policy);
			Process p = pb.start();
			ByteArrayOutputStream err = new ByteArrayOutputStream();
			Thread drain = new Thread(() -> copy(p.getErrorStream(), err));
			drain.start();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			copy(p.getInputStream(), out);
			if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
				p.destroyForcibly();
				report.note(command.get(0) + " timed out");
				return null;
			}
			drain.join();
			if (p.exitValue() != 0) {
				for (String line : new String(err.toByteArray(), StandardCharsets.UTF_8).split("\n"))
					if (!line.isEmpty()) report.note("python: " + line);
				return null;
			}
			return new String(out.toByteArray(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			report.note("cannot run " + command.get(0) + ": " + e.getMessage());
			return null;
		}
	}

	private static void copy(InputStream in, ByteArrayOutputStream out) {
		try {
			in.transferTo(out);
		}
		catch (IOException e) {
			// the process ended; what was read is kept
		}
	}

	private static String lastLine(String text) {
		String[] lines = text.trim().split("\n");
		return lines[lines.length - 1];
	}

	/** The project's scripts/ folder: under {@code mer.home} (set by ./mer), else the working directory. */
	private static Path scripts() {
		return Paths.get(System.getProperty("mer.home", "."), "scripts");
	}
}
