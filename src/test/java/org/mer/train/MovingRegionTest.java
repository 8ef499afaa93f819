package org.mer.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import net.imglib2.img.array.ArrayImgs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.clip.ApexMethod;
import org.mer.clip.ClipRange;
import org.mer.core.Progress;
import org.mer.data.Sample;
import org.mer.data.synth.ApexMasks;
import org.mer.data.synth.SyntheticDatasetGenerator;
import org.mer.mesti.MestiWeighting;
import org.mer.mesti.ModalityImage;
import org.mer.mesti.ModalitySettings;

/** The moving region of a synthetic sample at the network input resolution (Examples.movingRegion). */
class MovingRegionTest {
	@TempDir
	Path tmp;

	private static ModalityImage image(int w, int h) {
		return new ModalityImage(ArrayImgs.floats(w, h, 3), ModalitySettings.mesti(MestiWeighting.APEX_PEAK), "x", 1, 2, 3, ApexMethod.GIVEN, "");
	}

	/** A CASME II-layout synthetic dataset with one 8 x 8 sample whose mask is the 3 x 3 square at x, y 0..2. */
	private Sample sampleWithMask() throws Exception {
		Path root = tmp.resolve("synth");
		Files.createDirectories(root);
		Files.writeString(root.resolve(SyntheticDatasetGenerator.SETTINGS_FILE), "test\n");
		Path frames = Files.createDirectories(root.resolve("CASME2-RAW").resolve("sub01").resolve("EP01"));
		BufferedImage mask = new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY);
		for (int y = 0; y < 3; y++)
			for (int x = 0; x < 3; x++)
				mask.getRaster().setSample(x, y, 0, 255);
		Path file = ApexMasks.file(root, "sub01", "EP01");
		Files.createDirectories(file.getParent());
		ImageIO.write(mask, "png", file.toFile());
		return new Sample("casme2", "01", "sub01/EP01", frames, new ClipRange(1, 2, 3), "positive");
	}

	@Test
	void theMaskIsAreaAveragedLikeTheModalityAndHalfCoveredPixelsCount() throws Exception {
		Sample s = sampleWithMask();
		// 8 -> 4: each network pixel averages 2 x 2 mask pixels; coverage 1, 0.5, 0.5, 0.25 at the corner
		boolean[] region = Examples.movingRegion(s, image(8, 8), 4, Progress.NONE);
		boolean[] expected = new boolean[16];
		expected[0] = expected[1] = expected[4] = true;
		assertArrayEquals(expected, region);
		// 8 -> 16 (bilinear): the square's inner pixels are in, the far corner is not
		boolean[] up = Examples.movingRegion(s, image(8, 8), 16, Progress.NONE);
		assertTrue(up[0] && up[4 * 16 + 4]);
		assertTrue(!up[15 * 16 + 15]);
	}

	@Test
	void noMaskOrAnotherSizeGivesNoRegion() throws Exception {
		Sample s = sampleWithMask();
		List<String> log = new ArrayList<>();
		Progress p = new Progress() {
			@Override public void status(String message) {}
			@Override public void progress(double fraction) {}
			@Override public void log(String message) { log.add(message); }
		};
		assertNull(Examples.movingRegion(s, image(10, 8), 4, p));
		assertEquals(1, log.size());
		assertTrue(log.get(0).contains("apex mask"), log.get(0));
		Sample real = new Sample("casme2", "01", "sub01/EP01", Files.createDirectories(tmp.resolve("real/sub01/EP01")), new ClipRange(1, 2, 3), "x");
		assertNull(Examples.movingRegion(real, image(8, 8), 4, p));
	}
}
