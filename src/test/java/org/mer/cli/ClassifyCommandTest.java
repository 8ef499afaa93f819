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
import org.mer.core.Progress;
import org.mer.data.synth.FrameFormat;
import org.mer.data.synth.GeneratedClip;
import org.mer.data.synth.GeneratedDataset;
import org.mer.data.synth.SynthSettings;
import org.mer.data.synth.SyntheticDatasetGenerator;
import org.mer.model.TinyModels;

class ClassifyCommandTest {
	@TempDir
	Path tmp;

	private static int run(StringWriter out, StringWriter err, String... args) {
		return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
	}

	@Test
	void classifiesOneFrameFolderIntoACsv() throws IOException {
		Path model = tmp.resolve("model"), clip = tmp.resolve("clip"), csv = tmp.resolve("p.csv");
		TinyModels.save(model, 4, 3);
		TinyModels.writeClip(clip, 2);
		StringWriter out = new StringWriter(), err = new StringWriter();
		int code = run(out, err, "classify", "--model", model.toString(), "--frames", clip.toString(), "--onset", "4",
			"--apex", "6", "--offset", "9", "--out", csv.toString(), "--device", "cpu");
		assertEquals(0, code, err.toString());
		List<String> lines = Files.readAllLines(csv);
		assertEquals(2, lines.size());
		assertTrue(lines.get(1).startsWith(clip.toString().replace('\\', '/') + ",4,6,given,9,"), lines.get(1));
		assertTrue(out.toString().contains("1 classified"), out.toString());
	}

	@Test
	void attentionDirGetsModalityPngOverlayMapAndRoisPerClip() throws IOException {
		Path model = tmp.resolve("model"), clip = tmp.resolve("clipA"), csv = tmp.resolve("p.csv"), att = tmp.resolve("att");
		TinyModels.save(model, 4, 3);
		TinyModels.writeClip(clip, 2);
		StringWriter out = new StringWriter(), err = new StringWriter();
		assertEquals(0, run(out, err, "classify", "--model", model.toString(), "--frames", clip.toString(), "--out", csv.toString(),
			"--attention-dir", att.toString(), "--device", "cpu"), err.toString());
		ij.ImagePlus mesti = ij.IJ.openImage(att.resolve("clipA_mesti.png").toString());
		ij.ImagePlus overlay = ij.IJ.openImage(att.resolve("clipA_attention.png").toString());
		ij.ImagePlus map = ij.IJ.openImage(att.resolve("clipA_attention.tif").toString());
		assertEquals(8, mesti.getBitDepth());
		assertEquals(24, overlay.getBitDepth(), "the overlay is flattened to RGB");
		assertEquals(32, map.getBitDepth());
		assertEquals(mesti.getWidth(), map.getWidth());
		double max = map.getStatistics().max, min = map.getStatistics().min;
		assertTrue(max <= 1 && min >= 0 && max > min, "attention in [0,1], not constant: " + min + ".." + max);
		assertTrue(Files.size(att.resolve("clipA_attention_rois.zip")) > 0);
		try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(att.resolve("clipA_attention_rois.zip").toFile())) {
			java.util.zip.ZipEntry first = zip.entries().nextElement();
			ij.gui.Roi roi = new ij.io.RoiDecoder(zip.getInputStream(first).readAllBytes(), first.getName()).getRoi();
			assertTrue(roi.getName().startsWith("#1"), "regions named by rank: " + roi.getName());
			assertTrue(roi.getBounds().width > 0 && roi.getBounds().x + roi.getBounds().width <= map.getWidth());
		}
	}

	@Test
	void userErrorsExitWith2AndOneLine() throws IOException {
		Path model = tmp.resolve("model"), clip = tmp.resolve("clip");
		TinyModels.save(model, 4, 3);
		TinyModels.writeClip(clip, 2);
		StringWriter out = new StringWriter(), err = new StringWriter();
		assertEquals(2, run(out, err, "classify", "--model", model.toString(), "--frames", clip.toString(), "--out",
			tmp.resolve("p.csv").toString(), "--device", "tpu"));
		assertTrue(err.toString().startsWith("mer: --device: unknown value 'tpu'"), err.toString());
		err = new StringWriter();
		assertEquals(2, run(out, err, "classify", "--model", tmp.resolve("nope").toString(), "--frames", clip.toString(),
			"--out", tmp.resolve("p.csv").toString()));
		assertTrue(err.toString().contains("nope does not exist"), err.toString());
		err = new StringWriter();
		assertEquals(2, run(out, err, "classify", "--model", model.toString(), "--frames", clip.toString(), "--onset", "20",
			"--out", tmp.resolve("p.csv").toString(), "--device", "cpu"));
		assertTrue(err.toString().contains("onset 20"), err.toString());
	}

	@Test
	void classifiesEverySampleOfADatasetSheet() throws IOException {
		Path model = tmp.resolve("model"), csv = tmp.resolve("d.csv");
		TinyModels.save(model, 4, 3);
		SynthSettings settings = SynthSettings.builder().subjects(1).clipsPerClass(1).size(32, 32).frames(6, 7).seed(5)
			.format(FrameFormat.PNG).build();
		GeneratedDataset d = SyntheticDatasetGenerator.generate(settings, tmp.resolve("synth"), Progress.NONE);
		StringWriter out = new StringWriter(), err = new StringWriter();
		int code = run(out, err, "classify", "--model", model.toString(), "--dataset", d.sheet().toString(), "--root",
			d.root().toString(), "--classes", "megc-3", "--out", csv.toString(), "--device", "cpu");
		assertEquals(0, code, err.toString());
		List<String> lines = Files.readAllLines(csv);
		assertEquals(1 + d.clips().size(), lines.size(), String.join("\n", lines));
		for (GeneratedClip c : d.clips())
			assertTrue(lines.stream().anyMatch(l -> l.contains("," + c.onset() + "," + c.apex() + ",given," + c.offset() + ",")),
				"a row with the sheet's onset, apex and offset for " + c.frames());
	}
}
