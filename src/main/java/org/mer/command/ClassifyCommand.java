package org.mer.command;

import ij.ImagePlus;

import org.mer.app.ClassifyClip;
import org.mer.app.ParamValues;
import org.mer.app.Params;
import org.mer.app.ShowAttention;
import org.mer.app.UseCase;
import org.mer.core.Progress;
import org.mer.ij.Classified;
import org.mer.ij.PredictionsTable;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Plugins &gt; Micro-expression &gt; Classify Micro-expression ({@link ClassifyClip}): the result
 * image with the attention overlay, a row in the {@value PredictionsTable#TITLE} table and, with
 * an output folder, the files of Classify. The installed models are offered as choices.
 */
@Plugin(type = Command.class, headless = true, menuPath = "Plugins>Micro-expression>Classify Micro-expression")
public class ClassifyCommand extends ClipCommand {
	@Parameter(persist = false)
	private String model;

	@Parameter(required = false, persist = false)
	private String model_folder;

	@Parameter(persist = false)
	private String device;

	@Parameter(persist = false)
	private boolean show_attention;

	@Parameter(persist = false)
	private String overlay_on;

	@Parameter(persist = false)
	private String heat_lut;

	@Parameter(persist = false, stepSize = "0.05")
	private double opacity;

	@Parameter(persist = false)
	private double quantile;

	@Parameter(required = false, persist = false)
	private String output_folder;

	@Parameter(type = ItemIO.OUTPUT)
	private ImagePlus result;

	@Parameter(type = ItemIO.OUTPUT, label = "Predicted class")
	private String prediction;

	@Override
	protected UseCase useCase() {
		return UseCase.CLASSIFY;
	}

	@Override
	protected void execute(ParamValues values, Progress progress) {
		Classified c = ClassifyClip.run(values, currentImage(), progress);
		PredictionsTable.add(c);
		if (values.get(Params.SHOW_ATTENTION) && c.prediction().hasAttention()) ShowAttention.showDefault(c, values);
		result = c.image();
		prediction = c.prediction().predictedName();
	}
}
