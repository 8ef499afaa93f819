package org.mer.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mer.core.InputException;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;

/**
 * Weight exchange with scripts/meganet.py: Java round trip always; DJL vs PyTorch logits for the
 * same weights when /usr/bin/python3 has torch (else skipped).
 */
class PyTorchParityTest {
	static final Path PYTHON = Paths.get("/usr/bin/python3");
	static final int S = 64, WIDTH = 8, K = 3, B = 2;

	@TempDir
	Path dir;

	@BeforeAll
	static void engine() {
		Engines.pytorch();
	}

	private static NDManager manager() {
		return NDManager.newBaseManager(Engines.pytorch().defaultDevice(), "PyTorch");
	}

	/** Initialises and then overwrites every parameter, running statistics included, with random values. */
	static Block randomBlock(NDManager m, Architecture arch, long seed) {
		Engine.getInstance().setRandomSeed((int) seed);
		Block block = Networks.build(new NetworkSpec(arch, S, WIDTH, K));
		block.initialize(m, DataType.FLOAT32, new Shape(B, 3, S, S));
		for (Map.Entry<String, Parameter> e : Networks.namedParameters(block).entrySet()) {
			NDArray a = e.getValue().getArray();
			boolean variance = e.getKey().endsWith("running_var");
			float low = variance ? 0.5f : -0.3f, high = variance ? 1.5f : 0.3f;
			if (e.getKey().endsWith(".weight") && a.getShape().dimension() == 4) {
				Shape s = a.getShape();
				high = (float) Math.sqrt(3.0 / (s.get(1) * s.get(2) * s.get(3)));
				low = -high;
			}
			a.set(m.randomUniform(low, high, a.getShape()).toFloatArray());
		}
		return block;
	}

	@Test
	void javaRoundTripIsBitExactAndMismatchesAreNamed() throws IOException {
		Path file = dir.resolve("w.npz");
		try (NDManager m = manager()) {
			Block a = randomBlock(m, Architecture.MEGANET, 1);
			Block b = randomBlock(m, Architecture.MEGANET, 2);
			WeightFiles.save(a, file);
			WeightFiles.load(b, file);
			NDArray x = m.randomUniform(0, 1, new Shape(B, 3, S, S));
			ParameterStore ps = new ParameterStore(m, false);
			NDList ya = a.forward(ps, new NDList(x), false), yb = b.forward(ps, new NDList(x), false);
			for (int i = 0; i < ya.size(); i++) assertArrayEquals(ya.get(i).toFloatArray(), yb.get(i).toFloatArray(), 0f);

			Block noGa = randomBlock(m, Architecture.MEGANET_NO_GA, 3);
			WeightFiles.load(noGa, file); // extra GA entries are ignored
			Block wider = Networks.build(new NetworkSpec(Architecture.MEGANET, S, 16, K));
			wider.initialize(m, DataType.FLOAT32, new Shape(1, 3, S, S));
			InputException e = assertThrows(InputException.class, () -> WeightFiles.load(wider, file));
			assertTrue(e.getMessage().contains("w.npz") && e.getMessage().contains("stem.conv1.weight")
				&& e.getMessage().contains("shape"), e.getMessage());
			WeightFiles.save(noGa, file);
			e = assertThrows(InputException.class, () -> WeightFiles.load(a, file));
			assertTrue(e.getMessage().contains("stage1.ga.spatial_conv.weight is missing"), e.getMessage());
			e = assertThrows(InputException.class, () -> WeightFiles.load(a, dir.resolve("none.npz")));
			assertTrue(e.getMessage().contains("none.npz"), e.getMessage());
		}
	}

