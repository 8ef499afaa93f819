package org.mer.exec.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.mer.cli.Main;
import org.mer.core.Progress;
import org.mer.data.synth.SynthSettings;
import org.mer.data.synth.SyntheticDatasetGenerator;
import org.mer.exec.RunFixtures;

/**
 * {@code ./mer evaluate} and {@code ./mer compare} (two cells, run concurrently on Spark) with
 * {@code --engine spark} write the local engine's reports.
 */
class SparkCommandsTest {
	@TempDir
	Path tmp;

	private String[] output = { "", "" };

	private int run(List<String> common, String... args) {
		List<String> all = new ArrayList<>(Arrays.asList(args));
		all.addAll(common);
		StringWriter out = new StringWriter(), err = new StringWriter();
		int code = Main.execute(all.toArray(new String[0]), new PrintWriter(out, true), new PrintWriter(err, true));
		output = new String[] { out.toString(), err.toString() };
		return code;
	}

	@Test
	void evaluateAndCompareOnSparkEqualLocal() throws Exception {
		Path root = tmp.resolve("casme2");
		SyntheticDatasetGenerator.generate(SynthSettings.builder().subjects(3).clipsPerClass(1).size(64, 64).frames(8, 10).seed(5).build(),
			root, Progress.NONE);
		List<String> common = Arrays.asList("--dataset", "casme2", "--root", root.toString(), "--classes", "megc-3", "--size", "64",
			"--width", "4", "--epochs", "2", "--batch-size", "4", "--device", "cpu", "--threads", "1", "--seed", "3");
		List<String> spark = new ArrayList<>(common);
		spark.addAll(Arrays.asList("--engine", "spark", "--master", "local[2]", "--spark-conf", "spark.ui.enabled=false"));

		assertEquals(0, run(common, "evaluate", "--report", tmp.resolve("local").toString(), "--cache", tmp.resolve("c1").toString()), output[1]);
		assertEquals(0, run(spark, "evaluate", "--report", tmp.resolve("spark").toString(), "--cache", tmp.resolve("c2").toString()), output[1]);
		assertTrue(output[1].contains("spark: 3 fold tasks submitted"), output[1]);
		RunFixtures.assertSameReport(tmp.resolve("local"), tmp.resolve("spark"));

		assertEquals(0, run(common, "compare", "--modalities", "mesti", "--networks", "meganet-noga,meganet", "--out", tmp.resolve("cmp-local").toString()),
			output[1]);
		assertEquals(0, run(spark, "compare", "--modalities", "mesti", "--networks", "meganet-noga,meganet", "--out", tmp.resolve("cmp-spark").toString()),
			output[1]);
		// with Spark both cells run at the same time; each report equals the local one
		for (String cell : List.of("mesti-apex_peak-motion-align_similarity__meganet-noga",
			"mesti-apex_peak-motion-align_similarity__meganet"))
			RunFixtures.assertSameReport(tmp.resolve("cmp-local").resolve(cell), tmp.resolve("cmp-spark").resolve(cell));
		assertEquals(3, Files.readAllLines(tmp.resolve("cmp-spark/comparison.csv")).size());
		assertEquals(withoutSeconds(tmp.resolve("cmp-local/comparison.csv")), withoutSeconds(tmp.resolve("cmp-spark/comparison.csv")));
	}

	/** The table's rows up to the timing columns. */
	private static List<String> withoutSeconds(Path csv) throws Exception {
		List<String> rows = new ArrayList<>();
		for (String line : Files.readAllLines(csv)) {
			String[] cells = line.split(",");
			rows.add(String.join(",", Arrays.copyOf(cells, Math.min(cells.length, 7))));
		}
		return rows;
	}
}
