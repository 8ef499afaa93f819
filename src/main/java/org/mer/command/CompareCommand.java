package org.mer.command;

import org.mer.app.ParamValues;
import org.mer.app.Training;
import org.mer.app.UseCase;
import org.mer.core.Progress;
import org.mer.train.ComparisonTable;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/** Plugins &gt; Micro-expression &gt; Compare Input Modalities ({@link Training#compare}). */
@Plugin(type = Command.class, headless = true, menuPath = "Plugins>Micro-expression>Compare Input Modalities")
public class CompareCommand extends TrainingCommand {
	@Parameter(persist = false)
	private String modalities;

	@Parameter(persist = false)
	private String networks;

	@Parameter(persist = false)
	private String seeds;

	@Parameter(type = ItemIO.OUTPUT, label = "Comparison table")
	private String comparison;

	@Override
	protected UseCase useCase() {
		return UseCase.COMPARE;
	}

	@Override
	protected void execute(ParamValues values, Progress progress) {
		Training.Outcome outcome = Training.compare(values, progress);
		outcome.lines().forEach(progress::log);
		comparison = outcome.report().resolve(ComparisonTable.MARKDOWN).toString();
	}
}
