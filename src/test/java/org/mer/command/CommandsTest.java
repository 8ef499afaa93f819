package org.mer.command;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ij.IJ;
import ij.ImagePlus;

import net.imglib2.img.Img;
import net.imglib2.type.numeric.real.FloatType;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.attention.AttentionView;
import org.mer.core.Progress;
import org.mer.ij.PredictionsTable;
import org.mer.app.InstalledModels;
import org.mer.ij.Classified;
import org.mer.classify.Prediction;
import org.mer.clip.ApexMethod;
import org.mer.clip.Clip;
import org.mer.ij.ImagePlusFrameSource;
import org.mer.mesti.Modalities;
import org.mer.mesti.MestiWeighting;
import org.scijava.Context;
import org.scijava.command.Command;
import org.scijava.module.Module;
import org.scijava.module.ModuleService;
import org.scijava.command.CommandService;
import org.scijava.plugin.Plugin;

/** Runs the commands as Fiji's --run does: CommandService.run(class, true, map of inputs). */
class CommandsTest {
	static final List<Class<? extends Command>> COMMANDS = Arrays.asList(CreateMestiCommand.class, CreateModalityCommand.class, AboutCommand.class,
		SyntheticDatasetCommand.class, ClassifyCommand.class, ShowAttentionCommand.class, TrainCommand.class, EvaluateCommand.class,
		CompareCommand.class, ExportCommand.class, SpotCommand.class, SpotEvaluationCommand.class);

	private static Context context;

	@BeforeAll
	static void start() {
		context = new Context();
	}

	@AfterAll
	static void stop() {
		context.dispose();
	}

	/**
	 * Runs a command with preprocessing and postprocessing as Fiji's --run does, through the
	 * ModuleService: the commands are dynamic (labels and choices from the parameter catalogue), and
	 * SciJava's CommandService returns no future for dynamic commands.
	 */
	static Module run(Class<? extends Command> c, Map<String, Object> inputs) throws Exception {
		CommandService commands = context.service(CommandService.class);
		return context.service(ModuleService.class).run(commands.getCommand(c), true, inputs).get();
	}

	static String cancelReason(Module m) {
		org.scijava.Cancelable c = (org.scijava.Cancelable) m.getDelegateObject();
		return c.isCanceled() ? c.getCancelReason() : null;
	}

	static void assertNotCanceled(Module m) {
		assertEquals(null, cancelReason(m));
	}

	@Test
	void everyCommandIsAHeadlessPluginUnderTheMicroExpressionMenu() {
		for (Class<? extends Command> c : COMMANDS) {
			Plugin p = c.getAnnotation(Plugin.class);
			assertTrue(p.headless(), c.getSimpleName());
			assertTrue(p.menuPath().startsWith("Plugins>Micro-expression>"), c.getSimpleName());
		}
	}

	@Test
	void createMestiOnTheCurrentImageMatchesTheCore(@TempDir Path dir) throws Exception {
		ImagePlus clip = TestClips.blobClip("blob", 24, 9, 5);
		Map<String, Object> in = new HashMap<>();
		in.put("image", clip);
		in.put("onset_frame", 2);
		in.put("apex_frame", 5);
		in.put("offset_frame", 8);
		in.put("weighting", "rank_pooled");
		in.put("output_file", dir.resolve("blob_mesti.tif").toString());
		Module module = run(CreateMestiCommand.class, in);
		assertNotCanceled(module);
		ImagePlus result = (ImagePlus) module.getOutput("result");
		assertEquals("blob_mesti", result.getTitle());
		assertEquals(32, result.getBitDepth());
		String info = (String) result.getProperty("Info");
		assertTrue(info.contains("weighting = rank_pooled"), info);
		assertTrue(info.contains("onset = 2") && info.contains("apex = 5") && info.contains("offset = 8"), info);

		Img<FloatType> expected = Modalities.mesti(new Clip(new ImagePlusFrameSource(clip), 2, 5, 8, ApexMethod.GIVEN, ""), MestiWeighting.RANK_POOLED,
			org.mer.core.Progress.NONE);
		float[] pixels = (float[]) result.getProcessor().getPixels();
		net.imglib2.RandomAccess<FloatType> ra = expected.randomAccess();
		for (int y = 0; y < 24; y += 5)
			for (int x = 0; x < 24; x += 5) {
				ra.setPosition(new long[] { x, y, 0 });
				assertEquals(ra.get().get(), pixels[y * 24 + x], 1e-4f, "pixel " + x + "," + y);
			}
		ImagePlus written = IJ.openImage(dir.resolve("blob_mesti.tif").toString());
		assertEquals(pixels[18 * 24 + 6], written.getProcessor().getf(6, 18), 1e-6f);
		assertTrue(((String) written.getProperty("Info")).contains("weighting = rank_pooled"));
	}

