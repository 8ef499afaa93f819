package org.mer.command;

import org.mer.core.Progress;
import org.scijava.app.StatusService;
import org.scijava.log.LogService;

import ij.IJ;

/**
 * {@link Progress} for SciJava commands: status bar through the {@link StatusService}, log
 * lines through the {@link LogService}; canceled when the user presses Esc in ImageJ (which
 * Fiji forwards to {@link IJ#escapePressed()}) or the command's thread is interrupted. Thread
 * safe as the services are.
 */
public final class StatusProgress implements Progress {
	private static final int STEPS = 1000;
	private final StatusService status;
	private final LogService log;
	private final String title;

	public StatusProgress(StatusService status, LogService log, String title) {
		this.status = status;
		this.log = log;
		this.title = title;
		IJ.resetEscape();
	}

	@Override
	public void status(String message) {
		if (status != null) status.showStatus(title + ": " + message);
	}

	@Override
	public void progress(double fraction) {
		if (status != null) status.showProgress((int) Math.round(STEPS * Math.max(0, Math.min(1, fraction))), STEPS);
	}

	@Override
	public void log(String message) {
		if (log != null) log.info(title + ": " + message);
	}

	@Override
	public boolean isCanceled() {
		return IJ.escapePressed() || Thread.currentThread().isInterrupted();
	}

	/** Clears the status bar. */
	public void done() {
		if (status != null) status.clearStatus();
	}
}
