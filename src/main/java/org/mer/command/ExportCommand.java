package org.mer.command;

import org.mer.app.Export;
import org.mer.app.ParamValues;
import org.mer.app.UseCase;
import org.mer.core.Progress;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/** Plugins &gt; Micro-expression &gt; Export Modality Images ({@link Export}). */
@Plugin(type = Command.class, headless = true, menuPath = "Plugins>Micro-expression>Export Modality Images")
public class ExportCommand extends DatasetCommand {
	@Parameter(persist = false)
	private String modalities;

	@Parameter(persist = false)
	private int input_size;

	@Parameter(persist = false)
	private String export_format;

	@Parameter(persist = false)
	private String result_folder;

	@Parameter(persist = false)
	private String apex_method;

	@Parameter(type = ItemIO.OUTPUT, label = "Export folder")
	private String export_folder;

	@Override
	protected UseCase useCase() {
		return UseCase.EXPORT;
	}

	@Override
	protected void execute(ParamValues values, Progress progress) {
		Export.Result r = Export.run(values, progress);
		r.lines().forEach(progress::log);
		export_folder = String.valueOf(r.folder());
	}
}
