package org.mer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ij.IJ;
import ij.ImagePlus;

/** The {@code mesti} and {@code modality} subcommands end to end: files written, exit codes, messages. */
class MestiCliTest {

	@TempDir
	Path dir;

	private String out, err;

	private int run(String... args) {
		StringWriter o = new StringWriter(), e = new StringWriter();
		int code = Main.execute(args, new PrintWriter(o, true), new PrintWriter(e, true));
		out = o.toString();
		err = e.toString();
		return code;
	}

	/** Grey PNG frames img{first}..img{first+n-1}, frame k uniformly {@code values[k]}. */
	private Path frames(String name, int first, int w, int h, int... values) throws IOException {
		Path d = Files.createDirectories(dir.resolve(name));
		for (int k = 0; k < values.length; k++) {
			BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
			for (int y = 0; y < h; y++)
				for (int x = 0; x < w; x++)
					img.getRaster().setSample(x, y, 0, values[k]);
			ImageIO.write(img, "png", d.resolve("img" + (first + k) + ".png").toFile());
		}
		return d;
	}

	@Test
	void mestiWritesRawTiffAndPngWithGivenApex() throws IOException {
		Path clip = frames("clip", 46, 6, 4, 10, 40, 10);
		Path tif = dir.resolve("m.tif"), png = dir.resolve("m.png");
		assertEquals(0, run("mesti", "--frames", clip.toString(), "--onset", "46", "--apex", "47", "--offset", "48",
			"--out", tif.toString(), "--png", png.toString()), err);
		// T=3, apex in the middle: weights (-1/3, 2/3, -1/3) -> 10*(-1/3) + 40*(2/3) + 10*(-1/3) = 20
		ImagePlus imp = IJ.openImage(tif.toString());
		assertEquals(32, imp.getBitDepth());
		assertEquals(6, imp.getWidth());
		assertEquals(20f, imp.getProcessor().getPixelValue(3, 2), 1e-4);
		assertTrue(out.contains("apex 47 (given)"), out);
		assertTrue(Files.exists(png));
		assertTrue(out.contains("constant"), "a uniform MESTI warns that its 8-bit form is all 0: " + out);
	}

	@Test
	void apexIsSpottedAndPrintedWhenAbsent() throws IOException {
		Path clip = frames("clip", 1, 5, 5, 10, 10, 10, 90, 10, 10);
		assertEquals(0, run("modality", "--kind", "apex", "--frames", clip.toString(), "--out", dir.resolve("a.tif").toString()), err);
		assertTrue(out.contains("apex 4 (motion"), out);
		assertEquals(90f, IJ.openImage(dir.resolve("a.tif").toString()).getProcessor().getPixelValue(1, 1), 0f);
	}

	@Test
	void rankPooledWeightingDiffersFromApexPeak() throws IOException {
		Path clip = frames("clip", 1, 4, 4, 0, 50, 100, 50, 0);
		assertEquals(0, run("mesti", "--frames", clip.toString(), "--apex", "3", "--out", dir.resolve("p.tif").toString()), err);
		assertEquals(0, run("mesti", "--frames", clip.toString(), "--apex", "3", "--weighting", "rank_pooled",
			"--out", dir.resolve("r.tif").toString()), err);
		// SPEC T=5 apex 2: APEX_PEAK (-1.7, 1.05, 1.3, 1.05, -1.7), RANK_POOLED (-1.7, 1.3, 0.8, 1.3, -1.7)
		assertEquals(50 * 1.05 + 100 * 1.3 + 50 * 1.05, IJ.openImage(dir.resolve("p.tif").toString()).getProcessor().getPixelValue(0, 0), 1e-3);
		assertEquals(50 * 1.3 + 100 * 0.8 + 50 * 1.3, IJ.openImage(dir.resolve("r.tif").toString()).getProcessor().getPixelValue(0, 0), 1e-3);
	}

	private void assertUserError(String mustContain, String... args) {
		assertEquals(2, run(args), "exit code for " + String.join(" ", args));
		assertTrue(err.contains(mustContain), "message should name '" + mustContain + "': " + err);
		assertEquals(1, err.trim().split("\n").length, "one line, no stack trace: " + err);
		assertFalse(err.contains("Exception"), err);
	}

	@Test
	void badInputsExitWithCodeTwoAndOneLineNamingTheProblem() throws IOException {
		Path clip = frames("clip", 46, 6, 4, 10, 40, 10);
		String tif = dir.resolve("x.tif").toString();
		assertUserError("nowhere", "mesti", "--frames", dir.resolve("nowhere").toString(), "--out", tif);
		Path empty = Files.createDirectories(dir.resolve("empty"));
		assertUserError("empty", "mesti", "--frames", empty.toString(), "--out", tif);
		assertUserError("onset 48", "mesti", "--frames", clip.toString(), "--onset", "48", "--offset", "46", "--out", tif);
		assertUserError("--apex 60", "mesti", "--frames", clip.toString(), "--apex", "60", "--out", tif);
		assertUserError("at least 2 frames", "mesti", "--frames", clip.toString(), "--onset", "47", "--offset", "47", "--out", tif);
		assertUserError("--weighting: unknown value 'peak'", "mesti", "--frames", clip.toString(), "--weighting", "peak", "--out", tif);
		assertUserError("--modality: unknown value 'optical'", "modality", "--modality", "optical", "--frames", clip.toString(), "--out", tif);
		assertUserError("--frames", "mesti", "--out", tif);
		assertUserError("--out", "mesti", "--frames", clip.toString());

		Path mixed = frames("mixed", 1, 6, 4, 10, 40);
		frames("mixed-extra", 3, 5, 5, 10);
		Files.move(dir.resolve("mixed-extra/img3.png"), mixed.resolve("img3.png"));
		assertUserError("img3.png", "mesti", "--frames", mixed.toString(), "--out", tif);

		Path broken = frames("broken", 1, 6, 4, 10, 40, 10);
		Files.write(broken.resolve("img2.png"), new byte[] { 1, 2, 3 });
		assertUserError("img2.png", "mesti", "--frames", broken.toString(), "--apex", "2", "--out", tif);
		assertFalse(Files.exists(dir.resolve("x.tif")), "nothing written on error");
	}
}
