package org.mer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.model.TinyModels;

/**
 * What the command line does with outputs that exist, cannot be written, or would collide: a
 * user's file is never emptied, a failure is one line with exit 2, the files of one command are
 * committed together, and attention files of two clips never share a name.
 */
class OutputsCliTest {
	@TempDir
	Path tmp;

	private final StringWriter out = new StringWriter(), err = new StringWriter();

	private int run(String... args) {
		out.getBuffer().setLength(0);
		err.getBuffer().setLength(0);
		return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
	}

	private void assertOneLine(String mustContain) {
		assertTrue(err.toString().contains(mustContain), err.toString());
		assertEquals(1, err.toString().trim().split("\n").length, "one line: " + err);
		assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
	}

	@Test
	void anExistingCsvIsNeverEmptiedWithoutResumeOrOverwrite() throws IOException {
		Path model = tmp.resolve("model"), clip = tmp.resolve("clip"), csv = tmp.resolve("p.csv");
		TinyModels.save(model, 4, 3);
		TinyModels.writeClip(clip, 2);
		Files.writeString(csv, "my results, please keep\n");
		assertEquals(2, run("classify", "--model", model.toString(), "--clip", clip.toString(), "--out", csv.toString(), "--device", "cpu"));
		assertOneLine("--resume");
		assertTrue(err.toString().contains("--overwrite"), err.toString());
		assertEquals("my results, please keep\n", Files.readString(csv), "untouched");
		assertEquals(2, run("classify", "--model", model.toString(), "--clip", clip.toString(), "--out", csv.toString(), "--resume", "--overwrite"));
		assertOneLine("exclude each other");

		Path ours = tmp.resolve("ours.csv");
		assertEquals(0, run("classify", "--model", model.toString(), "--clip", clip.toString(), "--out", ours.toString(), "--device", "cpu"), err.toString());
		assertEquals(2, run("classify", "--model", model.toString(), "--clip", clip.toString(), "--out", ours.toString(), "--device", "cpu"));
		assertEquals(0, run("classify", "--model", model.toString(), "--clip", clip.toString(), "--out", ours.toString(), "--device", "cpu",
			"--overwrite"), err.toString());
		assertEquals(2, Files.readAllLines(ours).size(), "header and one row");
	}

	@Test
	void outputsThatCannotBeWrittenAreOneLineAndExitTwo() throws IOException {
		Path model = tmp.resolve("model"), clip = tmp.resolve("clip");
		TinyModels.save(model, 4, 3);
		TinyModels.writeClip(clip, 2);
		Path folder = Files.createDirectories(tmp.resolve("a folder"));
		assertEquals(2, run("classify", "--model", model.toString(), "--clip", clip.toString(), "--out", folder.toString(), "--device", "cpu"));
		assertOneLine(folder.toString());
		Path file = Files.writeString(tmp.resolve("a file"), "x");
		assertEquals(2, run("classify", "--model", model.toString(), "--clip", clip.toString(), "--out", file.resolve("p.csv").toString(),
			"--device", "cpu"));
		assertOneLine("a file");
	}

	@Test
	void theTiffIsNotLeftBehindWhenThePngCannotBeWritten() throws IOException {
		Path clip = tmp.resolve("clip");
		TinyModels.writeClip(clip, 2);
		Path tif = tmp.resolve("m.tif");
		Files.createDirectories(tmp.resolve("m.png"));
		assertEquals(2, run("mesti", "--clip", clip.toString(), "--out", tif.toString(), "--png", tmp.resolve("m.png").toString()));
		assertOneLine("m.png");
		assertFalse(Files.exists(tif), "committed together or not at all");
		try (Stream<Path> s = Files.list(tmp)) {
			assertEquals(List.of("clip", "m.png"), s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList()), "no staging left");
		}
		assertEquals(0, run("mesti", "--clip", clip.toString(), "--out", tif.toString(), "--png", tmp.resolve("n.png").toString()), err.toString());
		assertTrue(Files.isRegularFile(tif) && Files.isRegularFile(tmp.resolve("n.png")));
	}

	@Test
	void attentionFilesOfClipsAslashBandA_bNeverShareAName() throws IOException {
		Path model = tmp.resolve("model"), tree = tmp.resolve("tree");
		TinyModels.save(model, 4, 3);
		TinyModels.writeClip(tree.resolve("a/b"), 1);
		TinyModels.writeClip(tree.resolve("a_b"), 2);
		Path att = tmp.resolve("att");
		assertEquals(0, run("classify", "--model", model.toString(), "--tree", tree.toString(), "--out", tmp.resolve("p.csv").toString(),
			"--attention-dir", att.toString(), "--device", "cpu"), err.toString());
		try (Stream<Path> s = Files.list(att)) {
			List<String> maps = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("_attention.tif")).sorted().collect(Collectors.toList());
			assertEquals(2, maps.size(), maps.toString());
			assertTrue(maps.contains("a_b_attention.tif"), maps.toString());
		}
		assertEquals(2, run("classify", "--model", model.toString(), "--tree", tree.toString(), "--out", tmp.resolve("q.csv").toString(),
			"--attention-dir", tree.toString(), "--device", "cpu"));
		assertOneLine("cannot write " + tree);
	}

	@Test
	void modelSealAndVerify() throws IOException {
		Path model = tmp.resolve("model");
		TinyModels.save(model, 4, 3);
		assertEquals(0, run("model", "verify", model.toString()), err.toString());
		assertTrue(out.toString().startsWith("sealed:"), out.toString());
		Path json = model.resolve("model.json");
		com.google.gson.JsonObject o = com.google.gson.JsonParser.parseString(Files.readString(json)).getAsJsonObject();
		com.google.gson.JsonArray names = o.getAsJsonArray("classNames");
		com.google.gson.JsonElement first = names.get(0);
		names.set(0, names.get(1));
		names.set(1, first);
		Files.writeString(json, o.toString());
		assertEquals(2, run("model", "verify", model.toString()));
		assertOneLine("sealed field 'classNames' was changed");
		assertEquals(0, run("model", "seal", "--model", model.toString()), err.toString());
		assertEquals(0, run("model", "verify", model.toString()), err.toString());
	}

	@Test
	void deprecatedSpellingsWorkWithOneNotice() throws IOException {
		Path clip = tmp.resolve("clip");
		TinyModels.writeClip(clip, 2);
		assertEquals(0, run("modality", "--kind", "difference", "--frames", clip.toString(), "--out", tmp.resolve("d.tif").toString()), err.toString());
		assertOneLine("--kind is deprecated");
		assertTrue(err.toString().contains("use --modality"), err.toString());
		assertTrue(out.toString().contains("wrote"), out.toString());
	}
}
