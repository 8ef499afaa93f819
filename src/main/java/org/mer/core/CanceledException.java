package org.mer.core;

/** Thrown at a safe point after the user canceled; nothing half-written is left behind. */
public class CanceledException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	public CanceledException() {
		super("Canceled by the user");
	}
}
