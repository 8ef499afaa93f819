package org.mer.train.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.attention.AttentionScore;
import org.mer.mesti.MestiWeighting;
import org.mer.mesti.ModalitySettings;
import org.mer.net.Architecture;
import org.mer.net.NetworkSpec;
import org.mer.train.FoldResult;
import org.mer.train.RunResult;
import org.mer.train.TestPrediction;
import org.mer.train.TrainSettings;

/** The attention faithfulness section of the report, on hand-made scores (exact values). */
class FaithfulnessReportTest {
	@TempDir
	Path tmp;

	private static Map<String, AttentionScore> scores(double hit, double mass, double blockHit, double blockMass, double area) {
		Map<String, AttentionScore> m = new LinkedHashMap<>();
		m.put("max@bilinear", new AttentionScore(hit, mass, area));
		m.put("block 1@bilinear", new AttentionScore(blockHit, blockMass, area));
		return m;
	}

	private static RunResult run(Architecture arch, boolean scored) {
		float[] p = { 0.6f, 0.4f };
		TestPrediction p1 = new TestPrediction("synth", "s1", "s1/x", "s1", 0, 0, p, scored ? scores(1, 0.5, 0, 0.1, 0.25) : Map.of());
		TestPrediction p2 = new TestPrediction("synth", "s2", "s2/y", "s2", 1, 0, p, scored ? scores(0, 0.2, 1, 0.6, 0.125) : Map.of());
		TestPrediction p3 = new TestPrediction("synth", "s2", "s2/z", "s2", 0, 0, p);
		TrainSettings settings = TrainSettings.builder(new NetworkSpec(arch, 64, 8, 2), ModalitySettings.mesti(MestiWeighting.APEX_PEAK))
			.epochs(1).build();
		return new RunResult("synth", Arrays.asList("a", "b"), settings, Arrays.asList(
			new FoldResult(0, "s1", List.of("s1"), Collections.emptyList(), 1, Collections.emptyList(), List.of(p1)),
			new FoldResult(1, "s2", List.of("s2"), Collections.emptyList(), 1, Collections.emptyList(), List.of(p2, p3))), 0);
	}

	@Test
	void scoredRunGivesPerClassPooledAndEveryView() throws Exception {
		RunResult run = run(Architecture.MEGANET, true);
		new EvaluationReport(run).write(tmp, ReportFigures.NONE);
		JsonObject json = JsonParser.parseString(new String(Files.readAllBytes(tmp.resolve("report.json")), StandardCharsets.UTF_8))
			.getAsJsonObject().getAsJsonObject("attention_faithfulness");
		assertEquals("scored", json.get("status").getAsString());
		assertEquals("max@bilinear", json.get("view").getAsString());
		assertEquals(run.settings().modality().key(), json.get("modality").getAsString());
		JsonObject all = json.getAsJsonObject("all");
		assertEquals(2, all.get("n").getAsInt());
		assertEquals(0.5, all.get("pointing_rate").getAsDouble(), 1e-12);
		assertEquals(0.1875, all.get("pointing_chance").getAsDouble(), 1e-12);
		assertEquals(0.35, all.get("mass_share").getAsDouble(), 1e-12);
		JsonObject b = json.getAsJsonObject("per_class").getAsJsonObject("b");
		assertEquals(1, b.get("n").getAsInt());
		assertEquals(0, b.get("pointing_rate").getAsDouble(), 0);
		assertEquals(0.125, b.get("mass_chance").getAsDouble(), 0);
		assertEquals(1, json.get("samples_not_scored").getAsInt());
		JsonObject block = json.getAsJsonObject("by_view").getAsJsonObject("block 1@bilinear");
		assertEquals(0.5, block.get("pointing_rate").getAsDouble(), 1e-12);
		assertEquals(0.35, block.get("mass_share").getAsDouble(), 1e-12);

		List<String> csv = Files.readAllLines(tmp.resolve(FaithfulnessReport.CSV));
		assertEquals("modality,network,view,map,upsampling,class,n,pointing_rate,pointing_chance,mass_share,mass_chance", csv.get(0));
		assertEquals(7, csv.size());
		String m = run.settings().modality().key();
		assertEquals(m + ",meganet,max@bilinear,max,bilinear,a,1,1.0000,0.2500,0.5000,0.2500", csv.get(1));
		assertEquals(m + ",meganet,block 1@bilinear,block 1,bilinear,(all),2,0.5000,0.1875,0.3500,0.1875", csv.get(6));
		assertEquals("attention faithfulness (max@bilinear, n = 2, synthetic masks): pointing 0.500 (chance 0.188), mass in region 0.350 (chance 0.188)",
			FaithfulnessReport.summaryLine(run));
	}

	@Test
	void withoutMasksTheReportSaysSo() throws Exception {
		RunResult run = run(Architecture.MEGANET, false);
		new EvaluationReport(run).write(tmp, ReportFigures.NONE);
		JsonObject json = JsonParser.parseString(new String(Files.readAllBytes(tmp.resolve("report.json")), StandardCharsets.UTF_8))
			.getAsJsonObject().getAsJsonObject("attention_faithfulness");
		assertEquals("no masks", json.get("status").getAsString());
		assertFalse(json.has("all"));
		assertEquals(1, Files.readAllLines(tmp.resolve(FaithfulnessReport.CSV)).size());
		assertEquals("attention faithfulness: no masks", FaithfulnessReport.summaryLine(run));
		assertEquals("attention faithfulness: no attention maps", FaithfulnessReport.summaryLine(run(Architecture.MEGANET_NO_GA, false)));
	}
}
