package org.mer.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import ai.djl.Device;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.core.Progress;
import org.mer.faults.DiskFaults;
import org.mer.io.ExistingOutput;
import org.mer.io.OutputLock;
import org.mer.model.TinyModels;

/** The batch classifier under a full disk and with overwrite. */
class BatchClassifierFaultsTest {
	@TempDir
	Path tmp;

	@Test
	void aFullDiskStopsTheRunWithWholeRowsThatResumeKeeps() throws IOException {
		Path model = tmp.resolve("model");
		TinyModels.save(model, 4, 9);
		for (int i = 0; i < 4; i++)
			TinyModels.writeClip(tmp.resolve("clips/s1/c" + i), i);
		List<ClipJob> jobs = ClipJob.findUnder(tmp.resolve("clips"));
		Path csv = tmp.resolve("predictions.csv");
		try (Classifier c = Classifier.open(model, Device.cpu())) {
			IOException e = assertThrows(IOException.class,
				() -> new BatchClassifier(c, Progress.NONE).rowFiles(DiskFaults.fullAfter(150)).classify(jobs, csv, ExistingOutput.REFUSE));
			assertTrue(e.getMessage().contains(csv.toString()) && e.getMessage().contains("No space left"), e.getMessage());
			assertTrue(!Files.exists(OutputLock.lockFile(csv)), "lock released");
			List<CSVRecord> rows = BatchClassifierTest.read(csv);
			assertTrue(Files.readString(csv).endsWith("\n"));
			int kept = rows.size() - 1;
			assertTrue(kept >= 1 && kept < 4, "" + kept);
			BatchClassifier.Summary s = new BatchClassifier(c, Progress.NONE).classify(jobs, csv, ExistingOutput.RESUME);
			assertEquals(kept, s.skipped());
			assertEquals(4 - kept, s.classified());
			assertEquals(5, BatchClassifierTest.read(csv).size());
			s = new BatchClassifier(c, Progress.NONE).classify(jobs.subList(0, 1), csv, ExistingOutput.OVERWRITE);
			assertEquals(2, BatchClassifierTest.read(csv).size(), "overwrite starts the CSV again");
		}
	}
}
