package org.mer.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.faults.DiskFaults;
import org.mer.faults.JvmProcess;
import org.mer.io.AppendOnlyFile;
import org.mer.io.ExistingOutput;
import org.mer.io.OutputLock;

class PredictionFileTest {
	static final List<String> HEADER = PredictionCsv.header(Arrays.asList("neg", "pos"));

	@TempDir
	Path tmp;

	static List<String> row(String path) {
		return Arrays.asList(path, "1", "2", "motion", "3", "neg", "0.900000", "0.100000", "5.0", "");
	}

	static PredictionFile open(Path csv, ExistingOutput existing) throws IOException {
		return PredictionFile.open(csv, HEADER, existing, Progress.NONE, AppendOnlyFile.FILES);
	}

	/** Every record, header first; fails when a line is not a whole record. */
	static List<CSVRecord> records(Path csv) throws IOException {
		String text = Files.readString(csv);
		assertTrue(text.endsWith("\n"), "ends with a whole line");
		List<CSVRecord> all = BatchClassifierTest.read(csv);
		for (CSVRecord r : all)
			assertEquals(HEADER.size(), r.size(), "row " + r.getRecordNumber() + " is whole");
		return all;
	}

	@Test
	void anExistingCsvIsRefusedWithoutResumeOrOverwriteAndKept() throws IOException {
		Path csv = tmp.resolve("p.csv");
		try (PredictionFile f = open(csv, ExistingOutput.REFUSE)) {
			f.append(row("a"));
		}
		String before = Files.readString(csv);
		String m = assertThrows(InputException.class, () -> open(csv, ExistingOutput.REFUSE)).getMessage();
		assertTrue(m.contains(csv.toString()) && m.contains("--resume") && m.contains("--overwrite"), m);
		assertEquals(before, Files.readString(csv));
		assertFalse(Files.exists(OutputLock.lockFile(csv)), "the refused run released the lock");
		try (PredictionFile f = open(csv, ExistingOutput.RESUME)) {
			assertEquals(1, f.done().size());
		}
		try (PredictionFile f = open(csv, ExistingOutput.OVERWRITE)) {
			assertTrue(f.done().isEmpty());
		}
		assertEquals(1, records(csv).size(), "overwritten: header only");
	}

	@Test
	void overwriteReplacesOnlyAPredictionsCsv() throws IOException {
		Path sheet = Files.writeString(tmp.resolve("sheet.csv"), "subject,frames,label\n01,a,happy\n");
		String m = assertThrows(InputException.class, () -> open(sheet, ExistingOutput.OVERWRITE)).getMessage();
		assertTrue(m.contains("not a predictions CSV"), m);
		assertEquals("subject,frames,label\n01,a,happy\n", Files.readString(sheet));
		Path empty = Files.createFile(tmp.resolve("empty.csv"));
		open(empty, ExistingOutput.REFUSE).close(); // an empty file holds nothing to lose
	}

	@Test
	void aFullDiskStopsTheRunAndKeepsEveryFinishedRowWhole() throws IOException {
		Path csv = tmp.resolve("p.csv");
		int written = 0;
		try (PredictionFile f = PredictionFile.open(csv, HEADER, ExistingOutput.REFUSE, Progress.NONE, DiskFaults.fullAfter(200))) {
			IOException e = assertThrows(IOException.class, () -> {
				for (int i = 0; i < 100; i++)
					f.append(row("clip" + i));
			});
			assertTrue(e.getMessage().contains(csv.toString()) && e.getMessage().contains("No space left"), e.getMessage());
		}
		List<CSVRecord> rows = records(csv);
		written = rows.size() - 1;
		assertTrue(written >= 1 && written < 100, "some rows fit: " + written);
		try (PredictionFile f = open(csv, ExistingOutput.RESUME)) {
			assertEquals(written, f.done().size(), "resume keeps every finished row");
		}
	}

	@Test
	void aRealFullDiskKeepsWholeRows() throws Exception {
		Path mount = Files.createDirectories(tmp.resolve("mnt"));
		Optional<DiskFaults.Tmpfs> fs = DiskFaults.mountTmpfs(mount, "64k");
		Assumptions.assumeTrue(fs.isPresent(), "mounting a tmpfs is not allowed here; the quota test covers the full-disk path");
		try (DiskFaults.Tmpfs disk = fs.get()) {
			Path csv = disk.root.resolve("p.csv");
			try (PredictionFile f = open(csv, ExistingOutput.REFUSE)) {
				IOException e = assertThrows(IOException.class, () -> {
					for (int i = 0; i < 100_000; i++)
						f.append(row("a fairly long clip path that fills the disk quickly/" + i));
				});
				assertTrue(e.getMessage().contains(csv.toString()), e.getMessage());
			}
			assertTrue(records(csv).size() > 10);
		}
	}

	@Test
	void aSecondJvmIsRefusedAndNoRowIsLost() throws Exception {
		Path csv = tmp.resolve("p.csv");
		try (PredictionFile f = open(csv, ExistingOutput.REFUSE)) {
			f.append(row("parent0"));
		}
		Process child = JvmProcess.start(PredictionWriterProcess.class, List.of(), csv.toString(), "3");
		try {
			BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
			assertEquals("LOCKED", out.readLine(), () -> stderr(child));
			String m = assertThrows(InputException.class, () -> open(csv, ExistingOutput.RESUME)).getMessage();
			assertTrue(m.contains(OutputLock.lockFile(csv).toString()) && m.contains("process " + child.pid()), m);
			try (OutputStream in = child.getOutputStream()) {
				in.write("go\n".getBytes(StandardCharsets.UTF_8));
			}
			assertTrue(child.waitFor(60, TimeUnit.SECONDS));
			assertEquals(0, child.exitValue(), () -> stderr(child));
		}
		finally {
			child.destroyForcibly();
		}
		List<String> paths = new ArrayList<>();
		for (CSVRecord r : records(csv).subList(1, 5))
			paths.add(r.get(0));
		assertEquals(List.of("parent0", "child0", "child1", "child2"), paths);
		try (PredictionFile f = open(csv, ExistingOutput.RESUME)) {
			f.append(row("parent1"));
		}
		assertEquals(6, records(csv).size());
	}

	@Test
	void twoThreadsCannotWriteOneCsv() throws Exception {
		Path csv = tmp.resolve("p.csv");
		try (PredictionFile f = open(csv, ExistingOutput.REFUSE)) {
			Thread t = new Thread(() -> assertThrows(InputException.class, () -> open(csv, ExistingOutput.RESUME)));
			List<Throwable> failures = new ArrayList<>();
			t.setUncaughtExceptionHandler((th, e) -> failures.add(e));
			t.start();
			t.join();
			assertTrue(failures.isEmpty(), failures.toString());
			f.append(row("a"));
		}
		assertEquals(2, records(csv).size());
	}

	private static String stderr(Process p) {
		try {
			return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			return e.toString();
		}
	}
}
