package org.mer.app;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mer.core.Identified;
import org.mer.core.Ids;
import org.mer.core.InputException;

/**
 * The values a front end collected for one {@link UseCase}, keyed by the catalogue. What the user
 * did not give reads as the operation's default. Errors name the parameter as the user knows it
 * ({@code --onset} on the command line, {@code onset_frame} in Fiji). Immutable once built; not
 * meant to be shared between threads while being built.
 */
public final class ParamValues {
	private final UseCase useCase;
	private final FrontEnd frontEnd;
	private final Map<String, Object> values;

	private ParamValues(UseCase useCase, FrontEnd frontEnd, Map<String, Object> values) {
		this.useCase = useCase;
		this.frontEnd = frontEnd;
		this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
	}

	/** Starts an empty set of values (every parameter at its default). */
	public static Builder builder(UseCase useCase, FrontEnd frontEnd) {
		return new Builder(useCase, frontEnd);
	}

	public UseCase useCase() { return useCase; }
	public FrontEnd frontEnd() { return frontEnd; }

	/** The value given, else this operation's default. */
	public <T> T get(Param<T> param) {
		Object v = values.get(param.key());
		if (v == null) v = entry(param).defaultValue();
		return param.valueType().cast(v);
	}

	/** True when the front end gave a value (even one equal to the default). */
	public boolean given(Param<?> param) {
		return values.get(param.key()) != null;
	}

	/** A text value, trimmed; "" when blank. */
	public String text(Param<String> param) {
		String v = get(param);
		return v == null ? "" : v.trim();
	}

	/** A path, or null when blank. */
	public Path path(Param<String> param) {
		String v = text(param);
		return v.isEmpty() ? null : Paths.get(v);
	}

	/** The non-blank items of a comma-separated list. */
	public List<String> list(Param<String> param) {
		List<String> out = new ArrayList<>();
		for (String s : text(param).split(","))
			if (!s.trim().isEmpty()) out.add(s.trim());
		return out;
	}

	/** A choice as its enum constant. @throws InputException naming the parameter for an unknown value */
	public <E extends Enum<E> & Identified> E choice(Param<String> param, Class<E> type) {
		return Ids.parse(type, get(param), name(param));
	}

	/** The name the user knows the parameter by in this front end. */
	public String name(Param<?> param) {
		UseCaseEntry e = useCase.entry(param);
		return e != null ? e.nameIn(frontEnd) : frontEnd == FrontEnd.CLI ? param.flag() : param.key();
	}

	/** An error about one parameter: "{@code <name> <problem>}". */
	public InputException error(Param<?> param, String problem) {
		return new InputException(name(param) + " " + problem);
	}

	private UseCaseEntry entry(Param<?> param) {
		UseCaseEntry e = useCase.entry(param);
		if (e == null) throw new IllegalArgumentException(useCase + " takes no parameter " + param.key());
		return e;
	}

	@Override
	public String toString() {
		return useCase + " " + values;
	}

	/** Collects values; a null value means "not given". */
	public static final class Builder {
		private final UseCase useCase;
		private final FrontEnd frontEnd;
		private final Map<String, Object> values = new LinkedHashMap<>();

		private Builder(UseCase useCase, FrontEnd frontEnd) {
			this.useCase = useCase;
			this.frontEnd = frontEnd;
		}

		public <T> Builder put(Param<T> param, T value) {
			return putValue(param, value);
		}

		/** As {@link #put}, for a value whose type was checked by the caller ({@link Param#valueType()}). */
		public Builder putValue(Param<?> param, Object value) {
			if (useCase.entry(param) == null) throw new IllegalArgumentException(useCase + " takes no parameter " + param.key());
			if (value != null && !param.valueType().isInstance(value))
				throw new IllegalArgumentException(param.key() + " takes " + param.valueType().getSimpleName() + ", got " + value.getClass().getSimpleName());
			values.put(param.key(), value);
			return this;
		}

		public ParamValues build() {
			return new ParamValues(useCase, frontEnd, values);
		}
	}
}
