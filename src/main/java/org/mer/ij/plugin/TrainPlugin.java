package org.mer.ij.plugin;

import org.mer.command.TrainingJob;
import org.mer.core.Progress;

/** Plugins &gt; Micro-expression &gt; Train MEGANet (ImageJ 1.x). */
public class TrainPlugin extends TrainingPlugin {
	@Override
	protected String title() {
		return "Train MEGANet";
	}

	@Override
	protected boolean compares() {
		return false;
	}

	@Override
	protected void run(TrainingJob.Request request, String modalities, String networks, String folder, Progress progress) {
		progress.log("model folder: " + TrainingJob.train(request, folder, progress));
	}
}
