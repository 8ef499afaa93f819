package org.mer.exec.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.spark.Success$;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.SparkListenerTaskStart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import ai.djl.Device;

import org.mer.figures.ReportImages;
import org.mer.classify.BatchClassifier;
import org.mer.classify.Classifier;
import org.mer.core.Progress;
import org.mer.data.Sample;
import org.mer.exec.RunFixtures;
import org.mer.model.TinyModels;
import org.mer.train.ProtocolRunner;
import org.mer.train.ModalityCache;
import org.mer.train.RunResult;
import org.mer.train.TrainSettings;
import org.mer.train.report.EvaluationReport;

/**
 * LOSO on a real Spark standalone cluster (master and worker JVMs on 127.0.0.1, two executor
 * JVMs): the executor running the first fold task (not a modality-image task) is killed once
 * while the task runs, Spark retries the fold on a new executor, and the report equals the local
 * engine's; then a batch classification on the executor JVMs writes the local engine's CSV (but
 * for time_ms).
 */
class SparkStandaloneIT {
	@TempDir
	Path tmp;

	@Test
	@Timeout(value = 540, unit = TimeUnit.SECONDS)
	void losoOnAStandaloneClusterSurvivesAKilledExecutor() throws Exception {
		List<Sample> samples = RunFixtures.samples(tmp.resolve("data"), 4);
		TrainSettings settings = RunFixtures.settings();
		ModalityCache cache = new ModalityCache(tmp.resolve("cache"));
		RunResult local = new ProtocolRunner(settings, cache).runSamples("synth", samples, RunFixtures.CLASSES, tmp.resolve("local"),
			false, Progress.NONE);
		new EvaluationReport(local).write(tmp.resolve("local"), ReportImages.INSTANCE);

		AtomicBoolean killed = new AtomicBoolean();
		AtomicInteger failedTasks = new AtomicInteger(), succeededTasks = new AtomicInteger();
		RunResult spark;
		try (StandaloneCluster cluster = new StandaloneCluster(tmp.resolve("cluster"), 2, "3g")) {
			Map<String, String> conf = new LinkedHashMap<>();
			conf.put("spark.driver.host", "127.0.0.1");
			conf.put("spark.driver.bindAddress", "127.0.0.1");
			conf.put("spark.executor.extraClassPath", StandaloneCluster.classPath());
			conf.put("spark.executor.cores", "1");
			conf.put("spark.executor.memory", "1g");
			conf.put("spark.cores.max", "2");
			conf.put("spark.task.maxFailures", "4");
			try (SparkEngine engine = new SparkEngine(cluster.masterUrl(), conf)) {
				Set<Integer> foldStages = ConcurrentHashMap.newKeySet();
				engine.context().sc().addSparkListener(new SparkListener() {
					@Override
					public void onJobStart(SparkListenerJobStart job) {
						String description = job.properties() == null ? null : job.properties().getProperty("spark.job.description");
						if (description != null && description.startsWith("fold "))
							for (Object id : scala.jdk.javaapi.CollectionConverters.asJava(job.stageIds()))
								foldStages.add((Integer) id);
					}

					@Override
					public void onTaskStart(SparkListenerTaskStart start) {
						if (!foldStages.contains(start.stageId()) || !killed.compareAndSet(false, true)) return;
						String executorId = start.taskInfo().executorId();
						Thread killer = new Thread(() -> killSoon(cluster, executorId), "kill executor " + executorId);
						killer.setDaemon(true);
						killer.start();
					}

					@Override
					public void onTaskEnd(SparkListenerTaskEnd end) {
						if (!foldStages.contains(end.stageId())) return;
						if (end.reason() == Success$.MODULE$) succeededTasks.incrementAndGet();
						else failedTasks.incrementAndGet();
					}
				});
				spark = new ProtocolRunner(settings, cache, engine.folds()).runSamples("synth", samples, RunFixtures.CLASSES,
					tmp.resolve("spark"), false, Progress.NONE);

				// batch classification on the executor JVMs equals the local CSV (but for time_ms)
				Path model = tmp.resolve("model"), clips = tmp.resolve("clips");
				TinyModels.save(model, 4, 9);
				for (int i = 0; i < 6; i++)
					TinyModels.writeClip(clips.resolve("c" + i), i);
				try (Classifier c = Classifier.open(model, Device.cpu())) {
					new BatchClassifier(c, Progress.NONE).classifyTree(clips, tmp.resolve("local.csv"), false);
					BatchClassifier.Summary s = new BatchClassifier(c, Progress.NONE).executor(engine.clips(model, "cpu"))
						.classifyTree(clips, tmp.resolve("spark.csv"), false);
					assertEquals(6, s.classified());
				}
				assertEquals(withoutTime(tmp.resolve("local.csv")), withoutTime(tmp.resolve("spark.csv")));
			}
		}
		new EvaluationReport(spark).write(tmp.resolve("spark"), ReportImages.INSTANCE);
		assertTrue(killed.get());
		assertTrue(failedTasks.get() >= 1, "the killed executor's task failed");
		assertEquals(4, succeededTasks.get());
		RunFixtures.assertSameRun(local, spark);
		RunFixtures.assertSameReport(tmp.resolve("local"), tmp.resolve("spark"));
	}

	/** The CSV lines without the time_ms column (the 10th of a 3-class model's row). */
	private static List<String> withoutTime(Path csv) throws java.io.IOException {
		List<String> out = new java.util.ArrayList<>();
		for (String line : java.nio.file.Files.readAllLines(csv)) {
			List<String> cells = new java.util.ArrayList<>(java.util.Arrays.asList(line.split(",", -1)));
			cells.remove(9);
			out.add(String.join(",", cells));
		}
		return out;
	}

	/** Kills the executor JVM (SIGKILL) a moment after its task started, while it trains. */
	private static void killSoon(StandaloneCluster cluster, String executorId) {
		try {
			Thread.sleep(800);
			Optional<ProcessHandle> p = cluster.executor(executorId);
			if (!p.isPresent()) throw new IllegalStateException("no executor JVM with id " + executorId);
			p.get().destroyForcibly();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
