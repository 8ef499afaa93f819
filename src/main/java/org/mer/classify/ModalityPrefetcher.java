package org.mer.classify;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.mer.clip.Clip;
import org.mer.clip.FrameSource;
import org.mer.clip.FrameSources;
import org.mer.core.Futures;
import org.mer.core.Progress;
import org.mer.mesti.ModalityClips;
import org.mer.mesti.Modalities;
import org.mer.mesti.ModalityImage;
import org.mer.mesti.ModalitySettings;

/**
 * Computes the modality images of a list of jobs, handed out in order, on {@code depth}
 * background threads that work at most {@code depth} jobs ahead of the caller: while the caller
 * runs the forward pass of job i, jobs i+1 .. i+depth are being decoded and pooled, each on its
 * own thread (frame decoding is single-threaded per clip, so this is what keeps several cores
 * decoding). Memory stays bounded by depth + 1 modality
 * images and one clip's frames, whatever the number of jobs. Each job opens its source, resolves
 * its clip with the settings' apex method and closes the source before its image is handed over.
 * <p>
 * Not thread safe: one caller thread calls {@link #next()} once per job, in order, then closes
 * the prefetcher (which cancels any work still ahead).
 */
final class ModalityPrefetcher implements AutoCloseable {
	/** A computed image and the nanoseconds its computation took. */
	static final class Prepared {
		final ModalityImage image;
		final long nanos;

		Prepared(ModalityImage image, long nanos) {
			this.image = image;
			this.nanos = nanos;
		}
	}

	private final List<ClipJob> jobs;
	private final ModalitySettings settings;
	private final Progress progress;
	private final int depth;
	private final ExecutorService thread;
	private final ArrayDeque<Future<Prepared>> ahead = new ArrayDeque<>();
	private int submitted;

	/**
	 * @param progress passed to the modality computation (for cancellation and logging only)
	 * @param depth how many jobs may be computed ahead of the one being consumed (at least 1)
	 */
	ModalityPrefetcher(List<ClipJob> jobs, ModalitySettings settings, Progress progress, int depth) {
		this.jobs = jobs;
		this.settings = settings;
		this.progress = progress;
		this.depth = Math.max(1, depth);
		this.thread = Executors.newFixedThreadPool(this.depth, r -> {
			Thread t = new Thread(r, "mer-prefetch");
			t.setDaemon(true);
			return t;
		});
		fill(1);
	}

	private void fill(int limit) {
		while (submitted < jobs.size() && ahead.size() < limit) {
			ClipJob job = jobs.get(submitted++);
			ahead.add(thread.submit(() -> compute(job)));
		}
	}

	private Prepared compute(ClipJob job) {
		long t0 = System.nanoTime();
		try (FrameSource source = FrameSources.open(job.source())) {
			Clip clip = ModalityClips.resolve(source, job.range(), settings).clip();
			ModalityImage image = Modalities.compute(clip, settings, progress);
			return new Prepared(image, System.nanoTime() - t0);
		}
	}

	/**
	 * The next job's image, waiting for it if needed; work on the following jobs starts before
	 * this returns.
	 *
	 * @throws RuntimeException whatever the computation of this job threw (InputException,
	 *           CanceledException, ...), unwrapped
	 * @throws IllegalStateException when every job was already taken
	 */
	Prepared next() {
		Future<Prepared> f = ahead.poll();
		if (f == null) throw new IllegalStateException("no job left");
		fill(depth);
		return Futures.await(f);
	}

	@Override
	public void close() {
		for (Future<Prepared> f : ahead)
			f.cancel(true);
		ahead.clear();
		thread.shutdownNow();
	}
}
