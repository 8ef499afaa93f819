package org.mer.app;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import org.mer.core.Identified;
import org.mer.core.Ids;

/**
 * One user parameter, the same in every front end: its macro key (lowercase snake_case, the
 * SciJava field name and the ImageJ 1.x dialog's macro key), its command-line flag, its type
 * and default, its choices (taken from the enums, never typed twice), its help text and the
 * front ends that expose it. Immutable; the instances live in {@link Params}.
 *
 * @param <T> String (text, paths, choices, lists), Integer, Double or Boolean
 */
public final class Param<T> {
	/** How a value is typed and shown. */
	public enum Type {
		/** Free text. */
		TEXT,
		/** A file path (empty: none). */
		FILE,
		/** A folder path (empty: none). */
		FOLDER,
		/** A frame folder or a video file (empty: none). */
		FILE_OR_FOLDER,
		/** One of {@link Param#choices()}. */
		CHOICE,
		/** A comma-separated list of choices or words. */
		LIST,
		/** A whole number. */
		INT,
		/** A number. */
		DOUBLE,
		/** On or off. */
		BOOLEAN
	}

	private final String key, flag, label, help;
	private final List<String> aliases;
	private final Type type;
	private final Class<T> valueType;
	private final T defaultValue;
	private final Supplier<List<String>> choices;
	private final Double min, max;
	private final Set<FrontEnd> frontEnds;

	private Param(Builder<T> b) {
		key = Objects.requireNonNull(b.key);
		flag = Objects.requireNonNull(b.flag);
		label = b.label != null ? b.label : Character.toUpperCase(key.charAt(0)) + key.substring(1).replace('_', ' ');
		help = Objects.requireNonNull(b.help, "help of " + b.key);
		aliases = Collections.unmodifiableList(new ArrayList<>(b.aliases));
		type = b.type;
		valueType = b.valueType;
		defaultValue = b.defaultValue;
		choices = b.choices;
		min = b.min;
		max = b.max;
		frontEnds = Collections.unmodifiableSet(EnumSet.copyOf(b.frontEnds));
		if (!key.matches("[a-z][a-z0-9]*(_[a-z0-9]+)*")) throw new IllegalArgumentException("key must be lowercase snake_case: " + key);
		if (!flag.matches("--[a-z][a-z0-9-]*")) throw new IllegalArgumentException("flag must be --kebab-case: " + flag);
		if ((type == Type.CHOICE) != (choices != null)) throw new IllegalArgumentException(key + ": choices go with type CHOICE only");
	}

	/** Macro key, SciJava field name, ImageJ 1.x dialog key: lowercase snake_case, e.g. {@code onset_frame}. */
	public String key() { return key; }
	/** Command-line flag, e.g. {@code --onset}. */
	public String flag() { return flag; }
	/** Further command-line spellings that mean the same (not deprecated), e.g. {@code --frames} for {@code --clip}. */
	public List<String> aliases() { return aliases; }
	/** Dialog label (SciJava); ImageJ 1.x dialogs show {@link #imagej1Label()} so that the macro key is {@link #key()}. */
	public String label() { return label; }
	/** "Onset_frame" for "onset_frame": the GenericDialog label whose macro key is {@link #key()}. */
	public String imagej1Label() { return Character.toUpperCase(key.charAt(0)) + key.substring(1); }
	/** One sentence for help screens, tooltips and the dialogs' Help. */
	public String help() { return help; }
	public Type type() { return type; }
	public Class<T> valueType() { return valueType; }
	/** The default; a use case may override it ({@link UseCase#defaultOf}). */
	public T defaultValue() { return defaultValue; }
	/** The allowed values of a {@link Type#CHOICE}, default-independent order; empty for other types. */
	public List<String> choices() { return choices == null ? Collections.emptyList() : choices.get(); }
	/** Smallest sensible value of a number (a widget hint; the core checks its own invariants), or null. */
	public Double min() { return min; }
	/** Largest sensible value of a number (a widget hint), or null. */
	public Double max() { return max; }
	/** The front ends that expose this parameter. */
	public Set<FrontEnd> frontEnds() { return frontEnds; }
	public boolean in(FrontEnd f) { return frontEnds.contains(f); }

	@Override
	public String toString() {
		return key;
	}

	static Builder<String> text(String key, String flag) {
		return text(key, flag, "");
	}

	static Builder<String> text(String key, String flag, String defaultValue) {
		return new Builder<>(key, flag, Type.TEXT, String.class, defaultValue);
	}

	static Builder<String> path(String key, String flag, Type type) {
		return new Builder<>(key, flag, type, String.class, "");
	}

	static <E extends Enum<E> & Identified> Builder<String> choice(String key, String flag, Class<E> ids, E defaultValue) {
		return choice(key, flag, () -> Ids.ids(ids), defaultValue.id());
	}

	static Builder<String> choice(String key, String flag, Supplier<List<String>> choices, String defaultValue) {
		Builder<String> b = new Builder<>(key, flag, Type.CHOICE, String.class, defaultValue);
		b.choices = choices;
		return b;
	}

	static Builder<String> list(String key, String flag, String defaultValue) {
		return new Builder<>(key, flag, Type.LIST, String.class, defaultValue);
	}

	static Builder<Integer> integer(String key, String flag, int defaultValue) {
		return new Builder<>(key, flag, Type.INT, Integer.class, defaultValue);
	}

	static Builder<Double> number(String key, String flag, double defaultValue) {
		return new Builder<>(key, flag, Type.DOUBLE, Double.class, defaultValue);
	}

	static Builder<Boolean> flag(String key, String flag, boolean defaultValue) {
		return new Builder<>(key, flag, Type.BOOLEAN, Boolean.class, defaultValue);
	}

	/** Builds one catalogue entry. */
	static final class Builder<T> {
		private final String key, flag;
		private final Type type;
		private final Class<T> valueType;
		private final T defaultValue;
		private String label, help;
		private final List<String> aliases = new ArrayList<>();
		private Supplier<List<String>> choices;
		private Double min, max;
		private Set<FrontEnd> frontEnds = EnumSet.allOf(FrontEnd.class);

		private Builder(String key, String flag, Type type, Class<T> valueType, T defaultValue) {
			this.key = key;
			this.flag = flag;
			this.type = type;
			this.valueType = valueType;
			this.defaultValue = defaultValue;
		}

		Builder<T> label(String l) { label = l; return this; }
		Builder<T> help(String h) { help = h; return this; }
		Builder<T> aliases(String... a) { aliases.addAll(Arrays.asList(a)); return this; }
		Builder<T> min(double v) { min = v; return this; }
		Builder<T> max(double v) { max = v; return this; }

		/** Only these front ends expose the parameter (say why in the help or the catalogue). */
		Builder<T> only(FrontEnd first, FrontEnd... rest) {
			frontEnds = EnumSet.of(first, rest);
			return this;
		}

		Param<T> build() {
			return new Param<>(this);
		}
	}
}
