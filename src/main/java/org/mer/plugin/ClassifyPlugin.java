package org.mer.plugin;

import ij.ImagePlus;
import ij.WindowManager;

import org.mer.app.ClassifyClip;
import org.mer.app.ParamValues;
import org.mer.app.Params;
import org.mer.app.ShowAttention;
import org.mer.app.UseCase;
import org.mer.core.Progress;
import org.mer.ij.Classified;
import org.mer.ij.ImagePlusFrameSource;
import org.mer.ij.PredictionsTable;

/** Plugins &gt; Micro-expression &gt; Classify Micro-expression (ImageJ 1.x shell over {@link ClassifyClip}). */
public class ClassifyPlugin extends MerPlugin {
	@Override
	protected UseCase useCase() {
		return UseCase.CLASSIFY;
	}

	@Override
	protected void execute(ParamValues values, Progress progress) {
		ImagePlus current = values.path(Params.CLIP) == null ? WindowManager.getCurrentImage() : null;
		Classified c = ClassifyClip.run(values, current == null ? null : () -> new ImagePlusFrameSource(current), progress);
		PredictionsTable.add(c);
		c.image().show();
		if (values.get(Params.SHOW_ATTENTION) && c.prediction().hasAttention()) ShowAttention.showDefault(c, values);
	}
}
