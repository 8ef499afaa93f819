package org.mer.command;

import org.mer.app.UseCase;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Plugins &gt; Micro-expression &gt; Create Input Modality: one clip to MESTI, Dynamic Image,
 * apex, difference or flow ({@link org.mer.app.MakeModality}).
 */
@Plugin(type = Command.class, headless = true, menuPath = "Plugins>Micro-expression>Create Input Modality")
public class CreateModalityCommand extends ModalityCommand {
	@Parameter(persist = false)
	private String modality;

	@Override
	protected UseCase useCase() {
		return UseCase.MODALITY;
	}
}
