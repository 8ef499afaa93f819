package org.mer.plugin;

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
 * batch mode), the output folder's files; a recording not (fully) spotted ends in one error.
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
		ShowSpotting.show(s, current, !java.awt.GraphicsEnvironment.isHeadless() && !Interpreter.isBatchMode(), progress);
		s.requireComplete();
	}
}
