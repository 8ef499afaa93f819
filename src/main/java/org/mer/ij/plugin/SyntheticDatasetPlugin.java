package org.mer.ij.plugin;

import ij.gui.GenericDialog;

import org.mer.command.ParameterNames;
import org.mer.command.SyntheticJob;
import org.mer.core.Progress;

/** Plugins &gt; Micro-expression &gt; Generate Synthetic Dataset (ImageJ 1.x shell over {@link SyntheticJob}). */
public class SyntheticDatasetPlugin extends MerPlugin {
	@Override
	protected String title() {
		return "Generate Synthetic Dataset";
	}

	@Override
	protected void addFields(GenericDialog gd) {
		gd.addDirectoryField(label(ParameterNames.RESULT_FOLDER), "", 40);
		gd.addNumericField(label(ParameterNames.SUBJECTS), ParameterNames.DEFAULT_SUBJECTS, 0);
		gd.addNumericField(label(ParameterNames.CLIPS_PER_CLASS), ParameterNames.DEFAULT_CLIPS_PER_CLASS, 0);
		gd.addNumericField(label(ParameterNames.SEED), ParameterNames.DEFAULT_SEED, 0);
		gd.addChoice(label(ParameterNames.LAYOUT), new String[] { ParameterNames.CHOICE_CASME2, ParameterNames.CHOICE_SAMM }, ParameterNames.CHOICE_CASME2);
		gd.addNumericField(label(ParameterNames.IMAGE_SIZE), ParameterNames.DEFAULT_IMAGE_SIZE, 0);
	}

	@Override
	protected void execute(GenericDialog gd, Progress progress) {
		String folder = gd.getNextString();
		int subjects = nonNegativeInt(gd, ParameterNames.SUBJECTS);
		int clips = nonNegativeInt(gd, ParameterNames.CLIPS_PER_CLASS);
		int seed = nonNegativeInt(gd, ParameterNames.SEED);
		String layout = gd.getNextChoice();
		int size = nonNegativeInt(gd, ParameterNames.IMAGE_SIZE);
		SyntheticJob.run(folder, subjects, clips, seed, layout, size, progress);
	}
}
