package org.mer.app;

/** Values of a use case from {@code key, value, key, value, ...} pairs, as a macro would give them (ImageJ 1.x front end). */
public final class TestValues {
	private TestValues() {}

	public static ParamValues of(UseCase useCase, Object... keysAndValues) {
		return of(useCase, FrontEnd.IMAGEJ1, keysAndValues);
	}

	public static ParamValues of(UseCase useCase, FrontEnd frontEnd, Object... keysAndValues) {
		ParamValues.Builder b = ParamValues.builder(useCase, frontEnd);
		for (int i = 0; i < keysAndValues.length; i += 2) {
			Param<?> p = Params.byKey((String) keysAndValues[i]);
			if (p == null) throw new IllegalArgumentException("no parameter " + keysAndValues[i]);
			Object v = keysAndValues[i + 1];
			b.putValue(p, v instanceof java.nio.file.Path ? v.toString() : v);
		}
		return b.build();
	}
}
