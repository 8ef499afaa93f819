package org.mer.bench;

import java.util.Arrays;

/**
 * Hand-rolled timing: a task is run {@code warmup} times untimed (JIT compilation, caches,
 * libtorch's first-call set-up), then {@code runs} times timed with {@link System#nanoTime()};
 * the median and the minimum are kept. The median is what tables quote (robust against another
 * process taking the CPU for a while); the minimum is the best case the machine allowed. Also
 * the arithmetic every benchmark uses to turn bytes, FLOPs and seconds into rates and ratios.
 * Stateless and thread safe.
 */
public final class Harness {
	private Harness() {}

	/** A task that may throw (I/O, native calls). */
	public interface Task {
		void run() throws Exception;
	}

	/** Seconds of the timed runs of one task. */
	public static final class Timing {
		private final double[] seconds;

		/** @param seconds the timed runs (at least one) */
		public Timing(double[] seconds) {
			if (seconds.length == 0) throw new IllegalArgumentException("no timed run");
			this.seconds = seconds.clone();
			Arrays.sort(this.seconds);
		}

		/** Median of the runs in seconds (mean of the two middle ones for an even count). */
		public double median() {
			int n = seconds.length;
			return n % 2 == 1 ? seconds[n / 2] : (seconds[n / 2 - 1] + seconds[n / 2]) / 2;
		}

		/** Fastest run in seconds. */
		public double min() {
			return seconds[0];
		}

		public int runs() {
			return seconds.length;
		}
	}

	/**
	 * @param warmup untimed runs first (0 allowed)
	 * @param runs timed runs, at least 1
	 */
	public static Timing time(int warmup, int runs, Task task) {
		if (runs < 1) throw new IllegalArgumentException("runs must be at least 1");
		try {
			for (int i = 0; i < warmup; i++)
				task.run();
			double[] s = new double[runs];
			for (int i = 0; i < runs; i++) {
				long t0 = System.nanoTime();
				task.run();
				s[i] = (System.nanoTime() - t0) / 1e9;
			}
			return new Timing(s);
		}
		catch (RuntimeException e) {
			throw e;
		}
		catch (Exception e) {
			throw new IllegalStateException("benchmark task failed: " + e, e);
		}
	}

	/** Decimal gigabytes per second: {@code bytes / seconds / 1e9}. */
	public static double gbPerSecond(long bytes, double seconds) {
		return bytes / seconds / 1e9;
	}

	/** GFLOP/s: {@code flops / seconds / 1e9}. */
	public static double gflops(long flops, double seconds) {
		return flops / seconds / 1e9;
	}

	/** FLOPs of one n x n by n x n matrix product: {@code 2 n^3} (one multiply and one add per term). */
	public static long matmulFlops(long n) {
		return 2 * n * n * n;
	}

	/** {@code value / baseline}; NaN when the baseline is not positive or either is NaN. */
	public static double ratio(double value, double baseline) {
		return baseline > 0 && !Double.isNaN(value) ? value / baseline : Double.NaN;
	}

	/** Items per second for {@code items} done in {@code seconds}. */
	public static double perSecond(double items, double seconds) {
		return items / seconds;
	}
}
