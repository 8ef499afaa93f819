package org.mer.cli;

import java.io.PrintWriter;
import java.util.Arrays;

import org.mer.Version;
import org.mer.core.LibraryOutput;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command-line interface behind {@code ./mer}. Exit codes ({@link Failures}): 0 success, 2
 * bad input or a failing environment (one line naming the file, frame or option; never a stack
 * trace unless {@code --debug}), 1 internal error, 130 canceled.
 */
@Command(name = "mer", mixinStandardHelpOptions = true, versionProvider = Main.VersionInfo.class,
	description = "Facial micro-expression recognition: MESTI images and MEGANet.",
	subcommands = { CommandLine.HelpCommand.class })
public final class Main implements Runnable {


	@Override
	public void run() {
		new CommandLine(this).usage(System.out);
	}

	public static void main(String[] args) {
		System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
	}

	/**
	 * Runs the CLI with the given streams and returns the exit code (used by tests). The option
	 * {@value #DEBUG}, anywhere on the line, prints stack traces with the one-line messages and lets
	 * the libraries (FFmpeg, Log4j through POI and Spark) print their own output.
	 */
	public static int execute(String[] args, PrintWriter out, PrintWriter err) {
		boolean debug = Arrays.asList(args).contains(DEBUG);
		if (debug) System.setProperty(LibraryOutput.DEBUG_PROPERTY, "true");
		LibraryOutput.quietLog4j();
		CommandLine cl = commandLine();
		cl.setOut(out);
		cl.setErr(err);
		cl.setExecutionExceptionHandler((ex, cmd, parsed) -> Failures.report(ex, err, debug));
		cl.setParameterExceptionHandler((ex, a) -> {
			err.println("mer: " + ex.getMessage());
			return 2;
		});
		try {
			return cl.execute(Arrays.stream(args).filter(a -> !a.equals(DEBUG)).toArray(String[]::new));
		}
		catch (RuntimeException | Error e) {
			return Failures.report(e, err, debug);
		}
		finally {
			ConsoleProgress.finishAll();
		}
	}

	/** Stack traces and library output for bug reports. */
	static final String DEBUG = "--debug";

	/**
	 * The command line: {@code demo}, the use cases' subcommands (options from the parameter
	 * catalogue, {@link Subcommands}) and {@code bench}, the two command-line-only tools.
	 */
	static CommandLine commandLine() {
		CommandLine cl = new CommandLine(new Main());
		cl.addSubcommand(DemoCommand.class);
		for (CommandLine sub : Subcommands.all())
			cl.addSubcommand(sub);
		cl.addSubcommand(BenchCommand.class);
		return cl;
	}

	/** {@code --version}: plugin version, engine, libtorch flavour and device. */
	static final class VersionInfo implements CommandLine.IVersionProvider {
		@Override
		public String[] getVersion() {
			String engine;
			try {
				engine = org.mer.net.Engines.describe();
			}
			catch (RuntimeException | UnsatisfiedLinkError e) {
				engine = "PyTorch engine not available: " + e.getMessage();
			}
			return new String[] { "MESTI-MEGANet " + Version.get(), engine };
		}
	}
}
