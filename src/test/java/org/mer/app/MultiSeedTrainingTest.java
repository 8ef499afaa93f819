package org.mer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.train.ComparisonTable;
import org.mer.train.MultiSeedReport;
import org.mer.train.PooledMetric;
import org.mer.train.SeedSummary;

/**
 * Evaluate and Compare with several seeds (issue 13 §1) on a tiny synthetic dataset (2 subjects,
 * 3 clips each; width 4, 1 epoch): the per-seed folders, the interval tables, the paired tests,
 * resuming, and that one seed is today's comparison. The numbers are synthetic and only checked
 * for consistency between files, not for size.
 */
class MultiSeedTrainingTest {
	@TempDir
	static Path dir;
	private static Path dataset;

	@BeforeAll
	static void makeDataset() {
		dataset = dir.resolve("synth");
		Synthesise.run(TestValues.of(UseCase.SYNTHESISE, "result_folder", dataset, "subjects", 2, "clips_per_class", 1, "seed", 5, "image_size", 64,
			"clip_length", "6..8"), Progress.NONE);
	}

	/** The values of a tiny run of {@code useCase}, then {@code more} key-value pairs. */
	private static ParamValues values(UseCase useCase, Object... more) {
		List<Object> kv = new ArrayList<>(Arrays.asList("dataset_kind", "casme2", "frames_root", dataset, "class_set", "megc-3", "input_size", 64,
			"network_width", 4, "epochs", 1, "batch_size", 4, "device", "cpu", "cache_folder", dir.resolve("cache"), "align", "none"));
		kv.addAll(Arrays.asList(more));
		return TestValues.of(useCase, kv.toArray());
	}

	private static JsonObject json(Path file) throws Exception {
		return JsonParser.parseString(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).getAsJsonObject();
	}

	private static double pooledUf1(Path report) throws Exception {
		return json(report.resolve("report.json")).getAsJsonObject("pooled").get("uf1").getAsDouble();
	}

	@Test
	void seedErrorsNameTheOptionAsEachFrontEndCallsIt() {
		InputException cli = assertThrows(InputException.class,
			() -> Training.seeds(TestValues.of(UseCase.COMPARE, FrontEnd.CLI, "seeds", "0")));
		assertTrue(cli.getMessage().startsWith("--seeds: a single number is a count of seeds and must be 1..100, got 0"), cli.getMessage());
		InputException fiji = assertThrows(InputException.class, () -> Training.seeds(TestValues.of(UseCase.EVALUATE, "seeds", "1,x")));
		assertTrue(fiji.getMessage().startsWith("seeds: 'x' is not an integer"), fiji.getMessage());
		assertEquals(Arrays.asList(7L, 8L, 9L), Training.seeds(TestValues.of(UseCase.EVALUATE, "seeds", "3", "seed", 7)).seeds());
		assertEquals(Arrays.asList(42L), Training.seeds(TestValues.of(UseCase.COMPARE, "seeds", "42,", "seed", 7)).seeds());
		assertEquals(Arrays.asList(7L), Training.seeds(TestValues.of(UseCase.TRAIN, "seed", 7)).seeds(), "Train has no seeds: its one seed");
		// refused before the dataset is read: the dataset folder does not exist
		InputException early = assertThrows(InputException.class, () -> Training.evaluate(TestValues.of(UseCase.EVALUATE, FrontEnd.CLI,
			"result_folder", dir.resolve("never"), "frames_root", dir.resolve("missing"), "seeds", "1,1"), Progress.NONE));
		assertEquals("--seeds: seed 1 is listed twice", early.getMessage());
	}

