package org.mer.io;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.mer.core.InputException;

/**
 * What a command does with an output file that already exists. The default is {@link #REFUSE}:
 * a user's file is never emptied unless they said so. Front ends map these to their option
 * names ({@code --resume}, {@code --overwrite}).
 */
public enum ExistingOutput {
	/** Stop with an error naming the file and the two options. */
	REFUSE("refuse"),
	/** Keep what the file holds and add what is missing. */
	RESUME("resume"),
	/** Replace the file (only a file this tool wrote; see each writer). */
	OVERWRITE("overwrite");

	private final String id;

	ExistingOutput(String id) {
		this.id = id;
	}

	/** "refuse", "resume" or "overwrite". */
	public String id() {
		return id;
	}

	/** @throws InputException listing the valid ids when {@code id} is unknown or null */
	public static ExistingOutput fromId(String id) {
		if (id != null) {
			String s = id.trim().toLowerCase(Locale.ROOT);
			for (ExistingOutput e : values())
				if (e.id.equals(s)) return e;
		}
		throw new InputException("unknown choice '" + id + "' for an existing output: valid choices are "
			+ Arrays.stream(values()).map(ExistingOutput::id).collect(Collectors.joining(", ")));
	}
}
