package org.mer.command;

import org.mer.app.ParamValues;
import org.mer.app.SpotEvaluate;
import org.mer.app.UseCase;
import org.mer.core.InputException;
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
public class SpotEvaluationCommand extends MerCommand {
	@Parameter(persist = false)
	private String recording_kind;

	@Parameter(persist = false)
	private String frames_root;

	@Parameter(required = false, persist = false)
	private String dataset_sheet;

	@Parameter(persist = false)
	private String face_mode;

	@Parameter(required = false, persist = false)
	private String face_box;

	@Parameter(persist = false)
	private String spot_signal;

	@Parameter(persist = false)
	private double window_s;

	@Parameter(persist = false)
	private double me_length_s;

	@Parameter(persist = false)
	private String threshold_rule;

	@Parameter(persist = false)
	private double threshold_value;

	@Parameter(persist = false)
	private double threshold_floor_px;

	@Parameter(persist = false)
	private String flow_method;

	@Parameter(persist = false)
	private String head_motion;

	@Parameter(persist = false)
	private int analysis_size;

	@Parameter(persist = false)
	private double smoothing_s;

	@Parameter(persist = false)
	private double support_fraction;

	@Parameter(persist = false)
	private double min_gap_s;

	@Parameter(persist = false)
	private double min_length_s;

	@Parameter(persist = false)
	private double max_length_s;

	@Parameter(persist = false)
	private double micro_max_s;

	@Parameter(persist = false)
	private String result_folder;

	@Parameter(persist = false)
	private String align;

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
		if (!r.problems().isEmpty()) throw new InputException(String.join("; ", r.problems()));
	}
}
