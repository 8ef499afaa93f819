package org.mer.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mer.it.ImageJRunner.bracket;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import ij.IJ;
import ij.ImagePlus;
import ij.measure.ResultsTable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.attention.AttentionView;
import org.mer.model.ModelFolder;
import org.mer.model.ModelConfig;
import org.mer.mesti.Modalities;
import org.mer.data.Dataset;
import org.mer.core.Progress;
import org.mer.ij.Classified;
import org.mer.app.Synthesise;
import org.mer.app.ClassifyClip;
import org.mer.app.MakeModality;
import org.mer.app.TestValues;
import org.mer.app.UseCase;
import org.mer.classify.Prediction;

/**
 * The ImageJ 1.x plug-ins in a real ImageJ 1.54p (plugins/ install, plugins.config menus), run
 * by {@code run("...")} lines of a batch macro exactly as the macro recorder writes them; the
 * files they write are compared with the same computation done here.
 */
class PlainImageJIT {
	private static final Path DEMO_CLIP = Paths.get("test-data/demo/clip").toAbsolutePath();

	@Test
	void pluginsRunFromMacroLinesAndDjlLoadsThroughThePluginClassLoader(@TempDir Path dir) throws Exception {
		ImageJRunner.tree();
		Path synth = dir.resolve("synth dataset");
		String range = " onset_frame=46 apex_frame=63 offset_frame=75";
		String macro = "run(\"About MESTI-MEGANet\");\n" //
			+ "run(\"Create MESTI\", \"clip=" + bracket(DEMO_CLIP) + range + " weighting=rank_pooled output_file=" + bracket(dir.resolve("mesti.tif")) + "\");\n"
			+ "print(\"mesti title: \" + getTitle() + \" bitDepth \" + bitDepth() + \" channels \" + nSlices);\n"
			+ "run(\"Create Input Modality\", \"clip=" + bracket(DEMO_CLIP) + " modality=difference" + range
			+ " output_type=8-bit output_file=" + bracket(dir.resolve("difference.png")) + "\");\n"
			+ "File.openSequence(\"" + DEMO_CLIP + "/\");\n" //
			+ "run(\"Create MESTI\", \"onset_frame=1 apex_frame=18 offset_frame=30 weighting=rank_pooled\");\n"
			+ "saveAs(\"Tiff\", \"" + dir.resolve("mesti_from_stack.tif") + "\");\n"
			+ "run(\"Generate Synthetic Dataset\", \"result_folder=" + bracket(synth) + " subjects=1 clips_per_class=1 seed=3 layout=casme2 image_size=48\");\n"
			+ "print(\"MACRO DONE\");\n";
		ImageJRunner.Result r = ImageJRunner.batch(ImageJRunner.macro(dir, "plugins.ijm", macro), "", 300);
		String out = r.output;
		assertTrue(out.contains("MACRO DONE"), r.toString());
		assertTrue(out.contains("engine = PyTorch 2.7.1"), r.toString());
		assertTrue(out.contains("class_loader = ij.io.PluginClassLoader"), r.toString());
		assertTrue(out.contains("mesti title: clip_mesti bitDepth 32 channels 3"), r.toString());
		assertFalse(out.contains("Exception"), r.toString());

		ImagePlus expected = modality(UseCase.MESTI, "weighting", "rank_pooled");
		assertSameStack(expected, IJ.openImage(dir.resolve("mesti.tif").toString()));
		assertSameStack(expected, IJ.openImage(dir.resolve("mesti_from_stack.tif").toString()));

		ImagePlus expectedDiff = modality(UseCase.MODALITY, "modality", "difference", "output_type", "8-bit");
		ImagePlus png = IJ.openImage(dir.resolve("difference.png").toString());
		assertArrayEquals(rgb((int[]) expectedDiff.getProcessor().getPixels()), rgb((int[]) png.getProcessor().getPixels()));

		Path sheet = synth.resolve("CASME2-coding-synthetic.xlsx");
		assertTrue(Files.size(sheet) > 0);
		Path mine = dir.resolve("synth here");
		synth(mine, 1, 1, 3, 48);
		Path firstClip = Files.list(mine.resolve("CASME2-RAW/sub01")).sorted().findFirst().get();
		Path firstFrame = Files.list(firstClip).sorted().findFirst().get();
		assertArrayEquals(Files.readAllBytes(firstFrame), Files.readAllBytes(synth.resolve(mine.relativize(firstFrame))), "same seed, same frames");
	}

