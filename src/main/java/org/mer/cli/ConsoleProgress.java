package org.mer.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;

import org.mer.core.Progress;

/**
 * Console front end of {@link Progress}: log lines and status to stderr, a one-line progress
 * bar redrawn in place when stderr is a terminal. Ctrl-C (a JVM shutdown) sets the cancel flag
 * so the core stops at its next safe point; {@link #installCtrlC()} turns that on. Thread safe.
 */
public final class ConsoleProgress implements Progress {
	private final PrintWriter err;
	private final boolean terminal = System.console() != null;
	private final AtomicBoolean canceled = new AtomicBoolean();
	private volatile String status = "";
	private int lastPercent = -1;

	public ConsoleProgress(PrintWriter err) {
		this.err = err;
	}

	/** Makes Ctrl-C request a clean stop instead of killing the run mid-write. */
	public ConsoleProgress installCtrlC() {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> canceled.set(true), "mer-cancel"));
		return this;
	}

	@Override
	public synchronized void status(String message) {
		status = message;
		if (!terminal) return;
		err.print("\r\033[K" + message);
		err.flush();
	}

	@Override
	public synchronized void progress(double fraction) {
		int percent = (int) Math.round(Math.max(0, Math.min(1, fraction)) * 100);
		if (percent == lastPercent || !terminal) return;
		lastPercent = percent;
		int filled = percent / 5;
		StringBuilder bar = new StringBuilder("\r\033[K[");
		for (int i = 0; i < 20; i++)
			bar.append(i < filled ? '#' : '.');
		err.print(bar.append("] ").append(percent).append("% ").append(status));
		err.flush();
	}

	@Override
	public synchronized void log(String message) {
		if (terminal) err.print("\r\033[K");
		err.println(message);
		err.flush();
	}

	@Override
	public boolean isCanceled() {
		return canceled.get();
	}

	/** Requests a stop, as Ctrl-C does. */
	public void cancel() {
		canceled.set(true);
	}
}
