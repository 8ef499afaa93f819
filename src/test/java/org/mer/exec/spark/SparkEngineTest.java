package org.mer.exec.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.mer.figures.ReportImages;
import org.mer.core.Progress;
import org.mer.data.Sample;
import org.mer.exec.ExecutionEngine;
import org.mer.exec.ExecutionEngines;
import org.mer.exec.RunFixtures;
import org.mer.train.ProtocolRunner;
import org.mer.train.ModalityCache;
import org.mer.train.RunResult;
import org.mer.train.TrainSettings;
import org.mer.train.report.EvaluationReport;

/** LOSO on Spark local[2] (with one fold's first attempt failing) equals the local engine's run. */
class SparkEngineTest {
	@TempDir
	Path tmp;

	@Test
	void losoOnSparkEqualsLocalEvenWithARetriedTask() throws Exception {
		List<Sample> samples = RunFixtures.samples(tmp.resolve("data"), 4);
		TrainSettings settings = RunFixtures.settings();
		ModalityCache cache = new ModalityCache(tmp.resolve("cache"));

		RunResult local = new ProtocolRunner(settings, cache).runSamples("synth", samples, RunFixtures.CLASSES, tmp.resolve("local"),
			false, Progress.NONE);
		new EvaluationReport(local).write(tmp.resolve("local"), ReportImages.INSTANCE);

		Path markers = tmp.resolve("markers");
		ModalityCache sparkCache = new ModalityCache(tmp.resolve("spark-cache"));
		RunResult spark;
		// local[2, 2]: two task threads, a task may fail twice before the job fails
		try (SparkEngine engine = new SparkEngine("local[2,2]", Collections.emptyMap(), new FailFirstAttempt(markers, 2))) {
			assertTrue(engine.description().startsWith("spark (local[2,2]"), engine.description());
			// a cache of its own: the modality images are computed by Spark tasks
			spark = new ProtocolRunner(settings, sparkCache, engine.folds()).runSamples("synth", samples, RunFixtures.CLASSES,
				tmp.resolve("spark"), false, Progress.NONE);
		}
		new EvaluationReport(spark).write(tmp.resolve("spark"), ReportImages.INSTANCE);

		assertEquals(4, spark.folds().size());
		try (java.util.stream.Stream<Path> files = Files.list(sparkCache.folder())) {
			assertEquals(samples.size(), files.filter(f -> f.toString().endsWith(".mod")).count());
		}
		assertTrue(Files.exists(markers.resolve("attempt-2-0")), "first attempt of fold 2");
		assertTrue(Files.exists(markers.resolve("attempt-2-1")), "fold 2 retried");
		assertTrue(Files.exists(markers.resolve("attempt-0-0")));
		RunFixtures.assertSameRun(local, spark);
		RunFixtures.assertSameReport(tmp.resolve("local"), tmp.resolve("spark"));
	}

	@Test
	void enginesOpenByName() {
		try (ExecutionEngine e = ExecutionEngines.open("spark", "local[1]", Collections.emptyMap())) {
			assertTrue(e instanceof SparkEngine);
			assertTrue(e.folds() != null);
		}
	}
}
