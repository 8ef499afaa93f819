package org.mer.cli;

import java.io.PrintWriter;

import org.mer.Version;
import org.mer.core.CanceledException;
import org.mer.core.InputException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command-line interface behind {@code ./mer}. Exit codes: 0 success, 2 user error (one
 * line naming the file, frame or option; never a stack trace), 1 internal error, 130 canceled.
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
		// POI logs through log4j-api; without log4j-core it complains once at start-up. The
		// API's own simple logger (errors only) is enough on the command line.
		if (System.getProperty("log4j2.loggerContextFactory") == null)
			System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
		System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
	}

	/** Runs the CLI with the given streams and returns the exit code (used by tests). */
	public static int execute(String[] args, PrintWriter out, PrintWriter err) {
		CommandLine cl = commandLine();
		cl.setOut(out);
		cl.setErr(err);
		cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
			if (ex instanceof InputException) {
				err.println("mer: " + ex.getMessage());
				return 2;
			}
			if (ex instanceof CanceledException) {
				err.println("mer: canceled");
				return 130;
			}
			throw ex;
		});
		cl.setParameterExceptionHandler((ex, a) -> {
			err.println("mer: " + ex.getMessage());
			return 2;
		});
		try {
			return cl.execute(args);
		}
		finally {
			ConsoleProgress.finishAll();
		}
	}

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