	@Test
	void createModalityDifferenceIn8Bit(@TempDir Path dir) throws Exception {
		ImagePlus clip = TestClips.blobClip("blob", 24, 9, 5);
		Map<String, Object> in = new HashMap<>();
		in.put("image", clip);
		in.put("modality", "difference");
		in.put("onset_frame", 1);
		in.put("apex_frame", 5);
		in.put("output_type", "8-bit");
		in.put("output_file", dir.resolve("diff.png").toString());
		Module module = run(CreateModalityCommand.class, in);
		assertNotCanceled(module);
		ImagePlus result = (ImagePlus) module.getOutput("result");
		assertEquals("blob_difference", result.getTitle());
		assertEquals(8, result.getBitDepth());
		assertEquals(255, result.getProcessor().get(18, 6), "blob centre (18, 6) brightens most from onset to apex");
		ImagePlus png = IJ.openImage(dir.resolve("diff.png").toString());
		assertEquals(255, png.getProcessor().get(18, 6));
		assertTrue(png.getProcessor().get(2, 20) < 50, "background barely changes");
	}

	@Test
	void createMestiFromAFrameFolderSpotsTheApex() throws Exception {
		Map<String, Object> in = new HashMap<>();
		in.put("clip", "test-data/demo/clip");
		in.put("onset_frame", 46);
		in.put("offset_frame", 75);
		Module module = run(CreateMestiCommand.class, in);
		assertNotCanceled(module);
		ImagePlus result = (ImagePlus) module.getOutput("result");
		assertEquals(128, result.getWidth());
		assertEquals(3, result.getNChannels());
		String info = (String) result.getProperty("Info");
		assertTrue(info.contains("onset = 46") && info.contains("offset = 75") && info.contains("apex_source = motion"), info);
	}

	@Test
	void generateSyntheticDatasetWritesSheetAndFrames(@TempDir Path dir) throws Exception {
		Map<String, Object> in = new HashMap<>();
		in.put("result_folder", dir.toString());
		in.put("subjects", 2);
		in.put("clips_per_class", 1);
		in.put("image_size", 48);
		Module module = run(SyntheticDatasetCommand.class, in);
		assertNotCanceled(module);
		Path sheet = java.nio.file.Paths.get((String) module.getOutput("dataset_sheet"));
		assertTrue(java.nio.file.Files.size(sheet) > 0, sheet.toString());
		ImagePlus frame = IJ.openImage(dir.resolve("CASME2-RAW/sub02").toFile().listFiles()[0].listFiles()[0].getPath());
		assertEquals(48, frame.getWidth());
	}

	/** An ImageJ folder with the tiny TorchScript MEGANet fixture installed as model "tiny". */
	static Path installTinyModel(Path ijDir) throws Exception {
		Path model = ijDir.resolve("models/MEGANet/tiny");
		java.nio.file.Files.createDirectories(model);
		for (String f : new String[] { "model.json", "model.pt" })
			java.nio.file.Files.copy(Paths.get("src/test/resources/torchscript/tiny-meganet", f), model.resolve(f));
		return model;
	}

