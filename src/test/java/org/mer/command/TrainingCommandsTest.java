package org.mer.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Map;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.app.UseCase;
import org.mer.app.TestValues;
import org.mer.app.Synthesise;
import org.mer.app.ClassifyClip;
import org.mer.ij.Classified;
import org.mer.core.Progress;
import org.mer.model.ModelConfig;
import org.mer.model.ModelFolder;
import org.scijava.Context;
import org.scijava.command.CommandService;
import org.scijava.module.Module;

/** Evaluate, Train and Compare through the CommandService on a tiny synthetic dataset (1 epoch, width 4). */
class TrainingCommandsTest {
	@TempDir
	static Path dir;
	private static Context context;
	private static Path dataset;

	@BeforeAll
	static void start() {
		context = new Context();
		dataset = dir.resolve("synth");
		Synthesise.run(TestValues.of(UseCase.SYNTHESISE, "result_folder", dataset, "subjects", 2, "clips_per_class", 1, "seed", 5, "image_size", 64),
			Progress.NONE);
	}

	@AfterAll
	static void stop() {
		context.dispose();
	}

	private static Map<String, Object> inputs(String folder) {
		Map<String, Object> in = new HashMap<>();
		in.put("dataset_kind", "casme2");
		in.put("frames_root", dataset.toString());
		in.put("class_set", "megc-3");
		in.put("input_size", 64);
		in.put("network_width", 4);
		in.put("epochs", 1);
		in.put("batch_size", 4);
		in.put("device", "cpu");
		in.put("result_folder", dir.resolve(folder).toString());
		return in;
	}

	private static Module run(Class<? extends org.scijava.command.Command> c, Map<String, Object> in) throws Exception {
		Module m = context.service(org.scijava.module.ModuleService.class).run(context.service(CommandService.class).getCommand(c), true, in).get();
		CommandsTest.assertNotCanceled(m);
		return m;
	}

	@Test
	void evaluateWritesAReportWithPooledMetrics() throws Exception {
		Map<String, Object> in = inputs("evaluation");
		in.put("modality", "difference");
		Module m = run(EvaluateCommand.class, in);
		double uf1 = (Double) m.getOutput("uf1"), acc = (Double) m.getOutput("acc");
		assertTrue(uf1 >= 0 && uf1 <= 1 && acc >= 0 && acc <= 1, uf1 + " " + acc);
		String report = new String(Files.readAllBytes(dir.resolve("evaluation/report.json")), StandardCharsets.UTF_8);
		assertTrue(report.contains("difference"), report);
		assertEquals(acc * 6, Math.rint(acc * 6), 1e-9, "6 samples: ACC is a multiple of 1/6");
		JsonObject json = JsonParser.parseString(report).getAsJsonObject();
		assertEquals(dataset.toAbsolutePath().toString(), json.get("root").getAsString(), "the CLI's report extras");
		assertEquals("megc-3", json.get("class_set").getAsString());
		assertTrue(json.get("dataset_issues").isJsonArray() && json.get("engine").getAsString().contains("PyTorch"), report);
		assertTrue(!json.has("model_dir"), "no model kept by Evaluate");
	}

	@Test
	void trainSavesAModelThatClassifies() throws Exception {
		Module m = run(TrainCommand.class, inputs("training"));
		Path model = Paths.get((String) m.getOutput("model_folder"));
		ModelConfig config = ModelFolder.readConfig(model);
		assertEquals(java.util.Arrays.asList("negative", "positive", "surprise"), config.classNames());
		assertTrue(Files.isRegularFile(dir.resolve("training/evaluation/report.json")));
		JsonObject evaluation = JsonParser.parseString(new String(Files.readAllBytes(dir.resolve("training/evaluation/report.json")),
			StandardCharsets.UTF_8)).getAsJsonObject();
		assertEquals(model.toAbsolutePath().toString(), evaluation.get("model_dir").getAsString());
		Path clip = Files.list(dataset.resolve("CASME2-RAW/sub01")).sorted().findFirst().get();
		Classified c = ClassifyClip.run(TestValues.of(UseCase.CLASSIFY, "clip", clip, "model_folder", model, "device", "cpu"), null, Progress.NONE);
		assertEquals(3, c.prediction().probabilities().length);
		assertTrue(c.prediction().hasAttention(), "MEGANet has attention");
	}

	@Test
	void compareWritesOneRowPerModality() throws Exception {
		Map<String, Object> in = inputs("comparison");
		in.put("modalities", "apex,difference");
		in.put("networks", "meganet");
		Module m = run(CompareCommand.class, in);
		String table = new String(Files.readAllBytes(Paths.get((String) m.getOutput("comparison"))), StandardCharsets.UTF_8);
		assertTrue(table.contains("apex") && table.contains("difference"), table);
		assertTrue(Files.isRegularFile(dir.resolve("comparison/comparison.csv")));
	}
}