	@Test
	void classifyAndShowAttentionWriteTheSameValuesAsTheCore(@TempDir Path dir) throws Exception {
		ImageJRunner.tree();
		Path model = Paths.get("src/test/resources/torchscript/tiny-meganet").toAbsolutePath();
		Path out = dir.resolve("out"), block = dir.resolve("block 1");
		String macro = "run(\"Classify Micro-expression\", \"clip=" + bracket(DEMO_CLIP) + " onset_frame=46 apex_frame=63 offset_frame=75 model_folder="
			+ bracket(model) + " device=cpu show_attention heat_lut=[MER Heat] opacity=0.5 quantile=0.9 output_folder=" + bracket(out) + "\");\n"
			+ "print(\"classified: \" + getTitle() + \" overlay \" + Overlay.size);\n"
			+ "run(\"Show Gradient Attention\", \"attention_map=[block 1] heat_lut=[MER Inferno] opacity=0.6 quantile=0.95 output_folder=" + bracket(block)
			+ "\");\n" //
			+ "print(\"MACRO DONE\");\n";
		ImageJRunner.Result r = ImageJRunner.batch(ImageJRunner.macro(dir, "classify.ijm", macro), "", 300);
		assertTrue(r.output.contains("MACRO DONE"), r.toString());
		assertTrue(r.output.contains("classified: clip_mesti overlay "), r.toString());
		assertFalse(r.output.contains("Exception"), r.toString());

		Classified expected = classify(model);
		Prediction p = expected.prediction();
		ResultsTable csv = ResultsTable.open(out.resolve("predictions.csv").toString());
		assertEquals(1, csv.size());
		assertEquals(p.predictedName(), csv.getStringValue("predicted", 0));
		for (int i = 0; i < p.classNames().size(); i++)
			assertEquals(p.probabilities()[i], csv.getValue("p_" + p.classNames().get(i), 0), 1e-4, p.classNames().get(i));
		float[] shown = (float[]) IJ.openImage(out.resolve("clip_attention.tif").toString()).getProcessor().getPixels();
		assertArrayEquals(AttentionView.DEFAULT.select(p.attentionMaps()), shown, 1e-5f);
		float[] first = (float[]) IJ.openImage(block.resolve("clip_attention.tif").toString()).getProcessor().getPixels();
		assertArrayEquals(p.attentionMaps().get(0), first, 1e-5f);
		assertEquals(ImagePlus.COLOR_RGB, IJ.openImage(block.resolve("clip_attention.png").toString()).getType());
		assertTrue(Files.size(block.resolve("clip_attention_rois.zip")) > 0);
	}

	@Test
	void trainAndCompareFromMacroLines(@TempDir Path dir) throws Exception {
		ImageJRunner.tree();
		Path synth = dir.resolve("synth");
		synth(synth, 2, 1, 17, 64);
		String common = "dataset_kind=casme2 frames_root=" + bracket(synth) + " class_set=megc-3 input_size=64 network_width=4 epochs=1 batch_size=4 device=cpu";
		String macro = "run(\"Train MEGANet\", \"" + common + " modality=difference network=meganet result_folder="
			+ bracket(dir.resolve("train")) + "\");\n" //
			+ "run(\"Compare Input Modalities\", \"" + common + " modalities=apex,difference networks=meganet result_folder=" + bracket(dir.resolve("compare"))
			+ "\");\n" //
			+ "print(\"MACRO DONE\");\n";
		ImageJRunner.Result r = ImageJRunner.batch(ImageJRunner.macro(dir, "train.ijm", macro), "", 400);
		assertTrue(r.output.contains("MACRO DONE"), r.toString());
		assertFalse(r.output.contains("Exception"), r.toString());
		org.mer.model.ModelConfig config = org.mer.model.ModelFolder.readConfig(dir.resolve("train/model"));
		assertEquals(java.util.Arrays.asList("negative", "positive", "surprise"), config.classNames());
		assertEquals("difference", config.modalitySettings().kind().id());
		String table = new String(Files.readAllBytes(dir.resolve("compare/comparison.md")), java.nio.charset.StandardCharsets.UTF_8);
		assertTrue(table.contains("apex") && table.contains("difference"), table);
	}

