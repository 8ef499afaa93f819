package org.mer.ij.plugin;

import org.mer.command.TrainingJob;
import org.mer.core.Progress;

/** Plugins &gt; Micro-expression &gt; Compare Input Modalities (ImageJ 1.x). */
public class ComparePlugin extends TrainingPlugin {
	@Override
	protected String title() {
		return "Compare Input Modalities";
	}

	@Override
	protected boolean compares() {
		return true;
	}

	@Override
	protected void run(TrainingJob.Request request, String modalities, String networks, String folder, Progress progress) {
		TrainingJob.compare(request, modalities, networks, folder, progress);
	}
}