	@ParameterizedTest
	@EnumSource(value = Architecture.class, names = { "MEGANET", "MEGANET_NO_GA" })
	void djlAndPyTorchGiveTheSameLogitsForTheSameWeights(Architecture arch) throws Exception {
		assumeTrue(hasTorch(), "/usr/bin/python3 with torch and numpy not found: DJL/PyTorch parity not checked");
		Path weights = dir.resolve("w.npz"), input = dir.resolve("x.npz");
		float[] javaLogits;
		try (NDManager m = manager()) {
			Block block = randomBlock(m, arch, 7);
			WeightFiles.save(block, weights);
			NDArray x = m.randomUniform(0, 1, new Shape(B, 3, S, S));
			x.setName("input");
			try (OutputStream out = Files.newOutputStream(input)) {
				new NDList(x).encode(out, NDList.Encoding.NPZ);
			}
			javaLogits = block.forward(new ParameterStore(m, false), new NDList(x), false).head().toFloatArray();
		}
		String json = run(script(), "forward", "--arch", arch.id(), "--width", "" + WIDTH, "--classes", "" + K, "--weights",
			weights.toString(), "--input", input.toString());
		JsonObject o = new Gson().fromJson(json, JsonObject.class);
		List<Float> py = new ArrayList<>();
		for (JsonElement row : o.getAsJsonArray("logits"))
			for (JsonElement v : (JsonArray) row) py.add(v.getAsFloat());
		assertEquals(B * K, py.size());
		assertEquals(arch.attentionMaps(), o.getAsJsonArray("attention_shapes").size());
		double maxDiff = 0, maxAbs = 0;
		for (int i = 0; i < javaLogits.length; i++) {
			maxDiff = Math.max(maxDiff, Math.abs(javaLogits[i] - py.get(i)));
			maxAbs = Math.max(maxAbs, Math.abs(javaLogits[i]));
		}
		System.out.printf("DJL vs PyTorch %s logits: max |diff| %.3g (max |logit| %.3g)%n", arch.id(), maxDiff, maxAbs);
		assertTrue(maxAbs > 1e-3, "logits not trivially zero");
		assertTrue(maxDiff <= 1e-4 * Math.max(1, maxAbs), "max |diff| " + maxDiff);
	}

	@Test
	void exportedTorchScriptRunsInDjlWithTheRecordedOutputs() throws Exception {
		assumeTrue(hasTorch(), "/usr/bin/python3 with torch and numpy not found: TorchScript export not checked");
		Path pt = dir.resolve("meganet.pt"), sample = dir.resolve("sample.npz");
		run(script(), "export", "--width", "" + WIDTH, "--classes", "" + K, "--size", "" + S, "--seed", "5", "--out", pt,
			"--sample-out", sample);
		try (NDManager m = manager(); ai.djl.Model model = ai.djl.Model.newInstance("meganet", "PyTorch")) {
			model.load(pt);
			NDList recorded;
			try (java.io.InputStream in = Files.newInputStream(sample)) {
				recorded = NDList.decode(m, in);
			}
			NDList out = model.getBlock().forward(new ParameterStore(m, false), new NDList(recorded.get("input")), false);
			assertEquals(1 + MegaNet.STAGES, out.size());
			assertArrayEquals(recorded.get("logits").toFloatArray(), out.get(0).toFloatArray(), 1e-5f);
			for (int i = 1; i <= MegaNet.STAGES; i++) {
				assertEquals(new Shape(1, 1, S >> i, S >> i), out.get(i).getShape());
				assertArrayEquals(recorded.get("attention" + i).toFloatArray(), out.get(i).toFloatArray(), 1e-5f);
			}
		}
	}

	static Path script() {
		Path p = Paths.get("scripts", "meganet.py");
		assertTrue(Files.isRegularFile(p), p.toAbsolutePath().toString());
		return p;
	}

	static boolean hasTorch() {
		if (!Files.isExecutable(PYTHON)) return false;
		try {
			run("-c", "import torch, numpy");
			return true;
		}
		catch (Exception e) {
			return false;
		}
	}

	static String run(Object... args) throws IOException, InterruptedException {
		List<String> cmd = new ArrayList<>();
		cmd.add(PYTHON.toString());
		for (Object a : args) cmd.add(a.toString());
		Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
		byte[] out = p.getInputStream().readAllBytes();
		byte[] err = p.getErrorStream().readAllBytes();
		if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0)
			throw new IOException(cmd + " failed: " + new String(err, StandardCharsets.UTF_8));
		return new String(out, StandardCharsets.UTF_8);
	}
}
