package org.mer.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** One parameter as a front end shows it, normalised for comparison: key, default as text, choices. */
public final class Exposed {
	private final String key, defaultText;
	private final List<String> choices;

	public Exposed(String key, Object defaultValue, List<?> choices) {
		this.key = key;
		this.defaultText = text(defaultValue);
		List<String> c = new ArrayList<>();
		if (choices != null) for (Object o : choices)
			c.add(String.valueOf(o));
		this.choices = Collections.unmodifiableList(c);
	}

	/** "" for null and blank, whole doubles without ".0", otherwise the value's text. */
	static String text(Object v) {
		if (v == null) return "";
		if (v instanceof Double || v instanceof Float) {
			double d = ((Number) v).doubleValue();
			return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
		}
		if (v instanceof List) {
			List<String> s = new ArrayList<>();
			for (Object o : (List<?>) v)
				s.add(String.valueOf(o));
			return String.join(",", s);
		}
		String s = v.toString().trim();
		if (s.matches("-?\\d+(\\.\\d*)?([eE]-?\\d+)?")) return text(Double.valueOf(s));
		return s;
	}

	public String key() { return key; }
	public String defaultText() { return defaultText; }
	public List<String> choices() { return choices; }

	@Override
	public boolean equals(Object o) {
		if (!(o instanceof Exposed)) return false;
		Exposed e = (Exposed) o;
		return key.equals(e.key) && defaultText.equals(e.defaultText) && choices.equals(e.choices);
	}

	@Override
	public int hashCode() {
		return Objects.hash(key, defaultText, choices);
	}

	@Override
	public String toString() {
		return key + "=" + defaultText + (choices.isEmpty() ? "" : " " + choices);
	}
}
