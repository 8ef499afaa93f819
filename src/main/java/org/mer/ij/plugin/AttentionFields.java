package org.mer.ij.plugin;

import ij.gui.GenericDialog;

import org.mer.command.ParameterNames;
import org.mer.ij.AttentionStyle;

/** The heat LUT, opacity and quantile fields shared by the Classify and Show Gradient Attention dialogs. */
final class AttentionFields {
	private AttentionFields() {}

	static void add(GenericDialog gd) {
		gd.addChoice(ParameterNames.label(ParameterNames.HEAT_LUT), ParameterNames.heatLuts(), ParameterNames.DEFAULT_HEAT_LUT);
		gd.addSlider(ParameterNames.label(ParameterNames.OPACITY), 0, 1, ParameterNames.DEFAULT_OPACITY, 0.05);
		gd.addNumericField(ParameterNames.label(ParameterNames.QUANTILE), ParameterNames.DEFAULT_QUANTILE, 3);
	}

	static AttentionStyle read(GenericDialog gd) {
		String lut = gd.getNextChoice();
		double opacity = gd.getNextNumber();
		double quantile = gd.getNextNumber();
		return new AttentionStyle(lut, opacity, quantile);
	}
}
