package org.mer.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.core.Progress;
import org.mer.spot.ClassicalSpotter;
import org.mer.spot.GroundTruthInterval;
import org.mer.spot.SpotResult;
import org.mer.spot.SpotSettings;
import org.mer.spot.SpottedInterval;
import org.mer.spot.SyntheticRecording;

class SpottingPlotTest {
	@TempDir
	Path dir;

	@Test
	void drawsTruthDetectionsAndThreshold() throws IOException {
		SyntheticRecording rec = SyntheticRecording.standard(true);
		List<GroundTruthInterval> truth = rec.truth(30);
		SpotResult result = new ClassicalSpotter().spot(rec, SpotSettings.builder().fps(30).build(), Progress.NONE);
		Path png = dir.resolve("plot.png");
		SpottingPlot.write(result, truth, 1200, 400, png);
		BufferedImage img = ImageIO.read(png.toFile());
		assertEquals(1200, img.getWidth());
		assertEquals(400, img.getHeight());
		try (var files = Files.list(dir)) {
			assertEquals(1, files.count());
		}
		// frame f is at x = 64 + (f - 1) / 599 * (1200 - 80); the detection band is rows 56..68
		SpottedInterval micro = result.intervals().get(0);
		Color band = new Color(img.getRGB(x(micro.apex()), 62));
		assertEquals(SpottingPlot.MICRO, band, "micro detection bar");
		Color macroBand = new Color(img.getRGB(x(result.intervals().get(2).apex()), 62));
		assertEquals(SpottingPlot.MACRO, macroBand);
		assertEquals(Color.WHITE, new Color(img.getRGB(x(250), 62)), "no detection at frame 250");
		Color shaded = new Color(img.getRGB(x(452), 330));
		assertTrue(shaded.getGreen() > shaded.getRed() + 30 && shaded.getGreen() > shaded.getBlue() + 30, "ground truth shaded green: " + shaded);
		assertEquals(Color.WHITE, new Color(img.getRGB(x(250), 330)));
		int thresholdRow = -1;
		for (int dx = 0; dx < 10 && thresholdRow < 0; dx++)
			thresholdRow = thresholdRow(img, x(250) + dx);
		assertTrue(thresholdRow > 68 && thresholdRow < 344, "a red threshold line: row " + thresholdRow);
	}

	static int x(int frame) {
		return (int) Math.round(64 + (frame - 1) / 599.0 * (1200 - 64 - 16));
	}

	static int thresholdRow(BufferedImage img, int x) {
		for (int y = 0; y < img.getHeight(); y++) {
			Color c = new Color(img.getRGB(x, y));
			if (c.getRed() > 180 && c.getGreen() < 90 && c.getBlue() < 90) return y;
		}
		return -1;
	}
}
