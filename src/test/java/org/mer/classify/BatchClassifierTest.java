package org.mer.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import ai.djl.Device;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.core.Progress;
import org.mer.model.TinyModels;

class BatchClassifierTest {
	@TempDir
	Path tmp;
	Path modelDir, root;

	static void writeClip(Path dir, int shift) throws IOException {
		TinyModels.writeClip(dir, shift);
	}

	@BeforeEach
	void setUp() throws IOException {
		modelDir = tmp.resolve("model");
		TinyModels.save(modelDir, 4, 9);
		root = tmp.resolve("clips");
		writeClip(root.resolve("s1/a"), 0);
		writeClip(root.resolve("s1/b"), 3);
		writeClip(root.resolve("s2/c"), 6);
		Path broken = root.resolve("s2/broken");
		Files.createDirectories(broken);
		Files.write(broken.resolve("img1.png"), "not a png".getBytes(StandardCharsets.UTF_8));
		Files.createDirectories(root.resolve("empty"));
	}

	static List<CSVRecord> read(Path csv) throws IOException {
		try (Reader r = Files.newBufferedReader(csv); CSVParser p = CSVParser.parse(r, PredictionCsv.FORMAT)) {
			return p.getRecords();
		}
	}

	private static List<String> paths(List<CSVRecord> rows) {
		List<String> p = new ArrayList<>();
		for (CSVRecord r : rows.subList(1, rows.size()))
			p.add(r.get(0));
		return p;
	}

	@Test
	void writesOneRowPerClipAndAnErrorRowForABrokenClip() throws IOException {
		Path csv = tmp.resolve("out/predictions.csv");
		List<Prediction> seen = new ArrayList<>();
		List<String> log = new ArrayList<>();
		Progress progress = new Progress() {
			@Override public void status(String message) {}
			@Override public void progress(double fraction) {}
			@Override public void log(String message) { log.add(message); }
		};
		BatchClassifier.Summary s;
		try (Classifier c = Classifier.open(modelDir, Device.cpu())) {
			s = new BatchClassifier(c, progress).onPrediction(seen::add).classifyTree(root, csv, false);
		}
		assertEquals(3, s.classified());
		assertEquals(1, s.failures().size());
		assertTrue(s.failures().get(0).startsWith("s2/broken: "), s.failures().get(0));
		assertTrue(log.get(0).startsWith("Could not classify s2/broken"), log.get(0));
		assertEquals(3, seen.size());
		List<CSVRecord> rows = read(csv);
		assertEquals(List.of("path", "onset", "apex", "apex_method", "offset", "predicted", "p_negative", "p_positive",
			"p_surprise", "time_ms", "error"), rows.get(0).toList());
		assertEquals(List.of("s1/a", "s1/b", "s2/broken", "s2/c"), paths(rows));
		for (CSVRecord r : rows.subList(1, rows.size())) {
			if (r.get(0).equals("s2/broken")) {
				assertFalse(r.get(10).isEmpty(), "error message");
				assertEquals("", r.get(5));
				continue;
			}
			assertEquals("3", r.get(1), "onset = first frame number");
			assertEquals("9", r.get(4), "offset = last frame number");
			assertEquals("motion", r.get(3));
			int apex = Integer.parseInt(r.get(2));
			assertTrue(apex >= 3 && apex <= 9);
			double sum = Double.parseDouble(r.get(6)) + Double.parseDouble(r.get(7)) + Double.parseDouble(r.get(8));
			assertEquals(1.0, sum, 5e-6);
			assertTrue(TinyModels.CLASSES.contains(r.get(5)));
			assertEquals("", r.get(10));
		}
		assertEquals(seen.get(0).predictedName(), rows.get(1).get(5));
		assertEquals(32 * 24, seen.get(0).meanAttention().length);
	}

	@Test
	void resumeRepairsACutLineSkipsDoneClipsAndAppendsTheRestOnce() throws IOException {
		Path csv = tmp.resolve("predictions.csv");
		List<ClipJob> jobs = ClipJob.findUnder(root);
		assertEquals(4, jobs.size());
		try (Classifier c = Classifier.open(modelDir, Device.cpu())) {
			new BatchClassifier(c, Progress.NONE).classify(jobs.subList(0, 2), csv, false);
			String full = new String(Files.readAllBytes(csv), StandardCharsets.UTF_8);
			List<CSVRecord> before = read(csv);
			assertEquals(3, before.size());
			// an interrupted run: the second row is cut in the middle
			Files.write(csv, full.substring(0, full.length() - 12).getBytes(StandardCharsets.UTF_8));
			List<Prediction> seen = new ArrayList<>();
			BatchClassifier.Summary s = new BatchClassifier(c, Progress.NONE).onPrediction(seen::add).classify(jobs, csv, true);
			assertEquals(1, s.skipped(), "only s1/a was complete");
			assertEquals(2, s.classified(), "s1/b again and s2/c");
			assertEquals(1, s.failures().size());
			List<CSVRecord> after = read(csv);
			assertEquals(List.of("s1/a", "s1/b", "s2/broken", "s2/c"), paths(after));
			assertEquals(before.get(1).toList(), after.get(1).toList(), "the kept row is untouched");
			for (CSVRecord r : after)
				assertEquals(11, r.size());
			// resuming a finished run retries only the failed clip, keeping one row per clip
			s = new BatchClassifier(c, Progress.NONE).classify(jobs, csv, true);
			assertEquals(3, s.skipped());
			assertEquals(0, s.classified());
			assertEquals(1, s.failures().size());
			List<String> again = paths(read(csv));
			assertEquals(4, again.size());
			assertEquals(List.of("s1/a", "s1/b", "s2/c", "s2/broken"), again);
		}
	}

	@Test
	void resumeOfACutHeaderStartsOverAndAnotherModelsCsvIsRefused() throws IOException {
		Path csv = tmp.resolve("p.csv");
		Files.write(csv, "path,ons".getBytes(StandardCharsets.UTF_8));
		List<ClipJob> jobs = ClipJob.findUnder(root).subList(0, 1);
		try (Classifier c = Classifier.open(modelDir, Device.cpu())) {
			assertEquals(1, new BatchClassifier(c, Progress.NONE).classify(jobs, csv, true).classified());
			assertEquals(List.of("s1/a"), paths(read(csv)));
			Files.write(csv, "path,onset,apex,predicted,p_a,p_b\n".getBytes(StandardCharsets.UTF_8));
			String m = org.junit.jupiter.api.Assertions.assertThrows(org.mer.core.InputException.class,
				() -> new BatchClassifier(c, Progress.NONE).classify(jobs, csv, true)).getMessage();
			assertTrue(m.startsWith(csv + " has columns [path, onset, apex, predicted, p_a, p_b] but this model writes"), m);
		}
	}
}
