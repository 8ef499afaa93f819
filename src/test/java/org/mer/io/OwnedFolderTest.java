package org.mer.io;

import org.mer.core.Ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.mer.core.InputException;

class OwnedFolderTest {
	@TempDir
	Path tmp;

	private static IoConsumer<Path> writing(String name, String text) {
		return dir -> Files.writeString(dir.resolve(name), text);
	}

	private static List<String> names(Path dir) throws IOException {
		try (Stream<Path> s = Files.list(dir)) {
			return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
		}
	}

	private String refusal(Path dir, ProtectedPaths protect) {
		return assertThrows(InputException.class, () -> OwnedFolder.replace(dir, OutputKind.MODEL, protect, writing("w", "new")))
			.getMessage();
	}

	@Test
	void missingEmptyAndOwnFoldersAreReplacedWhole() throws IOException {
		Path dir = tmp.resolve("model");
		OwnedFolder.replace(dir, OutputKind.MODEL, ProtectedPaths.none(), writing("a", "1"));
		assertEquals(List.of(OwnedFolder.MARKER, "a"), names(dir));
		assertEquals("model", OwnedFolder.markerKind(dir).get());
		OwnedFolder.replace(dir, OutputKind.MODEL, ProtectedPaths.none(), writing("b", "2"));
		assertEquals(List.of(OwnedFolder.MARKER, "b"), names(dir), "replaced, not merged");
		assertEquals(List.of("model"), names(tmp), "no temporary or old folder left");
		Path empty = Files.createDirectory(tmp.resolve("empty"));
		OwnedFolder.replace(empty, OutputKind.MODEL, ProtectedPaths.none(), writing("c", "3"));
		assertEquals("3", Files.readString(empty.resolve("c")));
	}

	@Test
	void aFolderWithoutTheMarkerIsNeverReplaced() throws IOException {
		Path results = Files.createDirectories(tmp.resolve("results"));
		Files.writeString(results.resolve("thesis.docx"), "years of work");
		String m = refusal(results, ProtectedPaths.none());
		assertTrue(m.contains(results.toString()) && m.contains("no .mer-output marker") && m.contains("thesis.docx"), m);
		assertEquals("years of work", Files.readString(results.resolve("thesis.docx")));
		assertEquals(List.of("results"), names(tmp), "nothing was staged next to it");
	}

	@Test
	void aFolderOfAnotherKindIsNotReplaced() throws IOException {
		Path report = OwnedFolder.claim(tmp.resolve("report"), OutputKind.REPORT, ProtectedPaths.none());
		Files.writeString(report.resolve("report.json"), "{}");
		String m = refusal(report, ProtectedPaths.none());
		assertTrue(m.contains("written as a report folder, not a model folder"), m);
		assertTrue(Files.exists(report.resolve("report.json")));
	}

	@Test
	void inputsOtherOutputsAndTheirAncestorsAreProtectedEvenWhenMarked() throws IOException {
		Path root = tmp.resolve("dataset");
		Path frames = Files.createDirectories(root.resolve("sub01/EP01"));
		OwnedFolder.mark(root, OutputKind.MODEL); // even a marker does not make an input replaceable
		ProtectedPaths inputs = ProtectedPaths.builder().input(frames).build();
		assertTrue(refusal(root, inputs).contains("it contains the input " + frames));
		assertTrue(refusal(frames, inputs).contains("it is the input " + frames));
		Path out = tmp.resolve("out");
		Path report = out.resolve("report");
		ProtectedPaths outputs = ProtectedPaths.builder().output(report).build();
		assertTrue(refusal(out, outputs).contains("it contains the output " + report), "even before the report exists");
		assertTrue(Files.isDirectory(frames));
	}

