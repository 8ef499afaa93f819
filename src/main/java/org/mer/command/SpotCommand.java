package org.mer.command;

import ij.ImagePlus;

import org.mer.app.ParamValues;
import org.mer.app.Params;
import org.mer.app.ShowSpotting;
import org.mer.app.SpotRecordings;
import org.mer.app.UseCase;
import org.mer.core.Progress;
import org.mer.ij.ImagePlusFrameSource;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.ui.DialogPrompt;

/**
 * Plugins &gt; Micro-expression &gt; Spot Micro-expressions ({@link SpotRecordings#one}) on the
 * current image or a video / frame folder path: the intervals in the Spotted intervals table,
 * marked on the image, the signal plot with a GUI, and with an output folder intervals.csv (its
 * settings beside it) and the plot PNG, which is what a headless run leaves. A recording that
 * could not be spotted, or only part way, is reported as an error (dialog, or log line headless)
 * after what was found is shown; the command is not canceled, so a macro goes on.
 */
@Plugin(type = Command.class, headless = true, menuPath = "Plugins>Micro-expression>Spot Micro-expressions")
public class SpotCommand extends SpottingCommand {
	@Parameter(required = false, label = "Image", description = "Current image (a stack of frames); used when no clip path is given")
	private ImagePlus image;

	@Parameter(required = false, persist = false)
	private String clip;

	@Parameter(persist = false)
	private double frame_rate;

	@Parameter(required = false, persist = false)
	private String output_folder;

	@Parameter(persist = false)
	private boolean classify_intervals;

	@Parameter(persist = false)
	private String model;

	@Parameter(required = false, persist = false)
	private String model_folder;

	@Parameter(persist = false)
	private String device;

	@Parameter(persist = false)
	private boolean crop_face;

	@Override
	protected UseCase useCase() {
		return UseCase.SPOT;
	}

	@Override
	protected void execute(ParamValues values, Progress progress) {
		ImagePlus spotted = values.path(Params.CLIP) == null ? image : null;
		SpotRecordings.Spotted s = SpotRecordings.one(values, spotted == null ? null : () -> new ImagePlusFrameSource(spotted), progress);
		ShowSpotting.show(s, spotted, hasGui(), progress);
		s.problem().ifPresent(problem -> {
			if (hasGui()) ui().showDialog(problem, useCase().title(), DialogPrompt.MessageType.ERROR_MESSAGE);
			else log().error(useCase().title() + ": " + problem);
		});
	}
}
