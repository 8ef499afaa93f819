package org.mer.ij.plugin;

import org.mer.command.TrainingJob;
import org.mer.core.Progress;

/** Plugins &gt; Micro-expression &gt; Evaluate (Leave-One-Subject-Out) (ImageJ 1.x). */
public class EvaluatePlugin extends TrainingPlugin {
	@Override
	protected String title() {
		return "Evaluate (Leave-One-Subject-Out)";
	}

	@Override
	protected boolean compares() {
		return false;
	}

	@Override
	protected void run(TrainingJob.Request request, String modalities, String networks, String folder, Progress progress) {
		TrainingJob.evaluate(request, folder, progress);
	}
}
