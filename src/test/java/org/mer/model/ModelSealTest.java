package org.mer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.core.InputException;
import org.mer.core.Progress;

class ModelSealTest {
	@TempDir
	Path tmp;

	private static JsonObject json(Path dir) throws IOException {
		return JsonParser.parseString(Files.readString(dir.resolve("model.json"))).getAsJsonObject();
	}

	private static void write(Path dir, JsonObject o) throws IOException {
		Files.writeString(dir.resolve("model.json"), o.toString());
	}

	@Test
	void savedModelsAndTheBundledOnesAreSealed() throws IOException {
		Path dir = tmp.resolve("m");
		TinyModels.save(dir, 4, 1);
		assertEquals(ModelSeal.Verdict.SEALED, ModelSeal.verify(dir));
		assertEquals(ModelSeal.Verdict.SEALED, ModelSeal.verify(Paths.get("test-data/models/demo")));
		assertEquals(ModelSeal.Verdict.SEALED, ModelSeal.verify(Paths.get("src/test/resources/torchscript/tiny-meganet")));
	}

	@Test
	void reformattingKeepsTheSealAndAnAddedNormalisationFieldBreaksIt() throws IOException {
		Path dir = tmp.resolve("m");
		TinyModels.save(dir, 4, 1);
		JsonObject o = json(dir);
		write(dir, o); // compact, other white space: same meaning
		assertEquals(ModelSeal.Verdict.SEALED, ModelSeal.verify(dir));
		o.getAsJsonObject("normalisation").addProperty("scaling", "percentile");
		write(dir, o);
		String m = assertThrows(InputException.class, () -> ModelSeal.verify(dir)).getMessage();
		assertTrue(m.contains("'normalisation'") && m.contains("mer model seal"), m);
		ModelSeal.seal(dir); // the change was intended
		assertEquals(ModelSeal.Verdict.SEALED, ModelSeal.verify(dir));
		assertEquals("percentile", json(dir).getAsJsonObject("normalisation").get("scaling").getAsString(), "kept");
	}

	@Test
	void eachSectionIsNamedWhenItChanges() throws IOException {
		Path dir = tmp.resolve("m");
		TinyModels.save(dir, 4, 1);
		JsonObject sealed = json(dir);
		JsonObject o = sealed.deepCopy();
		o.getAsJsonObject("network").addProperty("width", 5);
		write(dir, o);
		assertTrue(assertThrows(InputException.class, () -> ModelSeal.verify(dir)).getMessage().contains("'network'"));
		o = sealed.deepCopy();
		o.addProperty("inputSize", 33);
		write(dir, o);
		assertTrue(assertThrows(InputException.class, () -> ModelSeal.verify(dir)).getMessage().contains("'inputSize'"));
		o = sealed.deepCopy();
		o.getAsJsonObject("provenance").addProperty("trainedOn", "a corrected note");
		write(dir, o);
		assertEquals(ModelSeal.Verdict.SEALED, ModelSeal.verify(dir), "provenance is description, not sealed");
	}

	@Test
	void anUnsealedFolderLoadsWithOneWarningLine() throws IOException {
		Path dir = tmp.resolve("m");
		TinyModels.save(dir, 4, 1);
		JsonObject o = json(dir);
		o.remove(ModelSeal.FIELD);
		write(dir, o);
		assertEquals(ModelSeal.Verdict.UNSEALED, ModelSeal.verify(dir));
		List<String> log = new ArrayList<>();
		ModelFolder.readConfig(dir, new Progress() {
			@Override public void status(String message) {}
			@Override public void progress(double fraction) {}
			@Override public void log(String message) { log.add(message); }
		});
		assertEquals(1, log.size());
		assertTrue(log.get(0).contains("has no seal") && !log.get(0).contains("\n"), log.get(0));
		ModelSeal.seal(dir);
		assertEquals(ModelSeal.Verdict.SEALED, ModelSeal.verify(dir));
	}

	@Test
	void sealingRefusesAFolderWhoseWeightsDoNotMatch() throws IOException {
		Path dir = tmp.resolve("m");
		TinyModels.save(dir, 4, 1);
		Files.write(dir.resolve("meganet-0000.params"), new byte[] { 1, 2, 3 });
		String before = Files.readString(dir.resolve("model.json"));
		assertTrue(assertThrows(InputException.class, () -> ModelSeal.seal(dir)).getMessage().contains("sha256 mismatch"));
		assertEquals(before, Files.readString(dir.resolve("model.json")));
		assertFalse(before.isEmpty());
	}
}
