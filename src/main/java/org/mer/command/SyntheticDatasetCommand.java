package org.mer.command;

import org.mer.core.Progress;
import org.mer.data.synth.GeneratedDataset;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/** Plugins &gt; Micro-expression &gt; Generate Synthetic Dataset ({@link SyntheticJob}). */
@Plugin(type = Command.class, headless = true, menuPath = "Plugins>Micro-expression>Generate Synthetic Dataset")
public class SyntheticDatasetCommand extends MerCommand {
	@Parameter(persist = false, label = "Result folder", description = "Where frames, coding sheet and apex masks are written")
	private String result_folder = "";

	@Parameter(persist = false, label = "Subjects", min = "1")
	private int subjects = ParameterNames.DEFAULT_SUBJECTS;

	@Parameter(persist = false, label = "Clips per class", min = "1")
	private int clips_per_class = ParameterNames.DEFAULT_CLIPS_PER_CLASS;

	@Parameter(persist = false, label = "Seed")
	private int seed = ParameterNames.DEFAULT_SEED;

	@Parameter(persist = false, label = "Layout", choices = { ParameterNames.CHOICE_CASME2, ParameterNames.CHOICE_SAMM })
	private String layout = ParameterNames.CHOICE_CASME2;

	@Parameter(persist = false, label = "Image size (px)", min = "32")
	private int image_size = ParameterNames.DEFAULT_IMAGE_SIZE;

	@Parameter(type = ItemIO.OUTPUT, label = "Dataset sheet")
	private String dataset_sheet;

	@Override
	protected String title() {
		return "Generate Synthetic Dataset";
	}

	@Override
	protected void execute(Progress progress) {
		GeneratedDataset dataset = SyntheticJob.run(result_folder, subjects, clips_per_class, seed, layout, image_size, progress);
		dataset_sheet = dataset.sheet().toString();
	}
}
