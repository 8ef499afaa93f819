package org.mer.command;

import java.util.function.Consumer;

import org.mer.app.ParamValues;
import org.mer.app.UseCase;
import org.mer.core.CanceledException;
import org.mer.core.InputException;
import org.mer.core.Progress;
import org.scijava.Cancelable;
import org.scijava.app.StatusService;
import org.scijava.command.DynamicCommand;
import org.scijava.log.LogService;
import org.scijava.module.MethodCallException;
import org.scijava.plugin.Parameter;
import org.scijava.ui.DialogPrompt;
import org.scijava.ui.UIService;

/**
 * Base of the plugin's SciJava commands: a thin translation of {@code @Parameter} fields, named
 * by the parameter catalogue's keys ({@link CatalogueFields}), into one application use case.
 * Runs {@link #execute} with a status-bar {@link Progress}, and turns user errors
 * ({@link InputException}) and cancellation into one error dialog (GUI) or one log line
 * (headless) and a canceled module, never a stack trace. A {@link DynamicCommand}, so that labels,
 * help and choices (the installed models among them) come from the catalogue; run one with
 * {@code moduleService.run(commandService.getCommand(C.class), true, inputs)} to get its outputs.
 */
public abstract class MerCommand extends DynamicCommand {
	@Parameter
	private StatusService status;

	@Parameter
	private LogService log;

	@Parameter(required = false)
	private UIService ui;

	protected MerCommand() {
		CatalogueFields.setDefaults(this, useCase());
	}

	/** The operation this command runs (its menu title and its parameters). */
	protected abstract UseCase useCase();

	/** The command's work on its values; throws {@link InputException} for user errors. */
	protected abstract void execute(ParamValues values, Progress progress);

	@Override
	public void initialize() throws MethodCallException {
		super.initialize();
		CatalogueFields.describe(getInfo(), useCase());
	}

	@Override
	public final void run() {
		run(this, status, log, ui, useCase().title(), progress -> execute(CatalogueFields.read(this, useCase()), progress));
	}

	protected LogService log() {
		return log;
	}

	protected UIService ui() {
		return ui;
	}

	/** True when a window may be shown (a visible UI, not headless). */
	protected boolean hasGui() {
		return ui != null && !ui.isHeadless() && ui.isVisible();
	}

	/**
	 * Runs {@code body} with a {@link StatusProgress}; a user error or cancellation is reported
	 * once (dialog with a GUI, else an error log line) and cancels {@code module} with the message.
	 */
	static void run(Cancelable module, StatusService status, LogService log, UIService ui, String title, Consumer<Progress> body) {
		StatusProgress progress = new StatusProgress(status, log, title);
		try {
			body.accept(progress);
		}
		catch (InputException | CanceledException e) {
			if (ui != null && !ui.isHeadless() && ui.isVisible()) ui.showDialog(e.getMessage(), title, DialogPrompt.MessageType.ERROR_MESSAGE);
			else log.error(title + ": " + e.getMessage());
			module.cancel(e.getMessage());
		}
		finally {
			progress.done();
		}
	}
}
