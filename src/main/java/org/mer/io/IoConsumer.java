package org.mer.io;

import java.io.IOException;

/** A consumer that may throw {@link IOException}, e.g. "write the output into this path". */
@FunctionalInterface
public interface IoConsumer<T> {
	void accept(T value) throws IOException;
}
