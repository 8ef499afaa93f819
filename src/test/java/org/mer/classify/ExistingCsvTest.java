package org.mer.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import ai.djl.Device;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.model.TinyModels;

/** A second classify run into the same CSV, without resume, must not empty it. */
class ExistingCsvTest {
	@TempDir
	Path tmp;

	@Test
	void anExistingPredictionsCsvIsNotEmptiedWithoutResume() throws IOException {
		Path model = tmp.resolve("model");
		TinyModels.save(model, 4, 9);
		TinyModels.writeClip(tmp.resolve("clips/s1/a"), 0);
		List<ClipJob> jobs = ClipJob.findUnder(tmp.resolve("clips"));
		Path csv = tmp.resolve("predictions.csv");
		try (Classifier c = Classifier.open(model, Device.cpu())) {
			new BatchClassifier(c, Progress.NONE).classify(jobs, csv, false);
			String before = Files.readString(csv);
			assertEquals(2, before.split("\n").length);
			String m = assertThrows(InputException.class, () -> new BatchClassifier(c, Progress.NONE).classify(jobs, csv, false)).getMessage();
			assertTrue(m.contains(csv.toString()) && m.contains("--resume") && m.contains("--overwrite"), m);
			assertEquals(before, Files.readString(csv));
		}
	}
}
