package org.mer.command;

import java.util.function.Consumer;

import org.mer.core.CanceledException;
import org.mer.core.InputException;
import org.mer.core.Progress;
import org.scijava.Cancelable;
import org.scijava.app.StatusService;
import org.scijava.command.ContextCommand;
import org.scijava.log.LogService;
import org.scijava.plugin.Parameter;
import org.scijava.ui.DialogPrompt;
import org.scijava.ui.UIService;

/**
 * Base of the plugin's SciJava commands: runs {@link #execute(Progress)} with a status-bar
 * {@link Progress}, and turns user errors ({@link InputException}) and cancellation into one
 * error dialog (GUI) or one log line (headless) and a canceled module, never a stack trace.
 */
public abstract class MerCommand extends ContextCommand {
	@Parameter
	private StatusService status;

	@Parameter
	private LogService log;

	@Parameter(required = false)
	private UIService ui;

	/** Menu title, used in status lines and messages. */
	protected abstract String title();

	/** The command's work; throws {@link InputException} for user errors. */
	protected abstract void execute(Progress progress);

	@Override
	public final void run() {
		run(this, status, log, ui, title(), this::execute);
	}

	protected LogService log() {
		return log;
	}

	protected UIService ui() {
		return ui;
	}

	/** True when a window may be shown (a visible UI, not headless). */
	protected boolean hasGui() {
		return hasGui(ui);
	}

	static boolean hasGui(UIService ui) {
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
			if (hasGui(ui)) ui.showDialog(e.getMessage(), title, DialogPrompt.MessageType.ERROR_MESSAGE);
			else log.error(title + ": " + e.getMessage());
			module.cancel(e.getMessage());
		}
		finally {
			progress.done();
		}
	}
}
