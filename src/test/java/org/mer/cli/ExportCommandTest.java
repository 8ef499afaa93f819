package org.mer.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import ij.ImagePlus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.data.Dataset;
import org.mer.data.Sample;
import org.mer.export.ExportFixtures;
import org.mer.ij.ImageJFiles;

/** ./mer export writes float TIFFs that ImageJ reads back equal to the pipeline's values. */
class ExportCommandTest {
	@TempDir
	Path tmp;

	@Test
	void tiffExportReadsBackEqual() throws Exception {
		Path root = tmp.resolve("synth");
		Dataset dataset = ExportFixtures.dataset(root);
		Path out = tmp.resolve("export");
		StringWriter o = new StringWriter(), e = new StringWriter();
		int code = Main.execute(new String[] { "export", "--kind", "casme2", "--root", root.toString(), "--classes", "megc-3", "--modalities",
			"mesti,flow", "--input-size", "64", "--format", "tiff", "--out", out.toString() }, new PrintWriter(o, true), new PrintWriter(e, true));
		assertEquals(0, code, e.toString());
		assertTrue(o.toString().contains("exported 6 samples of casme2 (mesti-apex_peak, flow, 64 x 64, tiff)"), o.toString());
		List<String> manifest = Files.readAllLines(out.resolve("manifest.csv"));
		Sample s = dataset.samples().get(1);
		String[] row = manifest.get(2).split(",");
		assertEquals(s.id(), row[2]);
		for (int m = 0; m < 2; m++) {
			ImagePlus imp = ImageJFiles.read(out.resolve(row[9 + m]));
			assertEquals(3, imp.getStackSize());
			float[] expected = ExportFixtures.expected(s, ExportFixtures.mestiAndFlow().get(m), 64);
			float[] read = new float[expected.length];
			for (int c = 0; c < 3; c++)
				System.arraycopy((float[]) imp.getStack().getPixels(c + 1), 0, read, c * 64 * 64, 64 * 64);
			assertArrayEquals(expected, read, 0f);
			assertTrue(((String) imp.getProperty("Info")).contains("export_size = 64"));
		}
		code = Main.execute(new String[] { "export", "--kind", "casme2", "--root", root.toString(), "--classes", "megc-3", "--modalities", "mesti,bogus",
			"--out", out.toString() }, new PrintWriter(o, true), new PrintWriter(e, true));
		assertEquals(2, code);
		assertTrue(e.toString().contains("--modalities"), e.toString());
	}
}
