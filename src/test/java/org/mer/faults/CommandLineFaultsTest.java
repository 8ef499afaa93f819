package org.mer.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.cli.Main;
import org.mer.cli.SlowStepMain;
import org.mer.model.TinyModels;

/**
 * The command line under a failing environment: a disk that fills up while the prediction CSV is
 * written (a real tmpfs, where this machine lets the test mount one), and Ctrl-C pressed twice
 * during a step that cannot stop early (the second press ends the run at once).
 */
class CommandLineFaultsTest {
	@TempDir
	Path tmp;

	@Test
	void aFullDiskWhileWritingTheCsvIsOneLineAndKeepsWholeRows() throws Exception {
		Path mount = Files.createDirectories(tmp.resolve("small disk"));
		Optional<DiskFaults.Tmpfs> fs = DiskFaults.mountTmpfs(mount, "8k");
		assumeTrue(fs.isPresent(), "cannot mount a tmpfs here (not root, or a restricted container): the quota-wrapper tests cover the CSV writer");
		try (DiskFaults.Tmpfs disk = fs.get()) {
			Path model = tmp.resolve("model"), tree = tmp.resolve("tree");
			TinyModels.save(model, 4, 3);
			for (int i = 0; i < 80; i++)
				TinyModels.writeClip(tree.resolve(String.format("clip-with-a-long-name-%03d", i)), i % 3);
			Path csv = mount.resolve("p.csv");
			StringWriter out = new StringWriter(), err = new StringWriter();
			int code = Main.execute(new String[] { "classify", "--model", model.toString(), "--tree", tree.toString(), "--out", csv.toString(),
				"--device", "cpu" }, new PrintWriter(out, true), new PrintWriter(err, true));
			assertEquals(2, code, err.toString());
			String e = err.toString();
			assertTrue(e.contains("No space left on device") || e.contains("space"), e);
			assertEquals(1, e.trim().split("\n").length, "one line: " + e);
			assertFalse(e.contains("\tat "), e);
			String written = new String(Files.readAllBytes(csv), StandardCharsets.UTF_8);
			assertTrue(written.endsWith("\n"), "only whole rows stay");
			List<String> rows = Files.readAllLines(csv);
			assertTrue(rows.size() > 1 && rows.size() < 81, rows.size() + " rows");
		}
	}

	@Test
	void ctrlCTwiceStopsAtOnce() throws Exception {
		// a shell or build tool may start tests with SIGINT ignored, which a child inherits and the JVM then
		// honours: perl (in every Debian) puts the default disposition back before it starts java
		List<String> command = new ArrayList<>();
		if (Files.isExecutable(Path.of("/usr/bin/perl"))) command.addAll(List.of("/usr/bin/perl", "-e", "$SIG{INT} = 'DEFAULT'; exec { $ARGV[0] } @ARGV"));
		command.addAll(JvmProcess.command(SlowStepMain.class, List.of()));
		Process p = new ProcessBuilder(command).start();
		try {
			StringBuilder err = new StringBuilder();
			Thread reader = new Thread(() -> {
				try {
					int c;
					while ((c = p.getErrorStream().read()) >= 0)
						synchronized (err) {
							err.append((char) c);
						}
				}
				catch (IOException e) {
					// the process ended
				}
			});
			reader.start();
			waitFor(err, "ready", 30);
			interrupt(p);
			waitFor(err, "stopping after the current step", 10);
			assumeTrue(read(err).contains("stopping after the current step"), "Ctrl-C cannot be handled here (SIGINT ignored): " + read(err));
			Thread.sleep(500);
			assertTrue(p.isAlive(), "the first Ctrl-C waits for the step to end");
			long pressed = System.nanoTime();
			interrupt(p);
			assertTrue(p.waitFor(5, TimeUnit.SECONDS), "the second Ctrl-C ends the run at once");
			assertTrue(System.nanoTime() - pressed < TimeUnit.SECONDS.toNanos(5));
			assertEquals(130, p.exitValue());
		}
		finally {
			p.destroyForcibly();
		}
	}

	private static void waitFor(StringBuilder err, String text, int seconds) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		while (System.nanoTime() < deadline && !read(err).contains(text))
			Thread.sleep(50);
	}

	private static String read(StringBuilder err) {
		synchronized (err) {
			return err.toString();
		}
	}

	private static void interrupt(Process p) throws Exception {
		assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor());
	}
}
