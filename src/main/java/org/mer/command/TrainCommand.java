package org.mer.command;

import org.mer.core.Progress;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/** Plugins &gt; Micro-expression &gt; Train MEGANet: LOSO evaluation then the final model ({@link TrainingJob#train}). */
@Plugin(type = Command.class, headless = true, menuPath = "Plugins>Micro-expression>Train MEGANet")
public class TrainCommand extends OneNetworkCommand {
	@Parameter(type = ItemIO.OUTPUT, label = "Model folder")
	private String model_folder;

	@Override
	protected String title() {
		return "Train MEGANet";
	}

	@Override
	protected void execute(Progress progress) {
		model_folder = TrainingJob.train(request(), resultFolder(), progress).toString();
	}
}
