package org.mer.command;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.event.KeyEvent;

import ij.IJ;

import org.junit.jupiter.api.Test;
import org.mer.core.CanceledException;
import org.mer.plugin.ImageJProgress;

/** Esc in ImageJ cancels the core through both front-end progress adapters. */
class ProgressAdaptersTest {

	@Test
	void escapeCancels() {
		StatusProgress status = new StatusProgress(null, null, "t");
		ImageJProgress imagej = new ImageJProgress("t");
		assertFalse(status.isCanceled());
		assertFalse(imagej.isCanceled());
		IJ.setKeyDown(KeyEvent.VK_ESCAPE);
		try {
			assertTrue(status.isCanceled());
			assertTrue(imagej.isCanceled());
			assertThrows(CanceledException.class, status::checkCanceled);
		}
		finally {
			IJ.resetEscape();
		}
	}
}
