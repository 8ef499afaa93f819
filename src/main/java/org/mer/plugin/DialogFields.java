package org.mer.plugin;

import java.util.List;

import ij.gui.GenericDialog;

import org.mer.app.FrontEnd;
import org.mer.app.Param;
import org.mer.app.ParamValues;
import org.mer.app.UseCase;
import org.mer.app.UseCaseEntry;
import org.mer.core.InputException;

/**
 * An ImageJ 1.x dialog built from the parameter catalogue: one field per entry of a
 * {@link UseCase} in its order, labelled {@link Param#imagej1Label()} so that the macro key is the
 * catalogue's key and the macro recorder writes {@code key=value} exactly as macros replay it; the
 * Help button lists every parameter's help. Reading follows the same order. Stateless.
 */
final class DialogFields {
	private DialogFields() {}

	/** The entries an ImageJ 1.x dialog of the use case shows, in order. */
	static List<UseCaseEntry> entries(UseCase useCase) {
		return useCase.entries(FrontEnd.IMAGEJ1);
	}

	/** The calls a dialog receives, one per field; {@link #of(GenericDialog)} makes them on a GenericDialog. */
	interface Sink {
		void choice(String label, String[] items, String selected);
		void number(String label, double value, int digits);
		void checkbox(String label, boolean value);
		void file(String label, String value);
		void folder(String label, String value);
		void text(String label, String value);
		void help(String html);
	}

	static Sink of(GenericDialog gd) {
		return new Sink() {
			@Override public void choice(String label, String[] items, String selected) { gd.addChoice(label, items, selected); }
			@Override public void number(String label, double value, int digits) { gd.addNumericField(label, value, digits); }
			@Override public void checkbox(String label, boolean value) { gd.addCheckbox(label, value); }
			@Override public void file(String label, String value) { gd.addFileField(label, value, 40); }
			@Override public void folder(String label, String value) { gd.addDirectoryField(label, value, 40); }
			@Override public void text(String label, String value) { gd.addStringField(label, value, 30); }
			@Override public void help(String html) { gd.addHelp(html); }
		};
	}

	/** Adds one field per entry, in order, with the use case's default, then the Help page. */
	static void add(Sink gd, UseCase useCase) {
		for (UseCaseEntry e : entries(useCase)) {
			Param<?> p = e.param();
			String label = p.imagej1Label();
			Object d = e.defaultValue();
			switch (p.type()) {
				case CHOICE:
					List<String> choices = p.choices();
					gd.choice(label, choices.toArray(new String[0]), choices.contains(d) ? (String) d : choices.get(0));
					break;
				case INT:
					gd.number(label, (Integer) d, 0);
					break;
				case DOUBLE:
					gd.number(label, (Double) d, 4);
					break;
				case BOOLEAN:
					gd.checkbox(label, (Boolean) d);
					break;
				case FILE:
				case FILE_OR_FOLDER:
					gd.file(label, (String) d);
					break;
				case FOLDER:
					gd.folder(label, (String) d);
					break;
				default:
					gd.text(label, (String) d);
			}
		}
		gd.help(help(useCase));
	}

	/**
	 * Reads the fields back, in the order {@link #add} made them.
	 *
	 * @throws InputException naming the key of a number field that holds no whole number where one is needed
	 */
	static ParamValues read(GenericDialog gd, UseCase useCase) {
		ParamValues.Builder b = ParamValues.builder(useCase, FrontEnd.IMAGEJ1);
		for (UseCaseEntry e : entries(useCase)) {
			Param<?> p = e.param();
			switch (p.type()) {
				case CHOICE:
					b.putValue(p, gd.getNextChoice());
					break;
				case INT:
					b.putValue(p, wholeNumber(gd, p.key()));
					break;
				case DOUBLE:
					double v = gd.getNextNumber();
					if (gd.invalidNumber() || Double.isNaN(v)) throw new InputException(p.key() + " must be a number");
					b.putValue(p, v);
					break;
				case BOOLEAN:
					b.putValue(p, gd.getNextBoolean());
					break;
				default:
					b.putValue(p, gd.getNextString());
			}
		}
		return b.build();
	}

	private static int wholeNumber(GenericDialog gd, String key) {
		double v = gd.getNextNumber();
		if (gd.invalidNumber() || Double.isNaN(v) || v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE)
			throw new InputException(key + " must be a whole number");
		return (int) v;
	}

	/** The Help button's page: each parameter's macro key and help. */
	private static String help(UseCase useCase) {
		StringBuilder sb = new StringBuilder("<html><h3>").append(useCase.title()).append("</h3><table>");
		for (UseCaseEntry e : entries(useCase))
			sb.append("<tr><td><b>").append(e.key()).append("</b></td><td>").append(escape(e.param().help())).append("</td></tr>");
		return sb.append("</table></html>").toString();
	}

	private static String escape(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}
}
