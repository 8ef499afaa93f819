package org.mer.exec.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import org.mer.core.Progress;
import org.mer.data.Sample;
import org.mer.exec.RunFixtures;
import org.mer.train.Example;
import org.mer.train.Examples;
import org.mer.train.ProtocolRunner;
import org.mer.train.ModalityCache;
import org.mer.train.RunResult;
import org.mer.train.TrainSettings;

/**
 * Wall time of the same LOSO run (6 subjects, 18 clips, 4 epochs), after an untimed warm-up run,
 * with the local engine, Spark
 * local[2] and a standalone cluster of two one-core executors on this machine. Only with
 * {@code -Dmer.spark.bench=true}; prints a table and writes it to target/spark-bench.txt.
 */
@EnabledIfSystemProperty(named = "mer.spark.bench", matches = "true")
class SparkOverheadBenchmark {
	@TempDir
	Path tmp;

	@Test
	void losoWallTimes() throws Exception {
		List<Sample> samples = RunFixtures.samples(tmp.resolve("data"), 6);
		TrainSettings settings = RunFixtures.settings().toBuilder().epochs(4).build();
		ModalityCache cache = new ModalityCache(tmp.resolve("cache"));
		List<Example> examples = Examples.load(samples, RunFixtures.CLASSES, settings, cache, Progress.NONE);
		List<String> rows = new ArrayList<>();

		// warm-up (libtorch loading, JIT) so that no engine pays it in its time
		new ProtocolRunner(settings, cache).run("synth", examples, RunFixtures.CLASSES, null, false, Progress.NONE);
		long t0 = System.nanoTime();
		RunResult local = new ProtocolRunner(settings, cache).run("synth", examples, RunFixtures.CLASSES, null, false, Progress.NONE);
		rows.add(row("local (one JVM, folds in turn)", 0, seconds(t0)));

		long s0 = System.nanoTime();
		try (SparkEngine engine = new SparkEngine("local[2]", Collections.emptyMap())) {
			double startup = seconds(s0);
			long t1 = System.nanoTime();
			RunResult r = new ProtocolRunner(settings, cache, engine.folds()).run("synth", examples, RunFixtures.CLASSES, null, false, Progress.NONE);
			rows.add(row("spark local[2] (one JVM)", startup, seconds(t1)));
			RunFixtures.assertSameRun(local, r);
		}

		long s2 = System.nanoTime();
		try (StandaloneCluster cluster = new StandaloneCluster(tmp.resolve("cluster"), 2, "3g")) {
			Map<String, String> conf = new LinkedHashMap<>();
			conf.put("spark.driver.host", "127.0.0.1");
			conf.put("spark.driver.bindAddress", "127.0.0.1");
			conf.put("spark.executor.extraClassPath", StandaloneCluster.classPath());
			conf.put("spark.executor.cores", "1");
			conf.put("spark.executor.memory", "1g");
			conf.put("spark.cores.max", "2");
			try (SparkEngine engine = new SparkEngine(cluster.masterUrl(), conf)) {
				double startup = seconds(s2);
				long t2 = System.nanoTime();
				RunResult r = new ProtocolRunner(settings, cache, engine.folds()).run("synth", examples, RunFixtures.CLASSES, null, false, Progress.NONE);
				rows.add(row("standalone: master + worker, 2 executor JVMs x 1 core", startup, seconds(t2)));
				RunFixtures.assertSameRun(local, r);
			}
		}
		assertEquals(3, rows.size());
		String table = "| engine | start-up s | LOSO s (6 folds) |\n|---|---|---|\n" + String.join("\n", rows) + "\n"
			+ "load average after: " + java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()
			+ " on " + Runtime.getRuntime().availableProcessors() + " cores\n";
		System.out.println(table);
		Files.write(Path.of("target", "spark-bench.txt"), table.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	private static String row(String engine, double startup, double loso) {
		return String.format(Locale.ROOT, "| %s | %.1f | %.1f |", engine, startup, loso);
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}
}
