package org.mer.plugin;

import org.mer.app.ParamValues;
import org.mer.app.SpotEvaluate;
import org.mer.app.UseCase;
import org.mer.core.Progress;

/** Plugins &gt; Micro-expression &gt; Evaluate Spotting (MEGC) (ImageJ 1.x shell over {@link SpotEvaluate}); the scores go to the Log. */
public class SpotEvaluationPlugin extends MerPlugin {
	@Override
	protected UseCase useCase() {
		return UseCase.SPOT_EVALUATE;
	}

	@Override
	protected void execute(ParamValues values, Progress progress) {
		SpotEvaluate.Result r = SpotEvaluate.runOrFail(values, progress);
		r.lines().forEach(progress::log);
		r.failOnProblems();
	}
}
