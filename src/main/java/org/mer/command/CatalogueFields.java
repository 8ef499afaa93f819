package org.mer.command;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import org.mer.app.FrontEnd;
import org.mer.app.Param;
import org.mer.app.ParamValues;
import org.mer.app.UseCase;
import org.mer.app.UseCaseEntry;
import org.scijava.module.ModuleItem;
import org.scijava.module.MutableModuleItem;
import org.scijava.module.MutableModuleInfo;

/**
 * How a SciJava command meets the parameter catalogue. A command declares one
 * {@code @Parameter} field per catalogue entry of its {@link UseCase}, named by the entry's key
 * (so macros and Fiji's recorder use the catalogue's keys), with no initial value and no label:
 * {@link #setDefaults} gives every field the use case's default when the command is made,
 * {@link #describe} gives each input its label, help, choices and bounds when the module is
 * initialised, and {@link #read} turns the fields into {@link ParamValues}. Stateless.
 */
final class CatalogueFields {
	private CatalogueFields() {}

	/** Sets each catalogue field of {@code command} to the use case's default. */
	static void setDefaults(Object command, UseCase useCase) {
		for (UseCaseEntry e : useCase.entries(FrontEnd.SCIJAVA)) {
			Field f = field(command.getClass(), e.key());
			if (f == null) continue;
			try {
				f.set(command, e.defaultValue());
			}
			catch (IllegalAccessException ex) {
				throw new IllegalStateException(ex);
			}
		}
	}

	/**
	 * Labels, descriptions, choices and bounds from the catalogue for every input named by an
	 * entry, and those inputs put in the use case's order (after the other inputs, e.g. the image).
	 */
	static void describe(MutableModuleInfo info, UseCase useCase) {
		List<ModuleItem<?>> ordered = new ArrayList<>();
		for (UseCaseEntry e : useCase.entries(FrontEnd.SCIJAVA)) {
			ModuleItem<?> item = info.getInput(e.key());
			if (item != null) ordered.add(item);
		}
		for (ModuleItem<?> item : ordered) {
			info.removeInput(item);
			info.addInput(item);
		}
		for (ModuleItem<?> item : info.inputs()) {
			UseCaseEntry e = useCase.entry(catalogueParam(item.getName(), useCase));
			if (e == null || !(item instanceof MutableModuleItem)) continue;
			MutableModuleItem<?> m = (MutableModuleItem<?>) item;
			Param<?> p = e.param();
			m.setLabel(p.label());
			m.setDescription(p.help());
			m.setPersisted(false);
			if (p.type() == Param.Type.CHOICE) setChoices(m, p.choices());
			if (p.min() != null) setBound(m, p.min(), true);
			if (p.max() != null) setBound(m, p.max(), false);
		}
	}

	/**
	 * The values of the command's catalogue fields.
	 *
	 * @throws IllegalStateException when the command lacks a field of its use case (a programming error)
	 */
	static ParamValues read(Object command, UseCase useCase) {
		ParamValues.Builder b = ParamValues.builder(useCase, FrontEnd.SCIJAVA);
		for (UseCaseEntry e : useCase.entries(FrontEnd.SCIJAVA)) {
			Field f = field(command.getClass(), e.key());
			if (f == null) throw new IllegalStateException(command.getClass().getSimpleName() + " has no field " + e.key());
			try {
				b.putValue(e.param(), f.get(command));
			}
			catch (IllegalAccessException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return b.build();
	}

	/** The names of the catalogue fields a command class declares (for tests). */
	static List<String> fieldNames(Class<?> type, UseCase useCase) {
		List<String> names = new ArrayList<>();
		for (UseCaseEntry e : useCase.entries())
			if (field(type, e.key()) != null) names.add(e.key());
		return names;
	}

	private static Param<?> catalogueParam(String name, UseCase useCase) {
		for (UseCaseEntry e : useCase.entries(FrontEnd.SCIJAVA))
			if (e.key().equals(name)) return e.param();
		return null;
	}

	@SuppressWarnings("unchecked")
	private static <T> void setChoices(MutableModuleItem<T> item, List<String> choices) {
		item.setChoices((List<T>) choices);
	}

	@SuppressWarnings("unchecked")
	private static <T> void setBound(MutableModuleItem<T> item, double bound, boolean min) {
		Object v = item.getType() == int.class || item.getType() == Integer.class ? (Object) (int) bound : (Object) bound;
		if (min) item.setMinimumValue((T) v);
		else item.setMaximumValue((T) v);
	}

	private static Field field(Class<?> type, String name) {
		for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
			try {
				Field f = c.getDeclaredField(name);
				f.setAccessible(true);
				return f;
			}
			catch (NoSuchFieldException e) {
				// look in the superclass
			}
		}
		return null;
	}
}
