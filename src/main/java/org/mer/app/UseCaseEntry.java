package org.mer.app;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A parameter as one {@link UseCase} takes it: the catalogue's {@link Param} with, for this
 * operation only, possibly another default, command-line flag or set of front ends, and the
 * command-line spellings that still work but are deprecated (each prints a one-line notice).
 * Built once in {@link UseCase}'s constants; effectively immutable afterwards.
 */
public final class UseCaseEntry {
	private final Param<?> param;
	private Object defaultValue;
	private String flag;
	private Set<FrontEnd> frontEnds;
	private final List<String> deprecated = new ArrayList<>();
	private boolean positional;

	UseCaseEntry(Param<?> param) {
		this.param = param;
		defaultValue = param.defaultValue();
		flag = param.flag();
		frontEnds = param.frontEnds();
	}

	UseCaseEntry defaultValue(Object value) {
		if (!param.valueType().isInstance(value)) throw new IllegalArgumentException(param.key() + ": default of the wrong type " + value);
		defaultValue = value;
		return this;
	}

	UseCaseEntry flag(String cliFlag) {
		flag = cliFlag;
		return this;
	}

	UseCaseEntry only(FrontEnd first, FrontEnd... rest) {
		frontEnds = EnumSet.of(first, rest);
		return this;
	}

	/** On the command line, the operation's first positional parameter (its flag works too). */
	UseCaseEntry asPositional() {
		positional = true;
		return this;
	}

	UseCaseEntry deprecated(String... cliFlags) {
		deprecated.addAll(Arrays.asList(cliFlags));
		return this;
	}

	public Param<?> param() { return param; }
	public String key() { return param.key(); }
	/** The default for this operation. */
	public Object defaultValue() { return defaultValue; }
	/** The command-line flag for this operation. */
	public String flag() { return flag; }
	/** Deprecated command-line spellings for this operation (they work for one more release). */
	public List<String> deprecatedFlags() { return Collections.unmodifiableList(deprecated); }
	/** True when the command line also takes the value as its first positional parameter. */
	public boolean positional() { return positional; }
	public Set<FrontEnd> frontEnds() { return Collections.unmodifiableSet(frontEnds); }
	public boolean in(FrontEnd f) { return frontEnds.contains(f); }

	/** The name a user of {@code frontEnd} knows the parameter by: the flag on the command line, else the macro key. */
	public String nameIn(FrontEnd frontEnd) {
		return frontEnd == FrontEnd.CLI ? flag : param.key();
	}

	@Override
	public String toString() {
		return param.key();
	}
}
