package org.mer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.core.InputException;

/** Edits to what a model means (not to its weights) are caught on loading, naming the field. */
class ModelTamperTest {
	static final Path DEMO = Paths.get("test-data/models/demo");

	@TempDir
	Path tmp;

	private Path copyOfDemo() throws IOException {
		Path dir = Files.createDirectories(tmp.resolve("demo"));
		for (String f : Arrays.asList("model.json", "meganet-0000.params"))
			Files.copy(DEMO.resolve(f), dir.resolve(f));
		return dir;
	}

	private static void edit(Path dir, String from, String to) throws IOException {
		Path json = dir.resolve("model.json");
		String text = Files.readString(json);
		assertTrue(text.contains(from), from);
		Files.writeString(json, text.replace(from, to));
	}

	@Test
	void theBundledDemoModelIsIntact() {
		assertEquals(Arrays.asList("negative", "positive", "surprise"), ModelFolder.readConfig(DEMO).classNames());
	}

	@Test
	void changedNormalisationIsRefusedNamingTheField() throws IOException {
		Path dir = copyOfDemo();
		edit(dir, "0.5075159", "0.6075159");
		String m = assertThrows(InputException.class, () -> ModelFolder.readConfig(dir)).getMessage();
		assertTrue(m.contains("model.json") && m.contains("'normalisation'"), m);
	}

	@Test
	void swappedClassNamesAreRefusedNamingTheField() throws IOException {
		Path dir = copyOfDemo();
		edit(dir, "\"negative\",\n    \"positive\"", "\"positive\",\n    \"negative\"");
		String m = assertThrows(InputException.class, () -> ModelFolder.readConfig(dir)).getMessage();
		assertTrue(m.contains("'classNames'"), m);
	}

	@Test
	void changedModalityIsRefusedNamingTheField() throws IOException {
		Path dir = copyOfDemo();
		edit(dir, "\"apex_method\": \"motion\"", "\"apex_method\": \"midpoint\"");
		String m = assertThrows(InputException.class, () -> ModelFolder.readConfig(dir)).getMessage();
		assertTrue(m.contains("'modality'"), m);
	}
}
