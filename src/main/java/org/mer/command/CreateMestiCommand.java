package org.mer.command;

import org.mer.app.UseCase;
import org.scijava.command.Command;
import org.scijava.plugin.Plugin;

/** Plugins &gt; Micro-expression &gt; Create MESTI: one clip to one MESTI image ({@link org.mer.app.MakeModality}). */
@Plugin(type = Command.class, headless = true, menuPath = "Plugins>Micro-expression>Create MESTI")
public class CreateMestiCommand extends ModalityCommand {
	@Override
	protected UseCase useCase() {
		return UseCase.MESTI;
	}
}
