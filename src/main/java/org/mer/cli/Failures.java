package org.mer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

import org.mer.core.CanceledException;
import org.mer.core.InputException;

/**
 * What the command line says when a command fails: one line on stderr and an exit code, never a
 * stack trace unless the user asked for one with {@code --debug} (for bug reports).
 * <ul>
 * <li>2: bad input or a failing environment: an {@link InputException} (its message names the
 * file, frame or option), a failed read or write ({@link IOException}, named by its file: a
 * read-only folder, a folder where a file should be, a full disk), or memory running out;</li>
 * <li>130: canceled (Ctrl-C);</li>
 * <li>1: an internal error (a bug): one line saying so and how to get the stack trace.</li>
 * </ul>
 * Stateless.
 */
final class Failures {
	private Failures() {}

	/** Prints the line (and with {@code debug} the stack trace) for {@code e} and returns the exit code. */
	static int report(Throwable e, PrintWriter err, boolean debug) {
		if (debug) e.printStackTrace(err);
		if (e instanceof CanceledException) {
			err.println("mer: canceled");
			return 130;
		}
		if (e instanceof InputException) {
			err.println("mer: " + e.getMessage());
			return 2;
		}
		IOException io = io(e);
		if (io != null) {
			err.println("mer: " + describe(io));
			return 2;
		}
		if (e instanceof OutOfMemoryError) {
			err.println("mer: out of memory (" + e.getMessage() + "): give Java more with MER_JAVA_OPTS=-Xmx16g, or use smaller inputs");
			return 2;
		}
		err.println("mer: internal error: " + e + (debug ? "" : " (run with --debug for the stack trace, and please report it)"));
		return 1;
	}

	/** The I/O failure behind {@code e}, or null. */
	private static IOException io(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause())
			if (t instanceof IOException) return (IOException) t;
			else if (t instanceof UncheckedIOException) return ((UncheckedIOException) t).getCause();
		return null;
	}

	/** "permission denied: FILE", "no such file or folder: FILE", "FILE: No space left on device", ... */
	static String describe(IOException e) {
		if (e instanceof AccessDeniedException) return "permission denied: " + ((AccessDeniedException) e).getFile();
		if (e instanceof NoSuchFileException) return "no such file or folder: " + ((NoSuchFileException) e).getFile();
		if (e instanceof FileAlreadyExistsException) return "already exists: " + ((FileAlreadyExistsException) e).getFile();
		if (e instanceof FileSystemException) {
			FileSystemException f = (FileSystemException) e;
			return f.getFile() + (f.getOtherFile() == null ? "" : " -> " + f.getOtherFile()) + ": "
				+ (f.getReason() == null ? e.getClass().getSimpleName() : f.getReason());
		}
		String m = e.getMessage();
		return "input/output error: " + (m == null ? e.getClass().getSimpleName() : m.replace('\n', ' '));
	}
}