	@Test
	void classifyThenShowAttentionWriteWhatTheyShow(@TempDir Path dir) throws Exception {
		String previous = System.getProperty("ij.dir");
		System.setProperty("ij.dir", dir.resolve("ImageJ").toString());
		try {
			installTinyModel(dir.resolve("ImageJ"));
			assertEquals(Arrays.asList("tiny"), InstalledModels.names());
			Path out = dir.resolve("out");
			Map<String, Object> in = new HashMap<>();
			in.put("clip", "test-data/demo/clip");
			in.put("onset_frame", 46);
			in.put("apex_frame", 63);
			in.put("offset_frame", 75);
			in.put("model", "tiny");
			in.put("device", "cpu");
			in.put("output_folder", out.toString());
			Module module = run(ClassifyCommand.class, in);
			assertNotCanceled(module);
			ImagePlus result = (ImagePlus) module.getOutput("result");
			Prediction p = Classified.of(result).prediction();
			assertEquals(p.predictedName(), module.getOutput("prediction"));
			assertEquals("clip_mesti", result.getTitle());
			assertEquals(128, result.getWidth());
			assertTrue(p.attentionMaps().size() >= 2, "MEGANet has several GA blocks");
			assertTrue(result.getOverlay().get(0) instanceof ij.gui.ImageRoi, "attention drawn");
			assertTrue(((String) result.getProperty("Info")).contains("predicted = " + p.predictedName()));

			ij.measure.ResultsTable csv = ij.measure.ResultsTable.open(out.resolve("predictions.csv").toString());
			assertEquals(1, csv.size());
			assertEquals(p.predictedName(), csv.getStringValue("predicted", 0));
			assertEquals("clip", csv.getStringValue("clip", 0));
			assertEquals(63, csv.getValue("apex", 0), 0);
			double sum = 0;
			for (String c : p.classNames())
				sum += csv.getValue("p_" + c, 0);
			assertEquals(1, sum, 1e-3);
			ij.measure.ResultsTable shown = PredictionsTable.table();
			assertEquals(p.confidence(), shown.getValue("confidence", shown.size() - 1), 1e-6);

			ImagePlus tif = IJ.openImage(out.resolve("clip_attention.tif").toString());
			assertArrayEquals(AttentionView.DEFAULT.select(p.attentionMaps()), (float[]) tif.getProcessor().getPixels(), 0f);
			assertEquals(128, IJ.openImage(out.resolve("clip_mesti.png").toString()).getWidth());
			assertTrue(java.nio.file.Files.size(out.resolve("clip_attention_rois.zip")) > 0);
			assertTrue(java.nio.file.Files.isRegularFile(out.resolve("clip_attention.png")));

			Map<String, Object> show = new HashMap<>();
			show.put("image", result);
			show.put("attention_map", "block 2");
			show.put("quantile", 0.95);
			show.put("output_folder", dir.resolve("block2").toString());
			Module second = run(ShowAttentionCommand.class, show);
			assertNotCanceled(second);
			ImagePlus block2 = IJ.openImage(dir.resolve("block2/clip_attention.tif").toString());
			assertArrayEquals(p.attentionMaps().get(1), (float[]) block2.getProcessor().getPixels(), 0f);
			assertTrue((Integer) second.getOutput("regions") >= 1);

			in.put("overlay_on", "apex frame");
			in.put("output_folder", "");
			Module onApex = run(ClassifyCommand.class, in);
			assertNotCanceled(onApex);
			ImagePlus apex = (ImagePlus) onApex.getOutput("result");
			assertEquals("clip_apex", apex.getTitle());
			assertEquals(ImagePlus.COLOR_RGB, apex.getType());
			assertTrue(apex.getOverlay().size() >= 2, "attention drawn on the apex frame");

			Map<String, Object> plain = new HashMap<>();
			plain.put("image", TestClips.blobClip("plain", 8, 2, 1));
			Module refused = run(ShowAttentionCommand.class, plain);
			assertTrue(cancelReason(refused).contains("run Classify Micro-expression first"), cancelReason(refused));
		}
		finally {
			if (previous == null) System.clearProperty("ij.dir");
			else System.setProperty("ij.dir", previous);
		}
	}

	@Test
	void userErrorCancelsWithTheMessageInsteadOfThrowing() throws Exception {
		Map<String, Object> in = new HashMap<>();
		in.put("image", TestClips.blobClip("blob", 16, 5, 3));
		in.put("onset_frame", 4);
		in.put("offset_frame", 2);
		Module module = run(CreateMestiCommand.class, in);
		assertTrue(((org.scijava.Cancelable) module.getDelegateObject()).isCanceled());
		assertTrue(cancelReason(module).contains("onset 4 is after offset 2"), cancelReason(module));
		assertEquals(null, module.getOutput("result"));
	}

	@Test
	void aboutNamesEngineModelsFolderAndCitation(@TempDir Path ijDir) throws Exception {
		String previous = System.getProperty("ij.dir");
		System.setProperty("ij.dir", ijDir.toString());
		try {
			java.nio.file.Files.createDirectories(ijDir.resolve("models/MEGANet/demo"));
			java.nio.file.Files.write(ijDir.resolve("models/MEGANet/demo/model.json"), "{}".getBytes());
			Module module = run(AboutCommand.class, new HashMap<>());
			String about = (String) module.getOutput("about");
			assertNotNull(about);
			assertTrue(about.contains("engine = PyTorch"), about);
			assertTrue(about.contains("installed_models = demo"), about);
			assertTrue(about.contains(ijDir.resolve("models/MEGANet").toString()), about);
			assertTrue(about.contains("arXiv:2509.00056"), about);
		}
		finally {
			if (previous == null) System.clearProperty("ij.dir");
			else System.setProperty("ij.dir", previous);
		}
	}
}
