package org.mer.ij.plugin;

import java.awt.GraphicsEnvironment;

import ij.IJ;
import ij.gui.GenericDialog;
import ij.macro.Interpreter;
import ij.plugin.PlugIn;

import org.mer.command.ParameterNames;
import org.mer.core.CanceledException;
import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.ij.ImageJProgress;

/**
 * Base of the ImageJ 1.x plug-ins (registered in {@code plugins.config}): asks its parameters
 * in a {@link GenericDialog} whose labels are the {@link ParameterNames} (so the macro recorder
 * records {@code run("Title", "onset_frame=... ")} and macros replay it without a dialog),
 * then calls the same job as the SciJava command. A user error becomes one {@link IJ#error}
 * dialog, or in batch mode one Log line, and stops a running macro; never a stack trace.
 */
public abstract class MerPlugin implements PlugIn {

	/** Menu title, used as dialog title and in messages. */
	protected abstract String title();

	/** Adds the fields to the dialog, in the order {@link #execute} reads them. */
	protected abstract void addFields(GenericDialog gd);

	/** Reads the fields and does the work; throws {@link InputException} for user errors. */
	protected abstract void execute(GenericDialog gd, Progress progress);

	@Override
	public final void run(String arg) {
		GenericDialog gd = new GenericDialog(title());
		addFields(gd);
		gd.showDialog();
		if (gd.wasCanceled()) return;
		ImageJProgress progress = new ImageJProgress(title());
		try {
			execute(gd, progress);
		}
		catch (InputException | CanceledException e) {
			report(title(), e.getMessage());
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

	/** Label for {@code name}: the dialog shows "Onset frame", the macro key is "onset_frame". */
	protected static String label(String name) {
		return ParameterNames.label(name);
	}

	/** Reads a whole-number field; rejects fractions and negatives naming the field. */
	protected static int nonNegativeInt(GenericDialog gd, String name) {
		double v = gd.getNextNumber();
		if (gd.invalidNumber() || Double.isNaN(v) || v < 0 || v != Math.rint(v))
			throw new InputException(name + " must be a whole number >= 0");
		return (int) v;
	}
}
