package org.mer.plugin;

import org.mer.app.ParamValues;
import org.mer.app.Synthesise;
import org.mer.app.UseCase;
import org.mer.core.Progress;

/** Plugins &gt; Micro-expression &gt; Generate Synthetic Dataset (ImageJ 1.x shell over {@link Synthesise}). */
public class SyntheticDatasetPlugin extends MerPlugin {
	@Override
	protected UseCase useCase() {
		return UseCase.SYNTHESISE;
	}

	@Override
	protected void execute(ParamValues values, Progress progress) {
		Synthesise.run(values, progress).lines().forEach(progress::log);
	}
}
