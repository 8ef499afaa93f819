package org.mer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.io.Sha256;
import org.mer.core.InputException;

/**
 * {@code train --out DIR} must never replace a folder the user owns: the results folder, the
 * dataset root, the folder holding the report, the working directory. Each is refused before
 * anything is written, and its files stay.
 */
class ModelFolderSafetyTest {
	@TempDir
	Path tmp;

	private static List<String> tree(Path dir) throws IOException {
		try (Stream<Path> s = Files.walk(dir)) {
			return s.map(p -> dir.relativize(p).toString()).sorted().collect(Collectors.toList());
		}
	}

	private String refused(Path dir) throws IOException {
		List<String> before = tree(tmp);
		String m = assertThrows(InputException.class, () -> TinyModels.save(dir, 4, 1)).getMessage();
		assertEquals(before, tree(tmp), "nothing written, nothing removed");
		return m;
	}

	@Test
	void theUsersResultsFolderIsNotReplaced() throws IOException {
		Path results = Files.createDirectories(tmp.resolve("results"));
		Files.writeString(results.resolve("figure1.png"), "months of work");
		String m = refused(results);
		assertTrue(m.contains(results.toString()) && m.contains("figure1.png"), m);
	}

	@Test
	void theDatasetRootIsNotReplaced() throws IOException {
		Path root = Files.createDirectories(tmp.resolve("CASME2/CASME2-RAW/sub01/EP02_01f"));
		Files.writeString(root.resolve("img46.jpg"), "frame");
		refused(tmp.resolve("CASME2"));
	}

	@Test
	void theReportsParentIsNotReplaced() throws IOException {
		Path report = Files.createDirectories(tmp.resolve("run/report"));
		Files.writeString(report.resolve("report.json"), "{}");
		refused(tmp.resolve("run"));
	}

	@Test
	void theWorkingDirectoryIsNotReplaced() throws IOException {
		Path cwd = Paths.get("").toAbsolutePath();
		long before;
		try (Stream<Path> s = Files.list(cwd)) {
			before = s.count();
		}
		String m = assertThrows(InputException.class, () -> TinyModels.save(Paths.get("."), 4, 1)).getMessage();
		assertTrue(m.contains("working directory"), m);
		try (Stream<Path> s = Files.list(cwd)) {
			assertEquals(before, s.count());
		}
	}

	@Test
	void aModelFolderOfThisToolIsReplaced() throws IOException {
		Path model = tmp.resolve("model");
		TinyModels.save(model, 4, 1);
		String first = Sha256.of(model.resolve("meganet-0000.params"));
		TinyModels.save(model, 4, 2);
		assertTrue(!first.equals(Sha256.of(model.resolve("meganet-0000.params"))));
	}
}
