package org.mer.exec.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.cli.Main;
import org.mer.core.Progress;
import org.mer.data.synth.SynthSettings;
import org.mer.data.synth.SyntheticDatasetGenerator;
import org.mer.exec.RunFixtures;

/**
 * {@code ./mer evaluate --engine spark --master local[2]} as the launcher starts it: a JVM of its
 * own with the plugin's and Spark's class path, the JVM options {@code ./mer} adds for Spark on
 * Java 17, and nothing configured by a test harness (the in-process Spark tests could not see the
 * logging set-up of {@code Main}, which once failed here with a ClassCastException). The report
 * equals the local engine's, stderr holds no exception, and {@code --debug} lets Spark's own log
 * through.
 */
class SparkCommandLineIT {
	@TempDir
	Path tmp;

	/** Runs {@code Main} in a new JVM; returns {exit code, stdout, stderr}. */
	private static String[] mer(String... args) throws Exception {
		List<String> command = new ArrayList<>();
		command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx2g");
		for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments())
			if (a.startsWith("--add-opens") || a.startsWith("-XX:+IgnoreUnrecognizedVMOptions") || a.startsWith("-Djdk.reflect"))
				command.add(a); // what ./mer adds for --engine spark (the same list as the pom's spark.jvm.options)
		String cp = System.getProperty("java.class.path");
		if (Arrays.asList(args).contains("--debug")) // as ./mer does: the SLF4J 1.7 binding to Log4j first, before slf4j-nop
			for (String e : cp.split(File.pathSeparator))
				if (e.contains("log4j-slf4j-impl-")) cp = e + File.pathSeparator + cp;
		command.addAll(Arrays.asList("-Dai.djl.offline=true", "-Djava.awt.headless=true", "-Dmer.executor.classpath=" + cp, "-cp", cp,
			Main.class.getName()));
		command.addAll(Arrays.asList(args));
		Process p = new ProcessBuilder(command).start();
		byte[] out = p.getInputStream().readAllBytes(), err = p.getErrorStream().readAllBytes();
		assertTrue(p.waitFor(5, TimeUnit.MINUTES), "finished");
		return new String[] { String.valueOf(p.exitValue()), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8) };
	}

	@Test
	void evaluateOnSparkFromTheCommandLineEqualsLocal() throws Exception {
		Path root = tmp.resolve("casme2");
		SyntheticDatasetGenerator.generate(SynthSettings.builder().subjects(3).clipsPerClass(1).size(48, 48).frames(8, 9).seed(5).build(), root,
			Progress.NONE);
		List<String> common = Arrays.asList("evaluate", "--kind", "casme2", "--root", root.toString(), "--classes", "megc-3", "--input-size", "64",
			"--network-width", "4", "--epochs", "1", "--batch-size", "4", "--device", "cpu", "--threads", "1", "--seed", "3");
		List<String> local = new ArrayList<>(common);
		local.addAll(Arrays.asList("--report", tmp.resolve("local").toString()));
		String[] l = mer(local.toArray(new String[0]));
		assertEquals("0", l[0], l[2]);

		List<String> spark = new ArrayList<>(common);
		spark.addAll(Arrays.asList("--report", tmp.resolve("spark").toString(), "--engine", "spark", "--master", "local[2]", "--spark-conf",
			"spark.ui.enabled=false"));
		String[] s = mer(spark.toArray(new String[0]));
		assertEquals("0", s[0], s[2]);
		assertFalse(s[2].contains("Exception"), s[2]);
		assertTrue(s[2].contains("spark: 3 fold tasks submitted"), s[2]);
		RunFixtures.assertSameReport(tmp.resolve("local"), tmp.resolve("spark"));

		spark.set(spark.indexOf(tmp.resolve("spark").toString()), tmp.resolve("spark-debug").toString());
		spark.add("--debug");
		String[] d = mer(spark.toArray(new String[0]));
		assertEquals("0", d[0], d[2]);
		assertTrue(d[2].contains("INFO SparkContext: Running Spark version"), "--debug shows Spark's own log: " + d[2].substring(0, Math.min(2000, d[2].length())));
	}
}
