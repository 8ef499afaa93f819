package org.mer.command;

import ij.ImagePlus;

import org.mer.core.Progress;
import org.mer.ij.AttentionLayer;
import org.mer.ij.AttentionStyle;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Plugins &gt; Micro-expression &gt; Show Gradient Attention: draws the mean or one block's
 * attention of an image made by Classify Micro-expression ({@link AttentionJob}).
 */
@Plugin(type = Command.class, headless = true, menuPath = "Plugins>Micro-expression>Show Gradient Attention")
public class ShowAttentionCommand extends MerCommand {
	@Parameter(label = "Classified image")
	private ImagePlus image;

	@Parameter(persist = false, label = "Attention map", description = "mean, or block 1, block 2, ...")
	private String attention_map = ParameterNames.DEFAULT_ATTENTION_MAP;

	@Parameter(persist = false, label = "Heat LUT", choices = { ParameterNames.CHOICE_HEAT, ParameterNames.CHOICE_INFERNO, ParameterNames.CHOICE_JET })
	private String heat_lut = ParameterNames.DEFAULT_HEAT_LUT;

	@Parameter(persist = false, label = "Opacity", min = "0", max = "1", stepSize = "0.05")
	private double opacity = ParameterNames.DEFAULT_OPACITY;

	@Parameter(persist = false, label = "Quantile (regions: pixels above it)", min = "0", max = "0.999")
	private double quantile = ParameterNames.DEFAULT_QUANTILE;

	@Parameter(required = false, persist = false, label = "Output folder", description = "Empty: write nothing; else attention PNG, TIFF and ROI zip")
	private String output_folder = "";

	@Parameter(type = ItemIO.OUTPUT, label = "Regions")
	private int regions;

	@Override
	protected String title() {
		return "Show Gradient Attention";
	}

	@Override
	protected void execute(Progress progress) {
		AttentionLayer layer = AttentionJob.show(image, attention_map, new AttentionStyle(heat_lut, opacity, quantile), output_folder);
		regions = layer.regions().size();
	}
}
