package org.mer.command;

import org.mer.app.ParamValues;
import org.mer.app.Synthesise;
import org.mer.app.UseCase;
import org.mer.core.Progress;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/** Plugins &gt; Micro-expression &gt; Generate Synthetic Dataset ({@link Synthesise}). */
@Plugin(type = Command.class, headless = true, menuPath = "Plugins>Micro-expression>Generate Synthetic Dataset")
public class SyntheticDatasetCommand extends MerCommand {
	@Parameter(persist = false)
	private String result_folder;

	@Parameter(persist = false)
	private int subjects;

	@Parameter(persist = false)
	private int clips_per_class;

	@Parameter(persist = false)
	private int seed;

	@Parameter(persist = false)
	private String layout;

	@Parameter(persist = false)
	private int image_size;

	@Parameter(persist = false)
	private String class_names;

	@Parameter(persist = false)
	private String clip_length;

	@Parameter(persist = false)
	private String apex_shift;

	@Parameter(persist = false)
	private boolean png_frames;

	@Parameter(persist = false)
	private boolean long_recordings;

	@Parameter(persist = false)
	private int recording_fps;

	@Parameter(persist = false)
	private String minutes;

	@Parameter(persist = false)
	private int videos_per_subject;

	@Parameter(persist = false)
	private String preset;

	@Parameter(type = ItemIO.OUTPUT, label = "Dataset sheet")
	private String dataset_sheet;

	@Override
	protected UseCase useCase() {
		return UseCase.SYNTHESISE;
	}

	@Override
	protected void execute(ParamValues values, Progress progress) {
		Synthesise.Result r = Synthesise.run(values, progress);
		r.lines().forEach(progress::log);
		dataset_sheet = String.valueOf(r.sheet());
	}
}
