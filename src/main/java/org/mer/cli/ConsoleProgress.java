package org.mer.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.mer.core.Progress;

/**
 * Console front end of {@link Progress}: log lines and status to stderr, a one-line progress
 * bar redrawn in place when stderr is a terminal. After {@link #installCtrlC()}, Ctrl-C sets the
 * cancel flag, so the core stops at its next safe point (after the current batch, clip or fold)
 * with its checkpoints and files complete, and a second Ctrl-C stops at once. A termination
 * signal holds the JVM's shutdown until the command is over ({@link Main#execute} releases every
 * installed hook when a command returns or throws; at most {@link #CTRL_C_GRACE_SECONDS}). Thread
 * safe.
 */
public final class ConsoleProgress implements Progress {
	private final PrintWriter err;
	private final boolean terminal = System.console() != null;
	/** How long Ctrl-C waits for the running step to reach a safe point. */
	public static final int CTRL_C_GRACE_SECONDS = 120;

	private final AtomicBoolean canceled = new AtomicBoolean();
	private final CountDownLatch finished = new CountDownLatch(1);
	private volatile String status = "";
	private volatile Thread hook;
	private volatile InterruptKeys.Installed keys;
	private static final java.util.Set<ConsoleProgress> WAITING = java.util.concurrent.ConcurrentHashMap.newKeySet();
	private int lastPercent = -1;

	public ConsoleProgress(PrintWriter err) {
		this.err = err;
	}

	/**
	 * Makes Ctrl-C request a clean stop instead of killing the run mid-write; a second Ctrl-C
	 * stops at once ({@link InterruptKeys}). A termination signal (kill) also waits for the next
	 * safe point, through a shutdown hook.
	 */
	public ConsoleProgress installCtrlC() {
		keys = InterruptKeys.install(() -> {
			canceled.set(true);
			log("mer: stopping after the current step (Ctrl-C again to stop at once)...");
		});
		hook = new Thread(() -> {
			if (finished.getCount() == 0) return;
			canceled.set(true);
			log("mer: stopping after the current step (Ctrl-C again to kill)...");
			try {
				finished.await(CTRL_C_GRACE_SECONDS, TimeUnit.SECONDS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}, "mer-cancel");
		Runtime.getRuntime().addShutdownHook(hook);
		WAITING.add(this);
		return this;
	}

	/** The command is done (normally, by error or canceled): Ctrl-C need not wait any more. */
	public void finished() {
		finished.countDown();
		WAITING.remove(this);
		InterruptKeys.Installed k = keys;
		if (k != null) k.restore();
		Thread h = hook;
		if (h == null) return;
		try {
			Runtime.getRuntime().removeShutdownHook(h);
		}
		catch (IllegalStateException shuttingDown) {
			// the JVM is already exiting: the hook sees the latch released and returns at once
		}
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

	/** Every command run by {@link Main#execute} is over: no Ctrl-C hook need wait any more. */
	static void finishAll() {
		for (ConsoleProgress p : WAITING)
			p.finished();
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
