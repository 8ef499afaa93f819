package org.mer.spot;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.mer.core.InputException;

/** Parses the lower-case ids of this package's enums (until a shared helper replaces it). Stateless. */
final class Ids {
	private Ids() {}

	/**
	 * @param what the option's name for the message, e.g. "flow method"
	 * @throws InputException "unknown WHAT 'ID', valid: a, b" when id is null or unknown
	 */
	static <E extends Enum<E>> E parse(String what, String id, E[] values, Function<E, String> idOf) {
		if (id != null) {
			String s = id.trim();
			for (E e : values)
				if (idOf.apply(e).equalsIgnoreCase(s)) return e;
		}
		throw new InputException("unknown " + what + " '" + id + "', valid: "
			+ Arrays.stream(values).map(idOf).collect(Collectors.joining(", ")));
	}
}
