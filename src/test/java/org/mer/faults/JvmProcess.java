package org.mer.faults;

import java.io.File;
import java.io.IOException;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Starts a second JVM running a {@code main} of the test classpath, e.g. a concurrent writer or
 * a program whose stderr is inspected. The child gets this JVM's class path and java binary.
 */
public final class JvmProcess {
	private JvmProcess() {}

	/**
	 * @param jvmOptions e.g. "-Dmer.debug=true"; may be empty
	 * @return the started process (stdout and stderr separate); the caller waits for or destroys it
	 */
	public static Process start(Class<?> main, List<String> jvmOptions, String... args) throws IOException {
		return startWithout(main, jvmOptions, null, args);
	}

	/**
	 * As {@link #start}, without the class-path entries whose path contains {@code leaveOut}
	 * (e.g. "log4j-core", to run as the plain command line does, where that jar is absent); null
	 * leaves nothing out.
	 */
	public static Process startWithout(Class<?> main, List<String> jvmOptions, String leaveOut, String... args) throws IOException {
		return new ProcessBuilder(commandWithout(main, jvmOptions, leaveOut, args)).start();
	}

	/** The command line {@link #start} runs. */
	public static List<String> command(Class<?> main, List<String> jvmOptions, String... args) {
		return commandWithout(main, jvmOptions, null, args);
	}

	private static List<String> commandWithout(Class<?> main, List<String> jvmOptions, String leaveOut, String... args) {
		List<String> entries = new ArrayList<>();
		for (String e : System.getProperty("java.class.path").split(File.pathSeparator))
			if (leaveOut == null || !e.contains(leaveOut)) entries.add(e);
		List<String> command = new ArrayList<>();
		command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx256m");
		command.addAll(jvmOptions);
		command.add("-cp");
		command.add(String.join(File.pathSeparator, entries));
		command.add(main.getName());
		command.addAll(Arrays.asList(args));
		return command;
	}
}
