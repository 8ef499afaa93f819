package org.mer.ij;

import java.awt.GraphicsEnvironment;

import ij.ImagePlus;
import ij.gui.Overlay;
import ij.macro.Interpreter;
import ij.measure.ResultsTable;

/**
 * Puts an {@link AttentionLayer} on an image as a user sees it: heat map and region outlines
 * appended to the image's overlay (existing overlay elements are kept), one row per region in
 * the {@value AttentionRois#TABLE_TITLE} results table, and, only with a GUI and outside batch
 * mode, the region ROIs added to the ROI Manager without clearing what it holds. Call on any
 * thread; ImageJ repaints itself.
 */
public final class AttentionDisplay {
	private AttentionDisplay() {}

	/** @return the results table the rows were added to (shown in a window when there is a GUI) */
	public static ResultsTable show(ImagePlus image, AttentionLayer layer) {
		Overlay overlay = image.getOverlay();
		if (overlay == null) overlay = new Overlay();
		layer.addTo(overlay);
		image.setOverlay(overlay);
		ResultsTable table = regionsTable();
		AttentionRois.addRows(table, image.getTitle(), layer.regions());
		if (hasGui()) {
			table.show(AttentionRois.TABLE_TITLE);
			AttentionRoiManager.add(image, layer.rois());
		}
		return table;
	}

	/** The open {@value AttentionRois#TABLE_TITLE} table, or a new one (headless: one per JVM). */
	public static synchronized ResultsTable regionsTable() {
		ResultsTable table = hasGui() ? ResultsTable.getResultsTable(AttentionRois.TABLE_TITLE) : headlessTable;
		if (table == null) {
			table = new ResultsTable();
			if (!hasGui()) headlessTable = table;
		}
		return table;
	}

	private static ResultsTable headlessTable;

	/** True when windows can be shown: not headless and no batch-mode macro is running. */
	public static boolean hasGui() {
		return !GraphicsEnvironment.isHeadless() && !Interpreter.isBatchMode();
	}
}