	@Test
	void installedDemoModelIsOfferedAndUsed(@TempDir Path dir) throws Exception {
		Path tree = ImageJRunner.tree();
		org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(tree.resolve("models/MEGANet/demo/model.json")),
			"no demo model in test-data/models/demo yet");
		Path out = dir.resolve("out");
		String macro = "run(\"Classify Micro-expression\", \"clip=" + bracket(DEMO_CLIP) + " onset_frame=46 apex_frame=63 offset_frame=75 model=demo"
			+ " device=cpu output_folder=" + bracket(out) + "\");\nprint(\"MACRO DONE\");\n";
		ImageJRunner.Result r = ImageJRunner.batch(ImageJRunner.macro(dir, "demo.ijm", macro), "", 300);
		assertTrue(r.output.contains("MACRO DONE"), r.toString());
		ResultsTable csv = ResultsTable.open(out.resolve("predictions.csv").toString());
		assertEquals("demo", csv.getStringValue("model", 0));
		Prediction p = classify(tree.resolve("models/MEGANet/demo")).prediction();
		assertEquals(p.predictedName(), csv.getStringValue("predicted", 0));
	}

	@Test
	void userErrorIsOneLogLineAndStopsTheMacro(@TempDir Path dir) throws Exception {
		ImageJRunner.tree();
		String macro = "run(\"Create MESTI\", \"clip=" + bracket(dir.resolve("no such folder")) + " onset_frame=0\");\nprint(\"AFTER THE ERROR\");\n";
		ImageJRunner.Result r = ImageJRunner.batch(ImageJRunner.macro(dir, "error.ijm", macro), "", 120);
		assertTrue(r.output.contains("Create MESTI: "), r.toString());
		assertTrue(r.output.contains("no such folder"), r.toString());
		assertFalse(r.output.contains("AFTER THE ERROR"), r.toString());
		assertFalse(r.output.contains("\tat org.mer"), "no stack trace: " + r);
	}

	private static int[] rgb(int[] argb) {
		int[] out = new int[argb.length];
		for (int i = 0; i < argb.length; i++)
			out[i] = argb[i] & 0xffffff;
		return out;
	}

	/** The image Create MESTI / Create Input Modality make of the demo clip (onset 46, apex 63, offset 75) with these extra values. */
	static ImagePlus modality(UseCase useCase, Object... keysAndValues) {
		Object[] kv = new Object[keysAndValues.length + 8];
		System.arraycopy(new Object[] { "clip", DEMO_CLIP, "onset_frame", 46, "apex_frame", 63, "offset_frame", 75 }, 0, kv, 0, 8);
		System.arraycopy(keysAndValues, 0, kv, 8, keysAndValues.length);
		return MakeModality.run(TestValues.of(useCase, kv), null, Progress.NONE).imagePlus();
	}

	/** Classify's result for the demo clip (onset 46, apex 63, offset 75) with a model folder on the CPU. */
	static Classified classify(Path model) {
		return ClassifyClip.run(TestValues.of(UseCase.CLASSIFY, "clip", DEMO_CLIP, "onset_frame", 46, "apex_frame", 63, "offset_frame", 75,
			"model_folder", model, "device", "cpu"), null, Progress.NONE);
	}

	/** A synthetic dataset in CASME II layout. */
	static void synth(Path folder, int subjects, int clipsPerClass, int seed, int imageSize) {
		Synthesise.run(TestValues.of(UseCase.SYNTHESISE, "result_folder", folder, "subjects", subjects, "clips_per_class", clipsPerClass, "seed", seed,
			"image_size", imageSize), Progress.NONE);
	}

	static void assertSameStack(ImagePlus expected, ImagePlus actual) {
		assertEquals(expected.getStackSize(), actual.getStackSize());
		assertEquals(expected.getWidth(), actual.getWidth());
		for (int s = 1; s <= expected.getStackSize(); s++)
			assertArrayEquals((float[]) expected.getStack().getPixels(s), (float[]) actual.getStack().getPixels(s), 1e-6f, "slice " + s);
	}
}
