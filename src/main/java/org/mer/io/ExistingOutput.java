package org.mer.io;

/**
 * What a command does with an output file that already exists. The default is {@link #REFUSE}:
 * a user's file is never emptied unless they said so. Front ends map these to their option
 * names ({@code --resume}, {@code --overwrite}).
 */
public enum ExistingOutput implements org.mer.core.Identified {
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
	@Override
	public String id() {
		return id;
	}
}
