package org.mer.train.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import javax.imageio.ImageIO;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.figures.ReportImages;
import org.mer.mesti.ModalitySettings;
import org.mer.mesti.MestiWeighting;
import org.mer.net.Architecture;
import org.mer.net.NetworkSpec;
import org.mer.train.EpochRecord;
import org.mer.train.FoldResult;
import org.mer.train.TestPrediction;
import org.mer.train.RunResult;
import org.mer.train.TrainSettings;

class EvaluationReportTest {
	@TempDir
	Path tmp;

	/** The SPEC §8 vector y = [0,0,0,1,1,2], yhat = [0,0,1,1,2,2] split over two folds and two datasets. */
	static RunResult specRun() {
		List<String> classes = Arrays.asList("negative", "positive", "surprise");
		int[] y = { 0, 0, 0, 1, 1, 2 }, yhat = { 0, 0, 1, 1, 2, 2 };
		List<TestPrediction> f1 = new ArrayList<>(), f2 = new ArrayList<>();
		for (int i = 0; i < y.length; i++) {
			float[] p = new float[3];
			p[yhat[i]] = 0.8f;
			p[(yhat[i] + 1) % 3] = 0.2f;
			String subject = i < 3 ? "sub01" : "sub02";
			(i < 3 ? f1 : f2).add(new TestPrediction(i % 2 == 0 ? "casme2" : "samm", subject, "clip" + i, subject, y[i], yhat[i], p));
		}
		List<EpochRecord> h = Arrays.asList(new EpochRecord(1, 1.2, 0.3, Double.NaN, Double.NaN, 1),
			new EpochRecord(2, 0.9, 0.5, Double.NaN, Double.NaN, 1));
		TrainSettings settings = TrainSettings.builder(new NetworkSpec(Architecture.MEGANET, 64, 8, 3),
			ModalitySettings.mesti(MestiWeighting.APEX_PEAK)).epochs(2).build();
		return new RunResult("megc", classes, settings, Arrays.asList(
			new FoldResult(0, "sub01", Collections.singletonList("sub01"), Collections.emptyList(), 2, h, f1),
			new FoldResult(1, "sub02", Collections.singletonList("sub02"), Collections.emptyList(), 2, h, f2)), 0);
	}

	@Test
	void writesEveryFileWithPooledSpecNumbers() throws Exception {
		new EvaluationReport(specRun()).with("engine", "test").write(tmp, ReportImages.INSTANCE);
		JsonObject json = JsonParser.parseString(new String(Files.readAllBytes(tmp.resolve("report.json")), StandardCharsets.UTF_8))
			.getAsJsonObject();
		JsonObject pooled = json.getAsJsonObject("pooled");
		assertEquals(0.6556, pooled.get("uf1").getAsDouble(), 5e-5);
		assertEquals(0.7222, pooled.get("uar").getAsDouble(), 5e-5);
		assertEquals(0.6667, pooled.get("acc").getAsDouble(), 5e-5);
		assertEquals("fixed-epochs", json.get("model_selection").getAsString());
		assertTrue(json.get("model_selection_rule").getAsString().contains("fixed number of epochs (2)"));
		assertEquals("test", json.get("engine").getAsString());
		assertEquals(2, json.getAsJsonArray("per_fold").size());
		// fold sub01 alone: y = [0,0,0], yhat = [0,0,1]: only class 0 present, F1 = 0.8
		assertEquals(0.8, json.getAsJsonArray("per_fold").get(0).getAsJsonObject().get("per_fold_uf1").getAsDouble(), 1e-9);
		assertTrue(json.getAsJsonObject("per_dataset").has("casme2"));
		assertTrue(json.getAsJsonObject("per_dataset").has("samm"));
		assertEquals("meganet", json.getAsJsonObject("settings").getAsJsonObject("network").get("architecture").getAsString());

		List<String> perClass = Files.readAllLines(tmp.resolve("per_class.csv"));
		assertEquals("class,support,present,tp,fp,fn,precision,recall,f1", perClass.get(0));
		assertEquals("negative,3,true,2,0,1,1.0000,0.6667,0.8000", perClass.get(1));
		assertEquals("positive,2,true,1,1,1,0.5000,0.5000,0.5000", perClass.get(2));
		List<String> predictions = Files.readAllLines(tmp.resolve("predictions.csv"));
		assertEquals(7, predictions.size());
		assertEquals("fold,dataset,subject,sample,truth,predicted,correct,p_negative,p_positive,p_surprise", predictions.get(0));
		assertEquals("sub01,casme2,sub01,clip2,negative,positive,0,0.000000,0.800000,0.200000", predictions.get(3));
		assertEquals("negative,2,1,0", Files.readAllLines(tmp.resolve("confusion.csv")).get(1));
		assertTrue(Files.readAllLines(tmp.resolve("per_fold.csv")).get(0).contains("per_fold_uf1"));

		String log = new String(Files.readAllBytes(tmp.resolve("megc2019_log.txt")), StandardCharsets.UTF_8);
		assertTrue(log.contains("GT: [0, 0, 0]\nPredicted: [0, 0, 1]\nCorrect: 2/3\n"), log);
		assertTrue(log.contains("Composite: N=6 UF1=0.6556 UAR=0.7222 ACC=0.6667"), log);
		assertTrue(log.contains("casme2: N=3"), log);

		for (String png : new String[] { "confusion_matrix.png", "training_curves.png" }) {
			BufferedImage img = ImageIO.read(tmp.resolve(png).toFile());
			assertNotNull(img, png);
			assertTrue(img.getWidth() > 200 && img.getHeight() > 200, png);
		}
		String keep = System.getProperty("mer.test.keep");
		if (keep != null) for (String f : new String[] { "confusion_matrix.png", "training_curves.png", "report.json", "megc2019_log.txt" })
			Files.copy(tmp.resolve(f), Path.of(keep).resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
	}
}
