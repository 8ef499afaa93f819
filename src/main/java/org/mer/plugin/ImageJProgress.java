package org.mer.plugin;

import ij.IJ;

import org.mer.core.Progress;

/**
 * {@link Progress} for ImageJ 1.x: ImageJ's status bar and progress bar, the Log window (stdout
 * in batch mode), and Esc to cancel. Resets the Esc flag when created. Thread safe as ImageJ's
 * static calls are.
 */
public final class ImageJProgress implements Progress {
	private final String title;

	public ImageJProgress(String title) {
		this.title = title;
		IJ.resetEscape();
	}

	@Override
	public void status(String message) {
		IJ.showStatus(title + ": " + message);
	}

	@Override
	public void progress(double fraction) {
		IJ.showProgress(Math.max(0, Math.min(1, fraction)));
	}

	@Override
	public void log(String message) {
		IJ.log(title + ": " + message);
	}

	@Override
	public boolean isCanceled() {
		return IJ.escapePressed();
	}

	/** Clears the status and progress bars. */
	public void done() {
		IJ.showProgress(1.0);
		IJ.showStatus("");
	}
}
