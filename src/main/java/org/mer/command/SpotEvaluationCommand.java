package org.mer.command;

import org.mer.app.ParamValues;
import org.mer.app.SpotEvaluate;
import org.mer.app.UseCase;
import org.mer.core.Progress;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Plugins &gt; Micro-expression &gt; Evaluate Spotting (MEGC) ({@link SpotEvaluate}): the report
 * folder and the pooled F1 in the log; recordings that could not be spotted (or only part way)
 * and sheet intervals outside their videos end in an error after the report is written.
 */
@Plugin(type = Command.class, headless = true, menuPath = "Plugins>Micro-expression>Evaluate Spotting (MEGC)")
public class SpotEvaluationCommand extends SpottingCommand {
	@Parameter(persist = false)
	private String recording_kind;

	@Parameter(persist = false)
	private String frames_root;

	@Parameter(required = false, persist = false)
	private String dataset_sheet;

	@Parameter(persist = false)
	private String result_folder;

	@Parameter(type = ItemIO.OUTPUT, label = "Overall F1")
	private double f1;

	@Override
	protected UseCase useCase() {
		return UseCase.SPOT_EVALUATE;
	}

	@Override
	protected void execute(ParamValues values, Progress progress) {
		SpotEvaluate.Result r = SpotEvaluate.runOrFail(values, progress);
		r.lines().forEach(progress::log);
		f1 = r.report().overall().f1();
		r.failOnProblems();
	}
}
