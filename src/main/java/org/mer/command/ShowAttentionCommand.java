package org.mer.command;

import ij.ImagePlus;

import org.mer.app.ParamValues;
import org.mer.app.ShowAttention;
import org.mer.app.UseCase;
import org.mer.core.Progress;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Plugins &gt; Micro-expression &gt; Show Gradient Attention: draws the mean or one block's
 * attention of an image made by Classify Micro-expression ({@link ShowAttention}).
 */
@Plugin(type = Command.class, headless = true, menuPath = "Plugins>Micro-expression>Show Gradient Attention")
public class ShowAttentionCommand extends MerCommand {
	@Parameter(label = "Classified image")
	private ImagePlus image;

	@Parameter(persist = false)
	private String attention_map;

	@Parameter(persist = false)
	private String heat_lut;

	@Parameter(persist = false, stepSize = "0.05")
	private double opacity;

	@Parameter(persist = false)
	private double quantile;

	@Parameter(required = false, persist = false)
	private String output_folder;

	@Parameter(type = ItemIO.OUTPUT, label = "Regions")
	private int regions;

	@Override
	protected UseCase useCase() {
		return UseCase.SHOW_ATTENTION;
	}

	@Override
	protected void execute(ParamValues values, Progress progress) {
		regions = ShowAttention.run(image, values).regions().size();
	}
}
