package org.mer.plugin;

import ij.ImagePlus;
import ij.WindowManager;

import org.mer.app.MakeModality;
import org.mer.app.ParamValues;
import org.mer.app.Params;
import org.mer.app.UseCase;
import org.mer.core.Progress;
import org.mer.ij.ImagePlusFrameSource;

/**
 * Plugins &gt; Micro-expression &gt; Create MESTI (argument {@code mesti}) and Create Input
 * Modality (argument {@code modality}) as an ImageJ 1.x shell over {@link MakeModality}. The result
 * is shown (in batch mode it becomes the current image).
 */
public class ModalityPlugin extends MerPlugin {
	@Override
	protected UseCase useCase() {
		return "modality".equals(arg()) ? UseCase.MODALITY : UseCase.MESTI;
	}

	@Override
	protected void execute(ParamValues values, Progress progress) {
		ImagePlus current = values.path(Params.CLIP) == null ? WindowManager.getCurrentImage() : null;
		MakeModality.Result r = MakeModality.run(values, current == null ? null : () -> new ImagePlusFrameSource(current), progress);
		r.lines().forEach(progress::log);
		r.imagePlus().show();
	}
}