	@Test
	void compareWithTwoSeedsWritesIntervalsPairedTestsAndResumes() throws Exception {
		Path out = dir.resolve("cmp2");
		ParamValues v = values(UseCase.COMPARE, "modalities", "apex,mesti", "networks", "meganet,meganet-noga", "seeds", "2", "seed", 3,
			"result_folder", out);
		Training.Outcome outcome = Training.compare(v, Progress.NONE);
		String md = Files.readString(out.resolve(MultiSeedReport.MARKDOWN));
		assertTrue(md.contains("seeds 3, 4;"), md);
		assertTrue(md.contains("SYNTHETIC DATA"), md);
		assertTrue(md.contains("| mesti (apex_peak) | meganet | 2 | "), md);
		assertTrue(md.contains("| mesti (apex_peak) x meganet | apex x meganet | MESTI vs other modality | "), md);
		assertTrue(md.contains("| mesti (apex_peak) x meganet | mesti (apex_peak) x meganet-noga | GA vs no GA | "), md);
		assertTrue(md.contains("over 2 subjects (10000 resamples)"), md);
		assertTrue(String.join("\n", outcome.lines()).contains("| apex | meganet-noga | 2 | "), outcome.lines().toString());
		// 4 cells x 2 seeds; 2 MESTI pairs + 2 GA pairs, 3 metrics each
		assertEquals(1 + 8, Files.readAllLines(out.resolve(MultiSeedReport.SEEDS_CSV)).size());
		assertEquals(1 + 12, Files.readAllLines(out.resolve(MultiSeedReport.DIFFERENCES_CSV)).size());
		Path cell = out.resolve("mesti-apex_peak-motion__meganet");
		double uf1Seed3 = pooledUf1(cell.resolve("seed-3")), uf1Seed4 = pooledUf1(cell.resolve("seed-4"));
		assertEquals(3, json(cell.resolve("seed-3").resolve("report.json")).getAsJsonObject("settings").get("seed").getAsLong());
		assertEquals(4, json(cell.resolve("seed-4").resolve("report.json")).getAsJsonObject("settings").get("seed").getAsLong());
		String row = Files.readAllLines(out.resolve(MultiSeedReport.CSV)).get(3);
		assertTrue(row.startsWith("mesti (apex_peak),mesti-apex_peak-motion,meganet,2,"), row);
		assertEquals((uf1Seed3 + uf1Seed4) / 2, Double.parseDouble(row.split(",")[4]), 1e-5, "uf1_mean is the mean of the seeds' reports");
		String csv = Files.readString(out.resolve(MultiSeedReport.CSV));

		// Fiji always resumes: a second run reads every fold back and writes the same table
		Training.compare(v, Progress.NONE);
		assertEquals(2, json(cell.resolve("seed-4").resolve("report.json")).get("folds_resumed").getAsInt());
		assertEquals(csv, Files.readString(out.resolve(MultiSeedReport.CSV)));

		// one seed (the list "3,") is today's comparison: the single-seed table, no seed folder, seed 3's numbers
		Path one = dir.resolve("cmp1");
		Training.compare(values(UseCase.COMPARE, "modalities", "mesti", "networks", "meganet", "seeds", "3,", "result_folder", one), Progress.NONE);
		List<String> table = Files.readAllLines(one.resolve(ComparisonTable.CSV));
		assertEquals("modality,network,acc,uf1,uar,n,folds,seconds,seconds_per_epoch", table.get(0));
		assertEquals(String.format(Locale.ROOT, "%.4f", uf1Seed3), table.get(1).split(",")[3]);
		assertTrue(Files.isRegularFile(one.resolve("mesti-apex_peak-motion__meganet").resolve("report.json")));
		assertFalse(Files.exists(one.resolve("mesti-apex_peak-motion__meganet").resolve("seed-3")));
		assertTrue(Files.readString(one.resolve(ComparisonTable.MARKDOWN)).contains("seed 3, input 64 px"));
	}

