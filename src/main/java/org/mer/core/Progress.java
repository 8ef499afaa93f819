package org.mer.core;

/**
 * Where the UI-free core reports progress, log lines and asks whether to stop. Each front end
 * implements it (Fiji status bar and log, ImageJ 1.x progress bar, console). Implementations
 * must be thread safe: the core may call them from worker threads.
 */
public interface Progress {

	/** A short status line (Fiji status bar, console progress label). */
	void status(String message);

	/** Fraction done in [0, 1] of the current operation. */
	void progress(double fraction);

	/** One log line (Fiji Log window, stderr). */
	void log(String message);

	/** @return true once the user asked to stop; the core stops at its next safe point. */
	default boolean isCanceled() {
		return false;
	}

	/** Throws {@link CanceledException} when {@link #isCanceled()}. */
	default void checkCanceled() {
		if (isCanceled()) throw new CanceledException();
	}

	/** Discards everything, never cancels. */
	Progress NONE = new Progress() {
		@Override public void status(String message) {}
		@Override public void progress(double fraction) {}
		@Override public void log(String message) {}
	};
}
