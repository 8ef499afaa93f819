package org.mer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import ij.IJ;
import ij.ImagePlus;
import ij.process.ImageProcessor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.attention.AttentionView;
import org.mer.attention.AttentionRegion;
import org.mer.attention.AttentionRegions;
import org.mer.classify.Prediction;

/**
 * Drives ImageJ's GUI on a virtual display as a person would: opens the demo clip as a stack,
 * puts an ROI of their own in the ROI Manager, runs Classify Micro-expression with attention
 * shown, and screenshots the result window (ImageJ's Capture Image, a java.awt.Robot grab of
 * the window) with and without the overlay. The screenshot is kept as
 * {@code target/gui-attention-screenshot.png}.
 */
class ImageJGuiIT {
	private static final Path DEMO_CLIP = Paths.get("test-data/demo/clip").toAbsolutePath();
	private static final Path TINY_MODEL = Paths.get("src/test/resources/torchscript/tiny-meganet").toAbsolutePath();

	@Test
	void classifyShowsTheAttentionOverlayInTheImageWindow(@TempDir Path dir) throws Exception {
		ImageJRunner.tree();
		Path shot = Paths.get("target/gui-attention-screenshot.png").toAbsolutePath();
		Files.deleteIfExists(shot);
		Path plain = dir.resolve("no-overlay.png"), done = dir.resolve("done.txt");
		String macro = "File.openSequence(\"" + DEMO_CLIP + "/\");\n" //
			+ "makeRectangle(2, 2, 10, 10);\nroiManager(\"add\");\nrun(\"Select None\");\n"
			+ "run(\"Classify Micro-expression\", \"onset_frame=1 apex_frame=18 offset_frame=30 model_folder=[" + TINY_MODEL
			+ "] device=cpu show_attention overlay_on=[modality image] heat_lut=[MER Heat] opacity=0.6 quantile=0.9\");\n"
			+ "wait(1500);\n" //
			+ "id = getImageID(); title = getTitle(); overlays = Overlay.size; rois = roiManager(\"count\");\n"
			+ "run(\"Capture Image\");\nsaveAs(\"PNG\", \"" + shot + "\");\nclose();\n"
			+ "selectImage(id);\nOverlay.hide;\nwait(1000);\n"
			+ "run(\"Capture Image\");\nsaveAs(\"PNG\", \"" + plain + "\");\nclose();\n"
			+ "File.saveString(title + \"\\n\" + overlays + \"\\n\" + rois + \"\\n\", \"" + done + "\");\n"
			+ "close(\"*\");\nrun(\"Quit\");\n";
		ImageJRunner.Result r = ImageJRunner.gui(ImageJRunner.macro(dir, "gui.ijm", macro), "", 240);
		assertTrue(Files.isRegularFile(done), "the GUI macro did not finish: " + r);
		List<String> lines = Files.readAllLines(done, StandardCharsets.UTF_8);
		assertEquals("clip_mesti", lines.get(0));

		Prediction p = PlainImageJIT.classify(TINY_MODEL).prediction();
		List<AttentionRegion> regions = AttentionRegions.find(AttentionView.DEFAULT.select(p.attentionMaps()), p.width(), p.height(), 0.9);
		assertEquals(1 + regions.size(), Integer.parseInt(lines.get(1)), "heat map plus one outline per region in the overlay");
		assertEquals(1 + regions.size(), Integer.parseInt(lines.get(2)), "the user's ROI is kept, the regions are added");

		ImagePlus withOverlay = IJ.openImage(shot.toString()), without = IJ.openImage(plain.toString());
		assertEquals(without.getWidth(), withOverlay.getWidth());
		double scale = withOverlay.getWidth() / (double) p.width();
		AttentionRegion top = regions.get(0);
		int x = (int) Math.round((top.centroidX() + 0.5) * scale), y = (int) Math.round((top.centroidY() + 0.5) * scale);
		ImageProcessor a = withOverlay.getProcessor(), b = without.getProcessor();
		int differing = 0, total = 0;
		for (int dy = -2; dy <= 2; dy++)
			for (int dx = -2; dx <= 2; dx++) {
				total++;
				if ((a.get(x + dx, y + dy) & 0xffffff) != (b.get(x + dx, y + dy) & 0xffffff)) differing++;
			}
		assertTrue(differing > total / 2, "overlay visible around the most attended region's centroid (" + x + ", " + y + "): " + differing + "/" + total);
	}
}
