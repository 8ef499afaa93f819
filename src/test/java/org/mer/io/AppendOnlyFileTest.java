package org.mer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.faults.DiskFaults;

class AppendOnlyFileTest {
	@TempDir
	Path tmp;

	@Test
	void aRecordThatDoesNotFitIsCutBackWhole() throws IOException {
		Path file = Files.writeString(tmp.resolve("rows.csv"), "header\n");
		try (AppendOnlyFile rows = AppendOnlyFile.open(file, DiskFaults.fullAfter(10))) {
			rows.append("row 1\n".getBytes(StandardCharsets.UTF_8));
			IOException e = assertThrows(IOException.class, () -> rows.append("row 2 is long\n".getBytes(StandardCharsets.UTF_8)));
			assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("No space left"), e.getMessage());
		}
		assertEquals("header\nrow 1\n", Files.readString(file), "the partly written row 2 was removed");
	}
}
