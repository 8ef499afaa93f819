package org.mer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.io.Sha256;
import org.mer.core.InputException;

class ModelFolderTest {
	@TempDir
	Path tmp;

	/** Forward of a deterministic input; returns every output flattened (logits then maps). */
	private static float[][] forward(Block block, NDManager parent) {
		try (NDManager m = parent.newSubManager()) {
			int s = TinyModels.SIZE;
			float[] x = new float[3 * s * s];
			for (int i = 0; i < x.length; i++)
				x[i] = (float) Math.sin(0.37 * i);
			NDList out = block.forward(new ParameterStore(m, false), new NDList(m.create(x, new Shape(1, 3, s, s))), false);
			float[][] r = new float[out.size()][];
			for (int i = 0; i < r.length; i++)
				r[i] = out.get(i).toFloatArray();
			return r;
		}
	}

	@Test
	void saveThenLoadGivesBitIdenticalOutputs() throws IOException {
		Path dir = tmp.resolve("model");
		float[][] before;
		try (NDManager m = NDManager.newBaseManager(Device.cpu(), "PyTorch")) {
			Block block = TinyModels.build(m, 4, 11);
			before = forward(block, m);
			ModelConfig written = ModelFolder.save(block, TinyModels.config(TinyModels.spec(4)), dir);
			assertEquals("meganet-0000.params", written.weights().get(0).file());
			assertEquals(Sha256.of(dir.resolve("meganet-0000.params")), written.weights().get(0).sha256());
		}
		assertEquals(5, before.length, "logits and 4 attention maps");
		try (LoadedModel loaded = ModelFolder.load(dir, Device.cpu())) {
			float[][] after = forward(loaded.block(), loaded.manager());
			for (int i = 0; i < before.length; i++) {
				assertEquals(before[i].length, after[i].length);
				for (int j = 0; j < before[i].length; j++)
					assertEquals(Float.floatToRawIntBits(before[i][j]), Float.floatToRawIntBits(after[i][j]),
						"output " + i + " value " + j);
			}
			assertEquals(TinyModels.CLASSES, loaded.config().classNames());
			assertFalse(loaded.isTorchScript());
		}
	}

	@Test
	void saveReplacesAnExistingFolderWholeAndLeavesNoTemporaries() throws IOException {
		Path dir = tmp.resolve("model");
		TinyModels.save(dir, 4, 1);
		String first = Sha256.of(dir.resolve("meganet-0000.params"));
		Files.write(dir.resolve("stale.txt"), new byte[] { 1 });
		TinyModels.save(dir, 4, 2);
		assertFalse(first.equals(Sha256.of(dir.resolve("meganet-0000.params"))));
		assertFalse(Files.exists(dir.resolve("stale.txt")), "the old folder is replaced, not merged");
		try (Stream<Path> s = Files.list(tmp)) {
			assertEquals(List.of("model"), s.map(p -> p.getFileName().toString()).collect(Collectors.toList()));
		}
		ModelFolder.load(dir, Device.cpu()).close();
	}

	private Path saved() throws IOException {
		Path dir = tmp.resolve("bad");
		TinyModels.save(dir, 4, 3);
		return dir;
	}

	private static void editJson(Path dir, UnaryOperator<String> edit) throws IOException {
		Path json = dir.resolve("model.json");
		String text = new String(Files.readAllBytes(json), StandardCharsets.UTF_8);
		String edited = edit.apply(text);
		assertFalse(text.equals(edited), "the edit changed nothing");
		Files.write(json, edited.getBytes(StandardCharsets.UTF_8));
	}

	/** Rewrites the recorded sha256 of the params file to the file's current one. */
	private static void resign(Path dir) throws IOException {
		ModelConfig c = ModelFolder.readConfigUnchecked(dir);
		WeightFile w = c.weights().get(0);
		String actual = Sha256.of(dir.resolve(w.file()));
		editJson(dir, t -> t.replace(w.sha256(), actual));
	}