	@Test
	void evaluateWithTwoSeedsWritesEachSeedAndTheSummary() throws Exception {
		Path report = dir.resolve("eval2");
		Training.Outcome outcome = Training.evaluate(values(UseCase.EVALUATE, "modality", "apex", "seeds", "0,5", "result_folder", report),
			Progress.NONE);
		assertNull(outcome.result());
		double uf1a = pooledUf1(report.resolve("seed-0")), uf1b = pooledUf1(report.resolve("seed-5"));
		assertEquals((uf1a + uf1b) / 2, outcome.pooled(PooledMetric.UF1), 1e-12);
		List<String> csv = Files.readAllLines(report.resolve(SeedSummary.CSV));
		assertEquals(Arrays.asList("seed,acc,uf1,uar,n,folds", "0", "5"), Arrays.asList(csv.get(0), csv.get(1).split(",")[0], csv.get(2).split(",")[0]));
		String md = Files.readString(report.resolve(SeedSummary.MARKDOWN));
		assertTrue(md.contains("Evaluation of meganet on apex with"), md);
		assertTrue(md.contains("seeds 0, 5;"), md);
		assertTrue(md.contains("| UF1 | " + String.format(Locale.ROOT, "%.3f +- ", (uf1a + uf1b) / 2)), md);
		assertTrue(md.contains("SYNTHETIC DATA"), md);
		JsonObject summary = json(report.resolve(SeedSummary.JSON));
		assertEquals(2, summary.getAsJsonObject("uf1").getAsJsonArray("ci").size());
		assertTrue(outcome.lines().get(1).startsWith("  UF1 "), outcome.lines().toString());
	}

	@Test
	void withAFoldExecutorTheRunsOfAModalityGoAtOnceAndGiveTheSameNumbers() throws Exception {
		org.mer.data.Dataset dataset = org.mer.data.DatasetReaders.readForTraining("casme2", MultiSeedTrainingTest.dataset, null, "megc-3", "classes",
			Progress.NONE);
		java.util.Set<String> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();
		Object engine = new Object();
		org.mer.train.FoldExecutor executor = (runner, folds, examples, classes, sink, progress) -> {
			threads.add(Thread.currentThread().getName());
			for (org.mer.train.Fold fold : folds) {
				org.mer.train.FoldResult r;
				synchronized (engine) { // the engine seed is global: one fold at a time, as Spark's executors would each have their own JVM
					r = runner.trainFold(fold, examples, org.mer.train.FoldTrainer.Listener.NONE, progress);
				}
				sink.done(r);
			}
		};
		List<org.mer.mesti.ModalitySettings> apex = List.of(org.mer.mesti.ModalitySettings.parse("apex"));
		List<org.mer.net.Architecture> nets = List.of(org.mer.net.Architecture.MEGANET, org.mer.net.Architecture.MEGANET_NO_GA);
		org.mer.train.TrainSettings base = Training.settings(values(UseCase.COMPARE), dataset, nets.get(0), apex.get(0));
		org.mer.train.SeedPlan seeds = org.mer.train.SeedPlan.parse("2", 0);
		org.mer.train.ModalityCache cache = new org.mer.train.ModalityCache(dir.resolve("cache"));
		MultiSeedReport spread = Experiment.compareSeeds(dataset, apex, nets, base, 4, seeds, cache, dir.resolve("spread"), false, executor,
			Progress.NONE);
		MultiSeedReport inTurn = Experiment.compareSeeds(dataset, apex, nets, base, 4, seeds, cache, dir.resolve("inturn"), false, null, Progress.NONE);
		assertEquals(4, threads.size(), "2 networks x 2 seeds, each run in its own thread: " + threads);
		assertEquals(inTurn.toCsv(), spread.toCsv());
		assertEquals(inTurn.seedsCsv(), spread.seedsCsv());

		threads.clear();
		Training.Outcome evaluation = MultiSeedEvaluation.run(values(UseCase.EVALUATE, "modality", "apex", "network", "meganet-noga", "result_folder",
			dir.resolve("eval-spread")), dir.resolve("eval-spread"), seeds, executor, Progress.NONE);
		assertEquals(2, threads.size(), "each seed of an evaluation in its own thread: " + threads);
		assertEquals(inTurn.cell(new org.mer.train.ComparisonCell(apex.get(0), nets.get(1))).values(PooledMetric.UF1)[1],
			evaluation.seeds().cell().values(PooledMetric.UF1)[1], 0);
	}
}
