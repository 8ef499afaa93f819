package org.mer.command;

import org.mer.app.AboutText;
import org.mer.app.ParamValues;
import org.mer.app.UseCase;
import org.mer.core.Progress;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.ui.DialogPrompt;

/** Plugins &gt; Micro-expression &gt; About: version, engine and device, models folder, citation ({@link AboutText}). */
@Plugin(type = Command.class, headless = true, menuPath = "Plugins>Micro-expression>About MESTI-MEGANet")
public class AboutCommand extends MerCommand {
	@Parameter(type = ItemIO.OUTPUT)
	private String about;

	@Override
	protected UseCase useCase() {
		return UseCase.ABOUT;
	}

	@Override
	protected void execute(ParamValues values, Progress progress) {
		about = AboutText.text();
		if (hasGui()) ui().showDialog(about, useCase().title(), DialogPrompt.MessageType.INFORMATION_MESSAGE);
		else log().info(about);
	}
}
