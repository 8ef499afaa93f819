package org.mer.cli;

import java.io.PrintWriter;

/**
 * A command whose only step cannot stop early (a minute of sleep that ignores the cancel flag),
 * run in a JVM of its own by the Ctrl-C test: prints "ready" once Ctrl-C is handled as the
 * command line handles it, then exits 0 after the step or 130 when canceled.
 */
public final class SlowStepMain {
	private SlowStepMain() {}

	public static void main(String[] args) throws InterruptedException {
		PrintWriter err = new PrintWriter(System.err, true);
		ConsoleProgress progress = new ConsoleProgress(err).installCtrlC();
		err.println("ready");
		Thread.sleep(60_000);
		progress.finished();
		System.exit(progress.isCanceled() ? 130 : 0);
	}
}
