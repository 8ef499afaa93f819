package org.mer.ij;

import java.util.List;

import ij.ImagePlus;
import ij.gui.Roi;
import ij.plugin.frame.RoiManager;

/** GUI only: adds attention ROIs to the ROI Manager (opening it if needed), keeping its existing ROIs. */
final class AttentionRoiManager {
	private AttentionRoiManager() {}

	static void add(ImagePlus image, List<Roi> rois) {
		RoiManager manager = RoiManager.getRoiManager();
		for (Roi roi : rois) {
			Roi copy = (Roi) roi.clone();
			copy.setImage(null);
			manager.add(image, copy, -1);
		}
	}
}