	@Test
	void theWorkingDirectoryHomeAndRootsAreProtected() {
		Path cwd = Paths.get("").toAbsolutePath();
		assertTrue(assertThrows(InputException.class, () -> OwnedFolder.checkWritable(Paths.get("."), OutputKind.MODEL, ProtectedPaths.none()))
			.getMessage().contains("it is the working directory"));
		assertTrue(assertThrows(InputException.class, () -> OwnedFolder.checkWritable(cwd.getParent(), OutputKind.MODEL, ProtectedPaths.none()))
			.getMessage().contains("it contains the working directory"));
		Path home = Paths.get(System.getProperty("user.home"));
		assertThrows(InputException.class, () -> OwnedFolder.checkWritable(home, OutputKind.MODEL, ProtectedPaths.none()));
		assertTrue(assertThrows(InputException.class, () -> OwnedFolder.deleteTree(cwd.getRoot())).getMessage().contains("root"));
	}

	@Test
	void aFailingWriterLeavesTheOldFolderAndNoTemporaries() throws IOException {
		Path dir = tmp.resolve("model");
		OwnedFolder.replace(dir, OutputKind.MODEL, ProtectedPaths.none(), writing("a", "old"));
		assertThrows(IOException.class, () -> OwnedFolder.replace(dir, OutputKind.MODEL, ProtectedPaths.none(), d -> {
			Files.writeString(d.resolve("a"), "half");
			throw new IOException("disk full");
		}));
		assertEquals("old", Files.readString(dir.resolve("a")));
		assertEquals(List.of("model"), names(tmp));
	}

	@Test
	void aFileInPlaceOfTheFolderIsRefused() throws IOException {
		Path file = Files.writeString(tmp.resolve("model"), "a user's file");
		assertTrue(refusal(file, ProtectedPaths.none()).contains("it is a file"));
		assertEquals("a user's file", Files.readString(file));
	}

	@Test
	void deleteTreeRefusesUnmarkedFoldersAndDoesNotFollowLinks() throws IOException {
		Path precious = Files.createDirectories(tmp.resolve("precious"));
		Files.writeString(precious.resolve("keep.txt"), "keep");
		String m = assertThrows(InputException.class, () -> OwnedFolder.deleteTree(precious)).getMessage();
		assertTrue(m.startsWith("refusing to delete " + precious) && m.contains("marker"), m);
		assertTrue(Files.exists(precious.resolve("keep.txt")));

		Path scratch = OwnedFolder.createTemp(tmp, "scratch", OutputKind.BENCH);
		Files.createSymbolicLink(scratch.resolve("link"), precious);
		OwnedFolder.deleteTree(scratch);
		assertFalse(Files.exists(scratch));
		assertTrue(Files.exists(precious.resolve("keep.txt")), "the link's target survives");
		OwnedFolder.deleteTree(scratch); // missing: nothing to do
	}

	@Test
	void claimMarksNewFoldersAndAcceptsLegacyMarkers() throws IOException {
		Path synth = tmp.resolve("synth");
		Files.createDirectories(synth);
		Files.writeString(synth.resolve("synth-settings.txt"), "settings");
		Files.writeString(synth.resolve("frame.jpg"), "x");
		OwnedFolder.claim(synth, OutputKind.SYNTHETIC_DATASET, ProtectedPaths.none(), "synth-settings.txt");
		assertEquals("synthetic-dataset", OwnedFolder.markerKind(synth).get());
		Path other = Files.createDirectories(tmp.resolve("other"));
		Files.writeString(other.resolve("frame.jpg"), "x");
		assertThrows(InputException.class, () -> OwnedFolder.claim(other, OutputKind.SYNTHETIC_DATASET, ProtectedPaths.none(), "synth-settings.txt"));
		assertFalse(Files.exists(other.resolve(OwnedFolder.MARKER)));
	}

	@Test
	void kindIdsParseAndUnknownOnesListTheValidIds() {
		assertEquals(OutputKind.MODALITY_CACHE, Ids.parse(OutputKind.class, " Modality-Cache ", "output kind"));
		String m = assertThrows(InputException.class, () -> Ids.parse(OutputKind.class, "models", "output kind")).getMessage();
		assertTrue(m.contains("model, report, comparison"), m);
	}
}
