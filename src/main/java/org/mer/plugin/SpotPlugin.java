package org.mer.plugin;

import java.awt.GraphicsEnvironment;

import ij.IJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.macro.Interpreter;

import org.mer.app.ParamValues;
import org.mer.app.Params;
import org.mer.app.ShowSpotting;
import org.mer.app.SpotRecordings;
import org.mer.app.UseCase;
import org.mer.core.Progress;
import org.mer.ij.ImagePlusFrameSource;

/**
 * Plugins &gt; Micro-expression &gt; Spot Micro-expressions (ImageJ 1.x shell over
 * {@link SpotRecordings#one}): the table, the marks on the current image, the plot window (not in
 * batch mode), the output folder's files; a recording not (fully) spotted is one error line (a
 * dialog when no macro runs), without stopping a macro.
 */
public class SpotPlugin extends MerPlugin {
	@Override
	protected UseCase useCase() {
		return UseCase.SPOT;
	}

	@Override
	protected void execute(ParamValues values, Progress progress) {
		ImagePlus current = values.path(Params.CLIP) == null ? WindowManager.getCurrentImage() : null;
		SpotRecordings.Spotted s = SpotRecordings.one(values, current == null ? null : () -> new ImagePlusFrameSource(current), progress);
		boolean gui = !GraphicsEnvironment.isHeadless() && !Interpreter.isBatchMode();
		ShowSpotting.show(s, current, gui, progress);
		s.problem().ifPresent(problem -> {
			if (gui && Interpreter.getInstance() == null) IJ.error(useCase().title(), problem);
			else IJ.log(useCase().title() + ": " + problem);
		});
	}
}
