package org.mer.plugin;

import java.awt.GraphicsEnvironment;

import ij.IJ;
import ij.gui.GenericDialog;
import ij.macro.Interpreter;
import ij.plugin.PlugIn;

import org.mer.app.ParamValues;
import org.mer.app.UseCase;
import org.mer.core.CanceledException;
import org.mer.core.InputException;
import org.mer.core.Progress;

/**
 * Base of the ImageJ 1.x plug-ins (registered in {@code plugins.config}): asks the parameters of
 * its {@link UseCase} in a {@link GenericDialog} built from the catalogue ({@link DialogFields}; the
 * macro recorder records {@code run("Title", "onset_frame=... ")} and macros replay it without a
 * dialog), then calls the same application use case as the SciJava command. A user error becomes
 * one {@link IJ#error} dialog, or in batch mode one Log line, and stops a running macro; never a
 * stack trace.
 */
public abstract class MerPlugin implements PlugIn {
	private String arg = "";

	/** The operation (menu title and parameters); may depend on {@link #arg()}. */
	protected abstract UseCase useCase();

	/** The argument {@code plugins.config} gives the menu entry ("" when none). */
	protected String arg() {
		return arg;
	}

	/** The use case of the menu entry whose {@code plugins.config} argument is {@code arg}. */
	final UseCase useCase(String menuArg) {
		arg = menuArg == null ? "" : menuArg;
		return useCase();
	}

	/** Does the work on the dialog's values; throws {@link InputException} for user errors. */
	protected abstract void execute(ParamValues values, Progress progress);

	/** Checks before the dialog opens (e.g. an image that must be there); throws {@link InputException}. */
	protected void checkBeforeDialog() {}

	@Override
	public final void run(String arg) {
		this.arg = arg == null ? "" : arg;
		String title = useCase().title();
		ImageJProgress progress = new ImageJProgress(title);
		try {
			checkBeforeDialog();
			GenericDialog gd = new GenericDialog(title);
			DialogFields.add(DialogFields.of(gd), useCase());
			gd.showDialog();
			if (gd.wasCanceled()) return;
			execute(DialogFields.read(gd, useCase()), progress);
		}
		catch (InputException | CanceledException e) {
			report(title, e.getMessage());
		}
		finally {
			progress.done();
		}
	}

	/** One error dialog, or one Log line in batch mode; aborts a running macro. */
	static void report(String title, String message) {
		if (GraphicsEnvironment.isHeadless() || Interpreter.isBatchMode()) IJ.log(title + ": " + message);
		else IJ.error(title, message);
		if (Interpreter.getInstance() != null) Interpreter.abort();
	}
}
