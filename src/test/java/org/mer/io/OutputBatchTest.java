package org.mer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.faults.DiskFaults;

class OutputBatchTest {
	@TempDir
	Path tmp;

	private static List<String> tree(Path dir) throws IOException {
		try (Stream<Path> s = Files.walk(dir)) {
			return s.filter(Files::isRegularFile).map(p -> dir.relativize(p) + "=" + read(p)).sorted().collect(Collectors.toList());
		}
	}

	private static String read(Path p) {
		try {
			return Files.readString(p);
		}
		catch (IOException e) {
			throw new AssertionError(e);
		}
	}

	private Path existing() throws IOException {
		Path dir = Files.createDirectories(tmp.resolve("report"));
		Files.writeString(dir.resolve("a.csv"), "old a");
		Files.writeString(dir.resolve("notes.txt"), "the user's");
		return dir;
	}

	@Test
	void allFilesArriveTogetherAndOthersStay() throws IOException {
		Path dir = existing();
		try (OutputBatch batch = OutputBatch.into(dir)) {
			batch.write("a.csv", p -> Files.writeString(p, "new a"));
			batch.write("sub/b.png", p -> Files.writeString(p, "new b"));
			AtomicFiles.writeString(batch.staging().resolve("c.json"), "new c");
			assertEquals(List.of("a.csv=old a", "notes.txt=the user's"), tree(dir).stream().filter(s -> !s.startsWith(".")).collect(Collectors.toList()),
				"nothing visible before the commit");
			batch.commit();
		}
		assertEquals(List.of("a.csv=new a", "c.json=new c", "notes.txt=the user's", "sub/b.png=new b"), tree(dir));
	}

	@Test
	void aFailingWriterLeavesNoNewFileAndTheOldOnes() throws IOException {
		Path dir = existing();
		List<String> before = tree(dir);
		assertThrows(IOException.class, () -> {
			try (OutputBatch batch = OutputBatch.into(dir)) {
				batch.write("a.csv", p -> Files.writeString(p, "new a"));
				batch.write("b.csv", p -> {
					Files.writeString(p, "half");
					throw new IOException("No space left on device");
				});
				batch.commit();
			}
		});
		assertEquals(before, tree(dir));
	}

	@Test
	void aFolderInPlaceOfATargetFailsTheCommitBeforeAnyMove() throws IOException {
		Path dir = existing();
		Files.createDirectories(dir.resolve("b.csv/inside"));
		List<String> before = tree(dir);
		try (OutputBatch batch = OutputBatch.into(dir)) {
			batch.write("a.csv", p -> Files.writeString(p, "new a"));
			batch.write("b.csv", p -> Files.writeString(p, "new b"));
			assertThrows(IOException.class, batch::commit);
		}
		assertEquals(before, tree(dir));
	}

	@Test
	void aMoveFailingHalfWayIsRolledBack() throws IOException {
		Path dir = existing();
		Files.writeString(dir.resolve("z"), "a file where a folder is needed");
		List<String> before = tree(dir);
		try (OutputBatch batch = OutputBatch.into(dir)) {
			batch.write("a.csv", p -> Files.writeString(p, "new a"));
			batch.write("b.csv", p -> Files.writeString(p, "new b"));
			batch.write("z/c.csv", p -> Files.writeString(p, "new c"));
			assertThrows(IOException.class, batch::commit);
		}
		assertEquals(before, tree(dir), "a.csv and b.csv were moved, then taken back");
		try (Stream<Path> s = Files.list(dir)) {
			assertFalse(s.anyMatch(p -> p.getFileName().toString().startsWith(".mer-batch")), "staging folder removed");
		}
	}

	@Test
	void aTargetUnderARegularFileCannotStart() throws IOException {
		Path impossible = DiskFaults.underARegularFile(tmp, "report");
		assertThrows(IOException.class, () -> OutputBatch.into(impossible));
	}
}
