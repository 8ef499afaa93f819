package org.mer.clip;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.mer.core.Futures;

/**
 * Runs a per-row job in parallel on a fixed pool of daemon threads sized to the available
 * processors, shared by all callers. Each call splits the rows into contiguous bands, one task
 * per band, and blocks until all are done; tasks of one call touch disjoint rows, so a job is
 * thread safe when it writes only to its own rows. Callers on several threads may use it at
 * once (their tasks queue up). Small jobs run on the calling thread.
 */
public final class RowBands {
	public static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());
	/** Below this many values per call the job runs on the calling thread. */
	private static final long MIN_PARALLEL_WORK = 1 << 16;
	private static final AtomicInteger COUNT = new AtomicInteger();
	private static final ExecutorService POOL = Executors.newFixedThreadPool(THREADS, r -> {
		Thread t = new Thread(r, "mer-rows-" + COUNT.incrementAndGet());
		t.setDaemon(true);
		return t;
	});

	private RowBands() {}

	/** Work on rows [from, to). */
	public interface Band {
		void run(int from, int to);
	}

	/**
	 * @param rows number of rows
	 * @param rowLength values per row (decides whether threads pay off)
	 */
	public static void forEach(int rows, long rowLength, Band band) {
		int bands = (int) Math.min(THREADS, rows);
		if (bands <= 1 || rows * rowLength < MIN_PARALLEL_WORK) {
			band.run(0, rows);
			return;
		}
		List<Future<?>> futures = new ArrayList<>(bands);
		for (int b = 0; b < bands; b++) {
			int from = (int) ((long) rows * b / bands), to = (int) ((long) rows * (b + 1) / bands);
			futures.add(POOL.submit(() -> band.run(from, to)));
		}
		try {
			for (Future<?> f : futures)
				Futures.await(f);
		}
		catch (RuntimeException | Error e) {
			futures.forEach(f -> f.cancel(true));
			throw e;
		}
	}
}
