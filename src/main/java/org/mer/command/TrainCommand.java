package org.mer.command;


import org.mer.app.ParamValues;
import org.mer.app.Training;
import org.mer.app.UseCase;
import org.mer.core.Progress;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/** Plugins &gt; Micro-expression &gt; Train MEGANet: LOSO evaluation then the final model ({@link Training#train}). */
@Plugin(type = Command.class, headless = true, menuPath = "Plugins>Micro-expression>Train MEGANet")
public class TrainCommand extends OneNetworkCommand {
	@Parameter(type = ItemIO.OUTPUT, label = "Model folder")
	private String model_folder;

	@Override
	protected UseCase useCase() {
		return UseCase.TRAIN;
	}

	@Override
	protected void execute(ParamValues values, Progress progress) {
		Training.Outcome outcome = Training.train(values, progress);
		outcome.lines().forEach(progress::log);
		model_folder = outcome.model().toString();
	}
}
