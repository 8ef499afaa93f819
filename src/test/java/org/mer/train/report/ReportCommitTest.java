package org.mer.train.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.figures.ReportImages;

/** A report's files arrive together: one that cannot be written leaves the previous report whole. */
class ReportCommitTest {
	@TempDir
	Path tmp;

	@Test
	void aFileThatCannotBeWrittenLeavesThePreviousReport() throws IOException {
		Files.writeString(tmp.resolve("report.json"), "{\"previous\": true}");
		Files.createDirectories(tmp.resolve("training_curves.png/in-the-way"));
		assertThrows(IOException.class, () -> new EvaluationReport(EvaluationReportTest.specRun()).write(tmp, ReportImages.INSTANCE));
		assertEquals("{\"previous\": true}", Files.readString(tmp.resolve("report.json")));
		for (String f : new String[] { "per_class.csv", "confusion_matrix.png", "megc2019_log.txt" })
			assertFalse(Files.exists(tmp.resolve(f)), f + " must not appear alone");
		try (Stream<Path> s = Files.list(tmp)) {
			assertEquals(2, s.count(), "no staging folder left");
		}
		Files.delete(tmp.resolve("training_curves.png/in-the-way"));
		Files.delete(tmp.resolve("training_curves.png"));
		new EvaluationReport(EvaluationReportTest.specRun()).write(tmp, ReportImages.INSTANCE);
		assertTrue(Files.readString(tmp.resolve("report.json")).contains("\"pooled\""));
	}
}
