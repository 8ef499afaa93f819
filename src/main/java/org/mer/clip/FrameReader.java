package org.mer.clip;

import java.util.ArrayDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.mer.core.CanceledException;
import org.mer.core.Futures;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.real.FloatType;

/**
 * Reads the frames {@code first..last} (absolute frame numbers, inclusive) of a source in order,
 * one {@link #next()} per frame. When the source allows it ({@link FrameSource#concurrentReads()})
 * up to {@link #AHEAD} frames are decoded ahead, in parallel, on a shared pool of daemon threads
 * sized to the available processors; otherwise each frame is read on the calling thread when it
 * is asked for, exactly as a plain loop over {@link FrameSource#frame(int)} would; so are frames
 * the source already holds ({@link FrameSource#inMemory(int)}). The frames and
 * their order are the same either way; only the thread that decodes them differs.
 * <p>
 * Memory: at most {@link #AHEAD} frames besides the caller's are decoded and not yet taken.
 * Errors: a frame that cannot be read throws from the {@code next()} that would have returned it
 * (the source's own exception, unwrapped), so the first bad frame in order is the one reported;
 * frames after it may have been decoded for nothing. {@link #close()} cancels the frames not yet
 * started and waits for those being decoded (a decoder is never interrupted, since an interrupt
 * can close a file channel under it), so the source is no longer read once it returns.
 * <p>
 * One consumer thread; a reader must be closed (try-with-resources). Called from one of the pool's
 * own threads it reads on that thread, so nested use cannot deadlock the pool.
 */
public final class FrameReader implements AutoCloseable {
	/** Frames decoded ahead of the caller: two per processor, so each decoder has a next frame. */
	public static final int AHEAD = 2 * RowBands.THREADS;
	private static final AtomicInteger COUNT = new AtomicInteger();
	private static final ThreadGroup GROUP = new ThreadGroup("mer-decode");
	private static final ExecutorService POOL = Executors.newFixedThreadPool(RowBands.THREADS, r -> {
		Thread t = new Thread(GROUP, r, "mer-decode-" + COUNT.incrementAndGet());
		t.setDaemon(true);
		return t;
	});

	/** Placeholder in the queue for a frame the source holds in memory: read on the caller's thread. */
	private static final Future<RandomAccessibleInterval<FloatType>> IN_MEMORY = java.util.concurrent.CompletableFuture.completedFuture(null);

	private final FrameSource source;
	private final long last;
	private final boolean parallel;
	private final ArrayDeque<Future<RandomAccessibleInterval<FloatType>>> ahead = new ArrayDeque<>();
	private long nextToTake, nextToSubmit;
	/** Guards {@link #decoding} and {@link #closed}; the decoders signal on it. */
	private final Object lock = new Object();
	private int decoding;
	private boolean closed;

	/**
	 * @param first first frame number to read
	 * @param last last frame number to read, {@code >= first - 1} (first - 1: nothing to read)
	 */
	public FrameReader(FrameSource source, int first, int last) {
		if ((long) last < (long) first - 1) throw new IllegalArgumentException("last frame " + last + " before first " + first);
		this.source = source;
		this.last = last;
		this.nextToTake = first;
		this.nextToSubmit = first;
		this.parallel = source.concurrentReads() && RowBands.THREADS > 1 && Thread.currentThread().getThreadGroup() != GROUP;
		fill();
	}

	/** Whether frames are decoded ahead on the pool (false: on the calling thread). */
	public boolean parallel() {
		return parallel;
	}

	private void fill() {
		if (!parallel) return;
		while (nextToSubmit <= last && ahead.size() < AHEAD) {
			int n = (int) nextToSubmit++;
			ahead.add(source.inMemory(n) ? IN_MEMORY : POOL.submit(() -> decode(n)));
		}
	}

	/** Runs on a pool thread; does nothing once the reader is closed. */
	private RandomAccessibleInterval<FloatType> decode(int n) {
		synchronized (lock) {
			if (closed) throw new CanceledException();
			decoding++;
		}
		try {
			return source.frame(n);
		}
		finally {
			synchronized (lock) {
				decoding--;
				lock.notifyAll();
			}
		}
	}

	/** Whether {@link #next()} has a frame left. */
	public boolean hasNext() {
		return nextToTake <= last;
	}

	/**
	 * The next frame in order.
	 *
	 * @throws java.util.NoSuchElementException when every frame was read
	 * @throws org.mer.core.InputException (or any other exception of the source) for this frame
	 * @throws CanceledException when the calling thread is interrupted while waiting
	 */
	public RandomAccessibleInterval<FloatType> next() {
		if (!hasNext()) throw new java.util.NoSuchElementException("frame " + nextToTake + " is past the last frame " + last);
		int n = (int) nextToTake++;
		if (!parallel) return source.frame(n);
		Future<RandomAccessibleInterval<FloatType>> f = ahead.poll();
		fill();
		if (f == IN_MEMORY) return source.frame(n);
		return Futures.await(f);
	}

	/** Cancels what has not started and waits for the frames being decoded; idempotent. */
	@Override
	public void close() {
		boolean interrupted = false;
		synchronized (lock) {
			closed = true;
			for (Future<?> f : ahead)
				f.cancel(false);
			while (decoding > 0) {
				try {
					lock.wait();
				}
				catch (InterruptedException e) {
					interrupted = true;
				}
			}
		}
		ahead.clear();
		nextToSubmit = last + 1;
		nextToTake = last + 1;
		if (interrupted) Thread.currentThread().interrupt();
	}
}
