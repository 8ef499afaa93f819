package org.mer.exec.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.djl.Device;

import org.mer.classify.BatchClassifier;
import org.mer.classify.Classifier;
import org.mer.cli.Main;
import org.mer.core.Progress;
import org.mer.model.TinyModels;

/** Batch classification on Spark local[2] writes the local engine's CSV (all but time_ms), also through ./mer classify. */
class SparkClassifyTest {
	@TempDir
	Path tmp;

	@Test
	void sparkRowsEqualLocalRows() throws IOException {
		Path model = tmp.resolve("model");
		TinyModels.save(model, 4, 9);
		Path root = tmp.resolve("clips");
		for (int i = 0; i < 7; i++)
			TinyModels.writeClip(root.resolve("s" + (i % 3) + "/clip" + i), i);
		Path broken = root.resolve("s9/broken");
		Files.createDirectories(broken);
		Files.write(broken.resolve("img1.png"), "not a png".getBytes(StandardCharsets.UTF_8));

		Path localCsv = tmp.resolve("local.csv"), sparkCsv = tmp.resolve("spark.csv");
		BatchClassifier.Summary local, spark;
		try (Classifier c = Classifier.open(model, Device.cpu())) {
			local = new BatchClassifier(c, Progress.NONE).classifyTree(root, localCsv, false);
			try (SparkEngine engine = new SparkEngine("local[2]", Collections.emptyMap())) {
				spark = new BatchClassifier(c, Progress.NONE).executor(engine.clips(model, "cpu")).classifyTree(root, sparkCsv, false);
			}
		}
		assertEquals(7, local.classified());
		assertEquals(local.toString(), spark.toString());
		assertEquals(local.failures(), spark.failures());
		List<List<String>> expected = withoutTime(localCsv);
		assertEquals(9, expected.size());
		assertEquals(expected, withoutTime(sparkCsv));

		// the command line: --engine spark, then --resume adds nothing
		Path cliCsv = tmp.resolve("cli.csv");
		StringWriter out = new StringWriter(), err = new StringWriter();
		String[] args = { "classify", "--model", model.toString(), "--tree", root.toString(), "--out", cliCsv.toString(), "--device",
			"cpu", "--engine", "spark", "--master", "local[2]" };
		assertEquals(2, Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true)), err.toString());
		assertEquals(expected, withoutTime(cliCsv));
		List<String> resumeArgs = new ArrayList<>(List.of(args));
		resumeArgs.add("--resume");
		Main.execute(resumeArgs.toArray(new String[0]), new PrintWriter(out, true), new PrintWriter(err, true));
		assertEquals(expected, withoutTime(cliCsv));
		assertTrue(out.toString().contains("7 skipped"), out.toString());
		assertFalse(err.toString().contains("Exception"), err.toString());
	}

	/** The CSV's records without the time_ms column. */
	private static List<List<String>> withoutTime(Path csv) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		try (Reader r = Files.newBufferedReader(csv); CSVParser p = CSVParser.parse(r, CSVFormat.DEFAULT)) {
			List<CSVRecord> records = p.getRecords();
			int time = new ArrayList<>(records.get(0).toList()).indexOf("time_ms");
			for (CSVRecord rec : records) {
				List<String> row = new ArrayList<>(rec.toList());
				row.remove(time);
				rows.add(row);
			}
		}
		return rows;
	}
}
