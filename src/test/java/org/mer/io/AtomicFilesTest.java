package org.mer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

	@TempDir
	Path dir;

	@Test
	void writesContentAndLeavesNoTempFile() throws IOException {
		Path target = dir.resolve("sub/out.txt");
		AtomicFiles.writeString(target, "hello");
		assertEquals("hello", Files.readString(target));
		AtomicFiles.writeString(target, "again");
		assertEquals("again", Files.readString(target));
		assertEquals(1, count(target.getParent()));
	}

	@Test
	void writerFailureKeepsOldFileAndDeletesTemp() throws IOException {
		Path target = dir.resolve("model.tif");
		AtomicFiles.writeString(target, "old");
		IOException boom = new IOException("disk full");
		IOException thrown = assertThrows(IOException.class, () -> AtomicFiles.write(target, temp -> {
			Files.write(temp, "half a fi".getBytes(StandardCharsets.UTF_8));
			throw boom;
		}));
		assertSame(boom, thrown);
		assertEquals("old", Files.readString(target));
		assertEquals(1, count(dir));
	}

	@Test
	void runtimeFailureKeepsOldFile() throws IOException {
		Path target = dir.resolve("a.csv");
		AtomicFiles.writeString(target, "old");
		assertThrows(IllegalStateException.class, () -> AtomicFiles.write(target, temp -> {
			Files.write(temp, new byte[] { 1, 2 });
			throw new IllegalStateException("bug");
		}));
		assertEquals("old", Files.readString(target));
		assertEquals(1, count(dir));
	}

	@Test
	void writerThatWritesNothingFails() throws IOException {
		Path target = dir.resolve("b.txt");
		AtomicFiles.writeString(target, "old");
		assertThrows(IOException.class, () -> AtomicFiles.write(target, temp -> {}));
		assertEquals("old", Files.readString(target));
	}

	@Test
	void tempNameKeepsExtensionAndIsHidden() {
		String name = AtomicFiles.tempName("mesti.tif");
		assertEquals('.', name.charAt(0));
		assertEquals(true, name.endsWith(".tif"));
	}

	private static long count(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.count();
		}
	}
}