	private static String refusal(Path dir) {
		return assertThrows(InputException.class, () -> ModelFolder.load(dir, Device.cpu()).close()).getMessage();
	}

	@Test
	void missingModelJsonIsRefused() throws IOException {
		Path dir = saved();
		Files.delete(dir.resolve("model.json"));
		String m = refusal(dir);
		assertTrue(m.contains(dir.resolve("model.json").toString()) && m.contains("missing"), m);
	}

	@Test
	void invalidJsonIsRefused() throws IOException {
		Path dir = saved();
		editJson(dir, t -> t.substring(0, t.length() / 2));
		String m = refusal(dir);
		assertTrue(m.startsWith(dir.resolve("model.json") + " is not valid JSON"), m);
	}

	@Test
	void missingWeightFileIsRefused() throws IOException {
		Path dir = saved();
		Files.delete(dir.resolve("meganet-0000.params"));
		String m = refusal(dir);
		assertTrue(m.contains(dir.resolve("meganet-0000.params").toString()) && m.contains("is missing"), m);
	}

	@Test
	void wrongClassCountIsRefused() throws IOException {
		Path dir = saved();
		editJson(dir, t -> t.replace("\"surprise\"", "\"surprise\", \"other\""));
		String m = refusal(dir);
		assertTrue(m.contains("model.json") && m.contains("class count mismatch") && m.contains("numClasses is 3"), m);
	}

	@Test
	void unknownFormatVersionIsRefused() throws IOException {
		Path dir = saved();
		editJson(dir, t -> t.replace("\"formatVersion\": 1", "\"formatVersion\": 7"));
		String m = refusal(dir);
		assertTrue(m.contains("model.json") && m.contains("formatVersion 7 is not supported"), m);
	}

	@Test
	void shaMismatchIsRefusedBeforeLoading() throws IOException {
		Path dir = saved();
		Path params = dir.resolve("meganet-0000.params");
		byte[] b = Files.readAllBytes(params);
		b[b.length - 5] ^= 1;
		Files.write(params, b);
		String m = refusal(dir);
		assertTrue(m.startsWith("sha256 mismatch for " + params + ": model.json says "), m);
		assertTrue(m.endsWith("file is " + Sha256.of(params)), m);
	}

	@Test
	void truncatedParamsAreRefused() throws IOException {
		Path dir = saved();
		Path params = dir.resolve("meganet-0000.params");
		byte[] b = Files.readAllBytes(params);
		Files.write(params, java.util.Arrays.copyOf(b, b.length / 2));
		resign(dir);
		String m = refusal(dir);
		assertTrue(m.contains(params.toString()) && m.contains("truncated"), m);
	}

	@Test
	void paramsOfAnotherWidthAreRefusedNamingTheParameter() throws IOException {
		Path dir = saved();
		Path other = tmp.resolve("wide");
		TinyModels.save(other, 8, 4);
		Path params = dir.resolve("meganet-0000.params");
		Files.copy(other.resolve("meganet-0000.params"), params, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		resign(dir);
		String m = refusal(dir);
		assertTrue(m.contains(params.toString()) && m.contains("stem"), m);
	}

	@Test
	void notADjlFileIsRefused() throws IOException {
		Path dir = saved();
		Path params = dir.resolve("meganet-0000.params");
		Files.write(params, "PK this is not it".getBytes(StandardCharsets.UTF_8));
		resign(dir);
		String m = refusal(dir);
		assertTrue(m.contains(params.toString()) && m.contains("not a DJL parameter file"), m);
	}

	@Test
	void loadedModelFreesItsArrays() throws IOException {
		Path dir = saved();
		LoadedModel model = ModelFolder.load(dir, Device.cpu());
		NDArray w = model.block().getParameters().valueAt(0).getArray();
		model.close();
		assertTrue(w.isReleased());
	}
}
