package org.mer.plugin;

import ij.ImagePlus;
import ij.WindowManager;

import org.mer.app.ParamValues;
import org.mer.app.ShowAttention;
import org.mer.app.UseCase;
import org.mer.core.Progress;
import org.mer.ij.Classified;

/** Plugins &gt; Micro-expression &gt; Show Gradient Attention (ImageJ 1.x shell over {@link ShowAttention}) on the current image. */
public class ShowAttentionPlugin extends MerPlugin {
	private ImagePlus image;

	@Override
	protected UseCase useCase() {
		return UseCase.SHOW_ATTENTION;
	}

	@Override
	protected void checkBeforeDialog() {
		image = WindowManager.getCurrentImage();
		Classified.of(image);
	}

	@Override
	protected void execute(ParamValues values, Progress progress) {
		ShowAttention.run(image, values);
	}
}
