package org.mer.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The memory-bandwidth bound for code that reads frame data once: a multi-threaded sum of a
 * float array far larger than the last-level cache (so every byte comes from DRAM), split into
 * one contiguous chunk per thread, each summed with eight independent accumulators (no
 * loop-carried dependency on one register, so the loads, not the adds, limit it). Nothing
 * reads fewer bytes per value than this, so {@code bytes / seconds} of this sum is the fastest
 * any one-pass reader of that much memory can go on this machine at that moment. Owns a thread
 * pool: close it.
 */
public final class MemoryBound implements AutoCloseable {
	private final float[] data;
	private final int threads;
	private final ExecutorService pool;
	private volatile double sink;

	/**
	 * @param bytes buffer size (use several times the last-level cache; rounded down to floats)
	 * @param threads summing threads (the same count the measured code uses)
	 */
	public MemoryBound(long bytes, int threads) {
		if (bytes / 4 > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("buffer too large: " + bytes);
		this.data = new float[(int) (bytes / 4)];
		for (int i = 0; i < data.length; i++)
			data[i] = (i & 1023) * 0.5f;
		this.threads = Math.max(1, threads);
		this.pool = Executors.newFixedThreadPool(this.threads, r -> {
			Thread t = new Thread(r, "mer-bench-bound");
			t.setDaemon(true);
			return t;
		});
	}

	/** Bytes read by one {@link #sumOnce()}. */
	public long bytes() {
		return 4L * data.length;
	}

	public int threads() {
		return threads;
	}

	/** One pass over the whole buffer on all threads; returns the sum (kept so it is not optimised away). */
	public double sumOnce() throws Exception {
		List<Future<Double>> parts = new ArrayList<>();
		int n = data.length;
		for (int t = 0; t < threads; t++) {
			int from = (int) ((long) n * t / threads), to = (int) ((long) n * (t + 1) / threads);
			parts.add(pool.submit(() -> sum(data, from, to)));
		}
		double total = 0;
		for (Future<Double> f : parts)
			total += f.get();
		sink = total;
		return total;
	}

	/** GB/s of the median of {@code runs} passes after {@code warmup} passes. */
	public double gbPerSecond(int warmup, int runs) {
		Harness.Timing t = Harness.time(warmup, runs, this::sumOnce);
		return Harness.gbPerSecond(bytes(), t.median());
	}

	static double sum(float[] a, int from, int to) {
		float s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
		int i = from;
		for (; i + 8 <= to; i += 8) {
			s0 += a[i];
			s1 += a[i + 1];
			s2 += a[i + 2];
			s3 += a[i + 3];
			s4 += a[i + 4];
			s5 += a[i + 5];
			s6 += a[i + 6];
			s7 += a[i + 7];
		}
		for (; i < to; i++)
			s0 += a[i];
		return (double) s0 + s1 + s2 + s3 + s4 + s5 + s6 + s7;
	}

	/** The last sum (read so the JIT keeps the work). */
	public double lastSum() {
		return sink;
	}

	@Override
	public void close() {
		pool.shutdownNow();
	}
}
