package org.mer.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Peak memory of a stretch of work: the Java heap's peak (sum of the heap pools' peak usage
 * from their MemoryPoolMXBeans, reset at {@link #reset()}) and the process's peak resident set
 * (VmHWM from /proc/self/status, which covers libtorch's native memory too; reset by writing
 * "5" to /proc/self/clear_refs where the kernel allows it). On systems without /proc the RSS
 * values are NaN. Not thread safe.
 */
public final class PeakMemory {
	private static final Path STATUS = Paths.get("/proc/self/status"), CLEAR_REFS = Paths.get("/proc/self/clear_refs");
	private boolean rssReset;

	/** Starts a measurement: runs a GC, then resets the heap pools' and (if possible) the RSS peaks. */
	public void reset() {
		System.gc();
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
			if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
		try {
			Files.write(CLEAR_REFS, "5".getBytes(StandardCharsets.US_ASCII));
			rssReset = true;
		}
		catch (IOException | SecurityException e) {
			rssReset = false;
		}
	}

	/** Peak heap in MiB since {@link #reset()} (sum over heap pools; an upper bound of the true peak). */
	public double heapPeakMiB() {
		long sum = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
			if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
		return sum / 1048576.0;
	}

	/** Peak resident set in MiB since {@link #reset()} (since process start when the reset was refused). */
	public double rssPeakMiB() {
		return statusKiB("VmHWM:") / 1024.0;
	}

	/** Whether {@link #rssPeakMiB()} covers only the time since the last reset. */
	public boolean rssWasReset() {
		return rssReset;
	}

	/** Current resident set in MiB. */
	public static double rssNowMiB() {
		return statusKiB("VmRSS:") / 1024.0;
	}

	private static double statusKiB(String key) {
		try {
			for (String line : Files.readAllLines(STATUS, StandardCharsets.US_ASCII)) {
				if (!line.startsWith(key)) continue;
				String[] parts = line.substring(key.length()).trim().split("\\s+");
				return Double.parseDouble(parts[0]);
			}
		}
		catch (IOException | RuntimeException e) {
			return Double.NaN;
		}
		return Double.NaN;
	}
}
