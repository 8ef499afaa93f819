package org.mer.command;

import org.mer.app.ParamValues;
import org.mer.app.SettingStudy;
import org.mer.app.Training;
import org.mer.app.UseCase;
import org.mer.core.Progress;
import org.mer.train.VariantComparison;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/** Plugins &gt; Micro-expression &gt; Compare Settings (Variant Study) ({@link SettingStudy}). */
@Plugin(type = Command.class, headless = true, menuPath = "Plugins>Micro-expression>Compare Settings (Variant Study)")
public class SettingStudyCommand extends TrainingCommand {
	@Parameter(persist = false)
	private String study;

	@Parameter(required = false, persist = false)
	private String variants;

	@Parameter(persist = false)
	private String modalities;

	@Parameter(persist = false)
	private String networks;

	@Parameter(persist = false)
	private String seeds;

	@Parameter(type = ItemIO.OUTPUT, label = "Variants table")
	private String variants_table;

	@Override
	protected UseCase useCase() {
		return UseCase.STUDY;
	}

	@Override
	protected void execute(ParamValues values, Progress progress) {
		Training.Outcome outcome = SettingStudy.run(values, progress);
		outcome.lines().forEach(progress::log);
		variants_table = outcome.report().resolve(VariantComparison.MARKDOWN).toString();
	}
}
