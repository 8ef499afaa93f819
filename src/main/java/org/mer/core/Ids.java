package org.mer.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The one way the plugin turns a user's text into an {@link Identified} enum constant. Matching
 * ignores case, surrounding blanks and the separators {@code -}, {@code _} and space, so
 * {@code "Dynamic_Image"}, {@code "dynamic-image"} and the constant name {@code DYNAMIC_IMAGE} all
 * name the same value. Stateless and thread safe.
 */
public final class Ids {
	private Ids() {}

	/**
	 * @param what the option or field that held the text, as the user knows it (e.g.
	 *          {@code "--modality"} or {@code "modality"}); it starts the error message
	 * @throws InputException "{@code <what>}: unknown value 'x' (valid: a, b, c)" for null,
	 *           blank or unknown text
	 */
	public static <E extends Enum<E> & Identified> E parse(Class<E> type, String text, String what) {
		return parse(type, text, what, e -> true);
	}

	/** As {@link #parse(Class, String, String)}, with only the constants {@code allowed} accepts valid. */
	public static <E extends Enum<E> & Identified> E parse(Class<E> type, String text, String what, Predicate<E> allowed) {
		if (text != null) {
			String key = normalise(text);
			for (E e : type.getEnumConstants())
				if (allowed.test(e) && (normalise(e.id()).equals(key) || normalise(e.name()).equals(key))) return e;
		}
		throw new InputException(what + ": unknown value '" + text + "' (valid: " + String.join(", ", ids(type, allowed)) + ")");
	}

	/** The ids of every constant, in declaration order. */
	public static <E extends Enum<E> & Identified> List<String> ids(Class<E> type) {
		return ids(type, e -> true);
	}

	/** The ids of the constants {@code allowed} accepts, in declaration order. */
	public static <E extends Enum<E> & Identified> List<String> ids(Class<E> type, Predicate<E> allowed) {
		List<String> ids = new ArrayList<>();
		for (E e : type.getEnumConstants())
			if (allowed.test(e)) ids.add(e.id());
		return ids;
	}

	private static String normalise(String s) {
		return s.trim().toLowerCase(Locale.ROOT).replaceAll("[-_ ]", "");
	}
}
