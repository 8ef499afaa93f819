package org.mer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.core.InputException;
import org.mer.core.Progress;

class OutputLockTest {
	@TempDir
	Path tmp;

	static Progress logInto(List<String> log) {
		return new Progress() {
			@Override public void status(String message) {}
			@Override public void progress(double fraction) {}
			@Override public void log(String message) { log.add(message); }
		};
	}

	@Test
	void theLockFileNamesThisProcessAndGoesAwayOnClose() throws IOException {
		Path csv = tmp.resolve("out/p.csv");
		try (OutputLock lock = OutputLock.acquire(csv, Progress.NONE)) {
			assertEquals(tmp.resolve("out/p.csv.lock"), lock.file());
			String text = Files.readString(lock.file());
			assertTrue(text.contains("pid=" + ProcessHandle.current().pid() + "\n") && text.contains("host=" + OutputLock.host()), text);
		}
		assertFalse(Files.exists(tmp.resolve("out/p.csv.lock")));
	}

	@Test
	void anotherThreadIsRefusedAndTheOwnerMayReenter() throws Exception {
		Path csv = tmp.resolve("p.csv");
		try (OutputLock outer = OutputLock.acquire(csv, Progress.NONE)) {
			try (OutputLock inner = OutputLock.acquire(csv, Progress.NONE)) {
				assertEquals(outer.file(), inner.file());
			}
			assertTrue(Files.exists(outer.file()), "the inner close keeps the outer lock");
			CompletableFuture<OutputLock> other = CompletableFuture.supplyAsync(() -> {
				try {
					return OutputLock.acquire(csv, Progress.NONE);
				}
				catch (IOException e) {
					throw new RuntimeException(e);
				}
			});
			ExecutionException e = assertThrows(ExecutionException.class, () -> other.get(30, TimeUnit.SECONDS));
			assertTrue(e.getCause() instanceof InputException, e.toString());
			String m = e.getCause().getMessage();
			assertTrue(m.contains(outer.file().toString()) && m.contains("" + ProcessHandle.current().pid()), m);
		}
		OutputLock.acquire(csv, Progress.NONE).close();
	}

	@Test
	void aStaleLockOfADeadProcessIsTakenOverWithALogLine() throws Exception {
		Process dead = new ProcessBuilder(javaBinary(), "-version").redirectErrorStream(true).start();
		dead.getInputStream().readAllBytes();
		dead.waitFor();
		Path csv = tmp.resolve("p.csv");
		Files.writeString(OutputLock.lockFile(csv), "pid=" + dead.pid() + "\nhost=" + OutputLock.host() + "\nstarted=then\n");
		List<String> log = new ArrayList<>();
		try (OutputLock lock = OutputLock.acquire(csv, logInto(log))) {
			assertTrue(Files.readString(lock.file()).contains("pid=" + ProcessHandle.current().pid()));
		}
		assertEquals(1, log.size(), log.toString());
		assertTrue(log.get(0).contains("stale lock") && log.get(0).contains("" + dead.pid()), log.get(0));
	}

	@Test
	void aLockNamingALiveProcessOrAnotherHostIsRefused() throws IOException {
		Path csv = tmp.resolve("p.csv");
		Path file = OutputLock.lockFile(csv);
		long live = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L);
		Files.writeString(file, "pid=" + live + "\nhost=" + OutputLock.host() + "\n");
		String m = assertThrows(InputException.class, () -> OutputLock.acquire(csv, Progress.NONE)).getMessage();
		assertTrue(m.contains(file.toString()) && m.contains("process " + live) && m.contains("delete the lock file"), m);
		Files.writeString(file, "pid=12\nhost=elsewhere.example\n");
		m = assertThrows(InputException.class, () -> OutputLock.acquire(csv, Progress.NONE)).getMessage();
		assertTrue(m.contains("another computer") && m.contains("elsewhere.example") && m.contains("process 12"), m);
		assertEquals("pid=12\nhost=elsewhere.example\n", new String(Files.readAllBytes(file), StandardCharsets.UTF_8), "left as it was");
	}

	static String javaBinary() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}
}
