package org.mer.plugin;

import org.mer.app.ParamValues;
import org.mer.app.SettingStudy;
import org.mer.app.Training;
import org.mer.app.UseCase;
import org.mer.core.Progress;

/**
 * Plugins &gt; Micro-expression &gt; Train MEGANet (argument {@code train}), Evaluate
 * (Leave-One-Subject-Out) ({@code evaluate}), Compare Input Modalities ({@code compare}) and
 * Compare Settings (Variant Study) ({@code study}) as an ImageJ 1.x shell over {@link Training}
 * and {@link SettingStudy}; the summary goes to the Log.
 */
public class TrainingPlugin extends MerPlugin {
	@Override
	protected UseCase useCase() {
		switch (arg()) {
			case "evaluate":
				return UseCase.EVALUATE;
			case "compare":
				return UseCase.COMPARE;
			case "study":
				return UseCase.STUDY;
			default:
				return UseCase.TRAIN;
		}
	}

	@Override
	protected void execute(ParamValues values, Progress progress) {
		Training.Outcome outcome;
		switch (useCase()) {
			case EVALUATE:
				outcome = Training.evaluate(values, progress);
				break;
			case COMPARE:
				outcome = Training.compare(values, progress);
				break;
			case STUDY:
				outcome = SettingStudy.run(values, progress);
				break;
			default:
				outcome = Training.train(values, progress);
		}
		outcome.lines().forEach(progress::log);
	}
}
