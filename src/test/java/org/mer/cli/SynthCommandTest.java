package org.mer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.data.synth.SyntheticDatasetGenerator;

class SynthCommandTest {
	@TempDir
	Path tmp;

	private int run(StringWriter out, StringWriter err, String... args) {
		return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
	}

	@Test
	void writesDatasetAndReportsIt() {
		StringWriter out = new StringWriter(), err = new StringWriter();
		int rc = run(out, err, "synth", "--out", tmp.toString(), "--subjects", "1", "--clips-per-class", "1", "--size", "24",
			"--frames", "4..5", "--classes", "a,b", "--layout", "samm");
		assertEquals(0, rc, err.toString());
		assertTrue(Files.isRegularFile(tmp.resolve(SyntheticDatasetGenerator.SAMM_SHEET)));
		assertTrue(out.toString().contains("wrote 2 clips"), out.toString());
	}

	@Test
	void demoClipWritesFramesCsvAndMask() throws IOException {
		StringWriter out = new StringWriter(), err = new StringWriter();
		int rc = run(out, err, "synth", "--demo", "--out", tmp.toString(), "--size", "32", "--frames", "6");
		assertEquals(0, rc, err.toString());
		List<String> csv = Files.readAllLines(tmp.resolve("clip.csv"));
		assertEquals("frames,onset,apex,offset,class,action_units,peak_px", csv.get(0));
		String[] v = csv.get(1).split(",");
		assertEquals("46", v[1]);
		assertEquals("51", v[3]);
		for (int n = 46; n <= 51; n++) assertTrue(Files.isRegularFile(tmp.resolve("clip/img" + n + ".jpg")));
		assertTrue(Files.isRegularFile(tmp.resolve("apex_mask.png")));
	}

	@Test
	void badOptionsExitWithTwoAndOneLine() {
		StringWriter out = new StringWriter(), err = new StringWriter();
		assertEquals(2, run(out, err, "synth", "--out", tmp.toString(), "--layout", "smic"));
		assertTrue(err.toString().contains("--layout: unknown value 'smic'"), err.toString());
		StringWriter err2 = new StringWriter();
		assertEquals(2, run(out, err2, "synth", "--out", tmp.toString(), "--frames", "ten"));
		assertTrue(err2.toString().contains("--frames"), err2.toString());
		StringWriter err3 = new StringWriter();
		assertEquals(2, run(out, err3, "synth", "--out", tmp.toString(), "--subjects", "0"));
		assertTrue(err3.toString().contains("subjects"), err3.toString());
	}
}
