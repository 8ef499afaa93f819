package org.mer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.core.Progress;
import org.mer.data.synth.SynthSettings;
import org.mer.data.synth.SyntheticDatasetGenerator;
import org.mer.model.ModelConfig;
import org.mer.model.ModelFolder;

class TrainCommandTest {
	@TempDir
	Path tmp;

	private String[] out = new String[2];

	private int run(String... args) {
		StringWriter o = new StringWriter(), e = new StringWriter();
		int code = Main.execute(args, new PrintWriter(o, true), new PrintWriter(e, true));
		out[0] = o.toString();
		out[1] = e.toString();
		return code;
	}

	private static JsonObject json(Path file) throws Exception {
		return JsonParser.parseString(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).getAsJsonObject();
	}

	@Test
	void trainEvaluateResumeAndCompareOnAGeneratedCasme2Layout() throws Exception {
		Path root = tmp.resolve("CASME2");
		SyntheticDatasetGenerator.generate(SynthSettings.builder().subjects(4).clipsPerClass(1).size(64, 64).frames(6, 8).seed(5).build(),
			root, Progress.NONE);
		String[] common = { "--dataset", "casme2", "--root", root.toString(), "--classes", "megc-3", "--size", "64", "--width", "8",
			"--protocol", "kfold", "--folds", "2", "--epochs", "1", "--batch-size", "4", "--device", "cpu", "--seed", "3",
			"--cache", tmp.resolve("cache").toString() };

		Path model = tmp.resolve("model"), report = tmp.resolve("report");
		int code = run(concat(new String[] { "train", "--network", "meganet", "--out", model.toString(), "--report", report.toString() }, common));
		assertEquals(0, code, out[1]);
		assertTrue(out[0].contains("UF1"), out[0]);
		assertTrue(out[1].contains("12 samples"), out[1]);
		JsonObject r = json(report.resolve("report.json"));
		assertEquals(12, r.getAsJsonObject("pooled").get("n").getAsInt());
		assertEquals("fixed-epochs", r.get("model_selection").getAsString());
		assertEquals("kfold", r.getAsJsonObject("settings").get("protocol").getAsString());
		ModelConfig config = ModelFolder.readConfig(model);
		assertEquals(r.getAsJsonObject("pooled").get("uf1").getAsDouble(), config.provenance().metrics().get("UF1"), 1e-12);
		assertEquals("synthetic (casme2 layout)", config.provenance().dataset());
		assertTrue(config.provenance().trainedOn().contains("synthetic data only"), config.provenance().trainedOn());
		// the generator's apex masks make the report score the fold networks' attention (issue 13 §4)
		JsonObject faith = r.getAsJsonObject("attention_faithfulness");
		assertEquals("scored", faith.get("status").getAsString());
		assertEquals(12, faith.getAsJsonObject("all").get("n").getAsInt());
		assertEquals(3, faith.getAsJsonObject("per_class").size());
		assertEquals(14, faith.getAsJsonObject("by_view").size());
		assertTrue(out[0].contains("attention faithfulness (max@bilinear, n = 12, synthetic masks): pointing "), out[0]);
		assertTrue(Files.readAllLines(report.resolve("attention_faithfulness.csv")).size() == 1 + 14 * 4);

		// evaluate into the same report folder with --resume: both folds are read back, same numbers
		code = run(concat(new String[] { "evaluate", "--network", "meganet", "--report", report.toString(), "--resume" }, common));
		assertEquals(0, code, out[1]);
		JsonObject again = json(report.resolve("report.json"));
		assertEquals(2, again.get("folds_resumed").getAsInt());
		assertEquals(r.getAsJsonObject("pooled").toString(), again.getAsJsonObject("pooled").toString());
		assertEquals(faith.getAsJsonObject("by_view").toString(), again.getAsJsonObject("attention_faithfulness").getAsJsonObject("by_view").toString());

		Path cmp = tmp.resolve("cmp");
		code = run(concat(new String[] { "compare", "--modalities", "mesti", "--networks", "meganet-noga", "--out", cmp.toString() }, common));
		assertEquals(0, code, out[1]);
		assertEquals(2, Files.readAllLines(cmp.resolve("comparison.csv")).size());
		// new models align the faces by default (the alignment study)
		assertTrue(out[0].contains("| mesti (apex_peak), aligned (similarity) | meganet-noga |"), out[0]);
		assertEquals("no attention maps", json(cmp.resolve("mesti-apex_peak-motion-align_similarity__meganet-noga").resolve("report.json")).getAsJsonObject("attention_faithfulness")
			.get("status").getAsString());

		assertEquals(2, run(concat(new String[] { "evaluate", "--report", report.toString(), "--loss", "bogus" }, common)));
		assertTrue(out[1].contains("--loss: unknown value 'bogus'"), out[1]);
	}

	private static String[] concat(String[] a, String[] b) {
		String[] c = new String[a.length + b.length];
		System.arraycopy(a, 0, c, 0, a.length);
		System.arraycopy(b, 0, c, a.length, b.length);
		return c;
	}
}
