package org.mer.core;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Waiting for work handed to another thread so that the caller sees what it would have seen had
 * it done the work itself: the task's own unchecked exception or error, unwrapped. Stateless.
 */
public final class Futures {
	private Futures() {}

	/**
	 * The task's result, waiting for it if needed.
	 *
	 * @throws RuntimeException the task's own unchecked exception (InputException,
	 *           CanceledException, ...), unwrapped; a checked one wrapped in an
	 *           IllegalStateException; {@link java.util.concurrent.CancellationException} when the
	 *           future was canceled
	 * @throws Error the task's own error, unwrapped
	 * @throws CanceledException when the calling thread is interrupted while waiting (its interrupt
	 *           flag is set again; the task is not canceled)
	 */
	public static <T> T await(Future<T> future) {
		try {
			return future.get();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CanceledException();
		}
		catch (ExecutionException e) {
			Throwable c = e.getCause();
			if (c instanceof RuntimeException) throw (RuntimeException) c;
			if (c instanceof Error) throw (Error) c;
			throw new IllegalStateException(c);
		}
	}
}
