package org.mer.core;

/**
 * A user error: bad input file, frame, option or field. The message names the offending
 * file, frame, option or field and is meant to be shown as is (one dialog line, one log line,
 * or one line on stderr with exit code 2); front ends never print a stack trace for it.
 */
public class InputException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	public InputException(String message) {
		super(message);
	}

	public InputException(String message, Throwable cause) {
		super(message, cause);
	}
}
