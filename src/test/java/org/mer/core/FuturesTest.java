package org.mer.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

/** The caller of {@link Futures#await} sees the task's own outcome. */
class FuturesTest {
	@Test
	void theResultComesBack() {
		assertEquals("done", Futures.await(CompletableFuture.completedFuture("done")));
	}

	@Test
	void theTasksUncheckedExceptionAndErrorComeBackUnwrapped() {
		InputException user = new InputException("frame 7 of clip.avi cannot be read");
		assertSame(user, assertThrows(InputException.class, () -> Futures.await(failed(user))));
		AssertionError error = new AssertionError("bug");
		assertSame(error, assertThrows(AssertionError.class, () -> Futures.await(failed(error))));
	}

	@Test
	void aCheckedExceptionIsWrapped() {
		IOException io = new IOException("disk");
		assertSame(io, assertThrows(IllegalStateException.class, () -> Futures.await(failed(io))).getCause());
	}

	@Test
	void anInterruptedWaitIsACancelAndKeepsTheFlag() {
		Thread.currentThread().interrupt();
		try {
			assertThrows(CanceledException.class, () -> Futures.await(new CompletableFuture<String>()));
			assertTrue(Thread.interrupted(), "the interrupt flag is set again (and cleared here)");
		}
		finally {
			Thread.interrupted();
		}
	}

	private static CompletableFuture<String> failed(Throwable t) {
		CompletableFuture<String> f = new CompletableFuture<>();
		f.completeExceptionally(t);
		return f;
	}
}
