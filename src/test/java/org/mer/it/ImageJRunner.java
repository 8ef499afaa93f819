package org.mer.it;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts the assembled plain ImageJ 1.54p ({@code target/ImageJ}, built by {@code mvn package})
 * in a separate JVM under {@code xvfb-run}, as a user would: ImageJ 1.x needs an X display even
 * in batch mode. Tests are skipped (JUnit assumption) when xvfb-run is not installed or the
 * tree was not assembled.
 */
final class ImageJRunner {
	/** What one ImageJ run printed and returned. */
	static final class Result {
		final int exitCode;
		final String output;

		Result(int exitCode, String output) {
			this.exitCode = exitCode;
			this.output = output;
		}

		@Override
		public String toString() {
			return "exit " + exitCode + ":\n" + output;
		}
	}

	private ImageJRunner() {}

	/** The plain ImageJ tree; skips the test when it is missing or xvfb-run is not installed. */
	static Path tree() {
		Path tree = Paths.get(System.getProperty("mer.imagej.tree", "target/ImageJ")).toAbsolutePath();
		assumeTrue(Files.isRegularFile(tree.resolve("ij.jar")), "plain ImageJ tree not assembled at " + tree + " (run mvn package)");
		assumeTrue(onPath("xvfb-run"), "xvfb-run is not installed (apt-get install xvfb xauth): real-ImageJ tests skipped");
		return tree;
	}

	/** The Fiji.app update-site tree; skips the test when missing. */
	static Path fijiTree() {
		Path tree = Paths.get(System.getProperty("mer.fiji.tree", "target/Fiji.app")).toAbsolutePath();
		assumeTrue(Files.isDirectory(tree.resolve("jars")), "Fiji.app tree not assembled at " + tree + " (run mvn package)");
		return tree;
	}

	/** Runs {@code java -jar ij.jar -batch macro arg} in the tree (no GUI). */
	static Result batch(Path macro, String arg, int timeoutSeconds) throws IOException, InterruptedException {
		return run(Arrays.asList("-batch", macro.toString(), arg), timeoutSeconds);
	}

	/**
	 * Runs ImageJ with its GUI on the virtual display and the macro; ImageJ is stopped when the
	 * macro quits it or after {@code timeoutSeconds} (no failure: GUI macros report through files).
	 */
	static Result gui(Path macro, String arg, int timeoutSeconds) throws IOException, InterruptedException {
		return run(Arrays.asList("-macro", macro.toString(), arg), timeoutSeconds, false);
	}

	/**
	 * Runs {@code mainClass}, a test class that drives ImageJ from Java, with {@code ij.jar} and
	 * the test classes on the class path (the plug-ins still load from the tree's plugins/
	 * folder through ImageJ's plugin class loader), in the tree, under xvfb-run.
	 */
	static Result java(Class<?> mainClass, List<String> args, int timeoutSeconds) throws IOException, InterruptedException {
		Path tree = tree();
		String testClasses;
		try {
			testClasses = Paths.get(mainClass.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
		}
		catch (java.net.URISyntaxException e) {
			throw new IOException(e);
		}
		List<String> javaArgs = new ArrayList<>(Arrays.asList("-cp", tree.resolve("ij.jar") + File.pathSeparator + testClasses, mainClass.getName()));
		javaArgs.addAll(args);
		return start(javaArgs, timeoutSeconds, true);
	}

	private static Result run(List<String> ijArgs, int timeoutSeconds) throws IOException, InterruptedException {
		return run(ijArgs, timeoutSeconds, true);
	}

	private static Result run(List<String> ijArgs, int timeoutSeconds, boolean failOnTimeout) throws IOException, InterruptedException {
		Path tree = tree();
		List<String> javaArgs = new ArrayList<>(Arrays.asList("-jar", tree.resolve("ij.jar").toString(), "-ijpath", tree.toString()));
		javaArgs.addAll(ijArgs);
		return start(javaArgs, timeoutSeconds, failOnTimeout);
	}

	private static Result start(List<String> javaArgs, int timeoutSeconds, boolean failOnTimeout) throws IOException, InterruptedException {
		Path tree = tree();
		String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
		List<String> cmd = new ArrayList<>(Arrays.asList("xvfb-run", "-a", "-s", "-screen 0 1280x1024x24", java, "-Xmx2g",
			"-Dai.djl.offline=true"));
		cmd.addAll(javaArgs);
		Path log = Files.createTempFile("imagej-run", ".log");
		ProcessBuilder pb = new ProcessBuilder(cmd).directory(tree.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
		Process p = pb.start();
		if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
			p.descendants().forEach(ProcessHandle::destroyForcibly);
			p.destroyForcibly();
			p.waitFor(10, TimeUnit.SECONDS);
			if (!failOnTimeout) return new Result(-1, new String(Files.readAllBytes(log), StandardCharsets.UTF_8));
			throw new AssertionError("ImageJ did not finish in " + timeoutSeconds + " s:\n" + new String(Files.readAllBytes(log), StandardCharsets.UTF_8));
		}
		String out = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
		Files.deleteIfExists(log);
		return new Result(p.exitValue(), out);
	}

	/** Writes a macro file. */
	static Path macro(Path dir, String name, String text) throws IOException {
		Path file = dir.resolve(name);
		Files.write(file, text.getBytes(StandardCharsets.UTF_8));
		return file;
	}

	/** A path as a bracketed macro option value, e.g. {@code [/tmp/a b]}. */
	static String bracket(Path p) {
		return "[" + p.toAbsolutePath() + "]";
	}

	private static boolean onPath(String exe) {
		String path = System.getenv("PATH");
		if (path == null) return false;
		for (String dir : path.split(File.pathSeparator))
			if (Files.isExecutable(Paths.get(dir, exe))) return true;
		return false;
	}
}
