package org.mer.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import ij.ImagePlus;
import ij.gui.Plot;
import ij.process.ImageProcessor;

import org.junit.jupiter.api.Test;
import org.mer.core.Progress;
import org.mer.spot.ClassicalSpotter;
import org.mer.spot.SpotFixtures;
import org.mer.spot.SpotResult;
import org.mer.spot.SpotSettings;
import org.mer.spot.SpottedInterval;

/** The ImageJ plot of a spotted SYNTHETIC recording: limits, shading of each interval, title. */
class SpottingImagePlotTest {
	@Test
	void shadesEachIntervalAndSpansTheRecording() {
		SpotResult r = new ClassicalSpotter().spot(SpotFixtures.recording(1, 0), SpotSettings.builder().fps(30).build(), Progress.NONE);
		Plot plot = SpottingImagePlot.plot(r, SpotFixtures.truth());
		ImagePlus imp = plot.getImagePlus();
		assertTrue(imp.getTitle().startsWith("Spotting signal of synthetic: 2 micro, 0 macro"), imp.getTitle());
		double[] limits = plot.getLimits();
		assertEquals(0.5, limits[0]);
		assertEquals(240.5, limits[1]);
		assertTrue(limits[3] > r.threshold(), "the threshold is inside the plot");
		ImageProcessor ip = imp.getProcessor();
		SpottedInterval first = r.intervals().get(0);
		int inside = 0, outside = 0;
		int yTop = (int) Math.round(plot.scaleYtoPxl(limits[3] - 0.02 * (limits[3] - limits[2])));
		for (int f = first.onset(); f <= first.offset(); f++)
			if ((ip.getPixel((int) Math.round(plot.scaleXtoPxl(f)), yTop) & 0xffffff) == (SpottingImagePlot.MICRO_FILL.getRGB() & 0xffffff)) inside++;
		for (int f = 20; f < 40; f++)
			if ((ip.getPixel((int) Math.round(plot.scaleXtoPxl(f)), yTop) & 0xffffff) == (SpottingImagePlot.MICRO_FILL.getRGB() & 0xffffff)) outside++;
		assertTrue(inside >= first.length() - 1, "the micro interval is shaded near the top: " + inside + " of " + first.length());
		assertEquals(0, outside, "nothing shaded where nothing was spotted");
		assertNotEquals(0, List.of(r.intervals()).size());
	}
}
