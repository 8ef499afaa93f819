package org.mer.plugin;

import org.mer.app.Export;
import org.mer.app.ParamValues;
import org.mer.app.UseCase;
import org.mer.core.Progress;

/** Plugins &gt; Micro-expression &gt; Export Modality Images (ImageJ 1.x shell over {@link Export}); the summary goes to the Log. */
public class ExportPlugin extends MerPlugin {
	@Override
	protected UseCase useCase() {
		return UseCase.EXPORT;
	}

	@Override
	protected void execute(ParamValues values, Progress progress) {
		Export.run(values, progress).lines().forEach(progress::log);
	}
}
