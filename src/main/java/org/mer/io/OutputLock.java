package org.mer.io;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import org.mer.core.InputException;
import org.mer.core.Progress;

/**
 * Exclusive use of one output (a CSV file, a report folder) by one run. The lock is the file
 * {@code <output>.lock} beside the output, holding {@code pid}, {@code host} and {@code started}
 * lines, plus an operating-system lock on that file ({@link FileChannel#tryLock()}), which the
 * system drops when the process dies. Acquiring:
 * <ul>
 * <li>no lock file, or one nobody holds whose process is gone (same host, pid no longer alive
 * per {@link ProcessHandle}): taken, the latter with a log line ("stale lock taken over");</li>
 * <li>a lock file held by a live process, or written by another host (whose processes cannot be
 * checked): {@link InputException} naming the lock file, the pid and the host, and saying to
 * delete the file if no such run exists.</li>
 * </ul>
 * Another thread of this JVM is refused like another process; the thread that holds the lock may
 * acquire it again (the inner {@link #close()} then does nothing), so a use case and the library
 * call it makes can both lock the same output. {@link #close()} deletes the lock file and releases
 * the lock; a shutdown hook does the same when the JVM exits without closing (Ctrl-C). A
 * {@code kill -9} leaves the file, which the next run then takes over as stale.
 * <p>
 * Where the file system does not support locks (some network shares) the pid check still
 * refuses a second run on the same host. Thread safe.
 */
public final class OutputLock implements AutoCloseable {
	/** Suffix appended to the output's file name. */
	public static final String SUFFIX = ".lock";
	private static final Map<Path, OutputLock> HELD = new ConcurrentHashMap<>();

	private final Path file;
	private final FileChannel channel;
	private final FileLock lock;
	private final Thread owner;
	private final Thread hook;
	private int depth = 1;
	private boolean released;

	private OutputLock(Path file, FileChannel channel, FileLock lock) {
		this.file = file;
		this.channel = channel;
		this.lock = lock;
		this.owner = Thread.currentThread();
		this.hook = new Thread(this::release, "mer-release-" + file.getFileName());
	}

	/** The lock file of {@code output}: {@code <output>.lock} in the same folder. */
	public static Path lockFile(Path output) {
		Path abs = output.toAbsolutePath().normalize();
		return abs.resolveSibling(abs.getFileName() + SUFFIX);
	}

	/**
	 * Takes the lock of {@code output} (which need not exist yet; its folder is created).
	 *
	 * @param progress gets the log line when a stale lock is taken over
	 * @throws InputException when another run holds it (see the class comment)
	 * @throws IOException when the lock file cannot be created or written
	 */
	public static OutputLock acquire(Path output, Progress progress) throws IOException {
		Path file = lockFile(output);
		synchronized (HELD) {
			OutputLock mine = HELD.get(file);
			if (mine != null) {
				if (mine.owner != Thread.currentThread())
					throw refused(file, "another task of this program (" + mine.owner.getName() + ")", ProcessHandle.current().pid(), host());
				mine.depth++;
				return mine;
			}
			Files.createDirectories(file.getParent());
			for (int attempt = 0; attempt < 5; attempt++) {
				OutputLock taken = tryTake(file, progress == null ? Progress.NONE : progress);
				if (taken != null) {
					HELD.put(file, taken);
					try {
						Runtime.getRuntime().addShutdownHook(taken.hook);
					}
					catch (IllegalStateException shuttingDown) {
						// the JVM is exiting: nothing to hook
					}
					return taken;
				}
			}
			throw new IOException("could not take the lock " + file + ": it kept being replaced by another process");
		}
	}

	/** One attempt; null when the file was deleted or replaced while we locked it (try again). */
	private static OutputLock tryTake(Path file, Progress progress) throws IOException {
		FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
		boolean keep = false;
		try {
			FileLock lock = null;
			boolean supported = true;
			try {
				lock = channel.tryLock();
			}
			catch (OverlappingFileLockException e) {
				lock = null;
			}
			catch (IOException e) {
				supported = false; // no locks on this file system: the pid check below still applies
			}
			Holder previous = Holder.read(channel);
			if (lock == null && supported)
				throw previous == null ? refused(file, "another run", -1, "?") : refused(file, "another run", previous.pid, previous.host);
			if (previous != null) {
				if (!previous.host.equals(host())) throw refused(file, "a run on another computer", previous.pid, previous.host);
				if (previous.pid != ProcessHandle.current().pid() && ProcessHandle.of(previous.pid).map(ProcessHandle::isAlive).orElse(false))
					throw refused(file, "another run", previous.pid, previous.host);
				progress.log("stale lock " + file + " of process " + previous.pid + " (no longer running) taken over");
			}
			byte[] me = ("pid=" + ProcessHandle.current().pid() + "\nhost=" + host() + "\nstarted=" + Instant.now() + "\nnonce="
				+ Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36) + "\n").getBytes(StandardCharsets.UTF_8);
			channel.truncate(0);
			channel.write(ByteBuffer.wrap(me), 0);
			channel.force(false);
			if (!namesThisFile(file, me)) return null;
			keep = true;
			return new OutputLock(file, channel, lock);
		}
		finally {
			if (!keep) channel.close();
		}
	}

	/**
	 * True when {@code file} still is the file we locked and wrote: the holder that deletes the
	 * lock file on release does so while holding it, so a process that opened the old file just
	 * before sees other content (or no file) here and tries again.
	 */
	private static boolean namesThisFile(Path file, byte[] written) {
		try {
			return Arrays.equals(Files.readAllBytes(file), written);
		}
		catch (IOException e) {
			return false;
		}
	}

	private static InputException refused(Path file, String who, long pid, String host) {
		return new InputException("the output is in use by " + who + ": lock file " + file + " held by process "
			+ (pid < 0 ? "?" : Long.toString(pid)) + " on " + host
			+ "; wait for that run to end, or delete the lock file if no such run exists");
	}

	/** This computer's name, looked up once (the lookup may be slow where DNS is). */
	static String host() {
		return Host.NAME;
	}

	private static final class Host {
		static final String NAME = lookUp();

		private static String lookUp() {
			String env = System.getenv("HOSTNAME");
			if (env == null) env = System.getenv("COMPUTERNAME");
			try {
				return InetAddress.getLocalHost().getHostName();
			}
			catch (IOException e) {
				return env == null ? "localhost" : env;
			}
		}
	}

	/** The lock file. */
	public Path file() {
		return file;
	}

	/** Releases the lock and deletes the lock file (for the outermost holder only); idempotent. */
	@Override
	public void close() {
		synchronized (HELD) {
			if (released) return;
			if (--depth > 0) return;
		}
		try {
			Runtime.getRuntime().removeShutdownHook(hook);
		}
		catch (IllegalStateException shuttingDown) {
			// the hook is running or about to
		}
		release();
	}

	private void release() {
		synchronized (HELD) {
			if (released) return;
			released = true;
			HELD.remove(file, this);
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException e) {
				// left behind: the next run takes it over as stale
			}
			try {
				if (lock != null) lock.release();
				channel.close();
			}
			catch (IOException e) {
				// the channel is gone either way
			}
		}
	}

	/** What a lock file says about its holder. */
	private static final class Holder {
		final long pid;
		final String host;

		private Holder(long pid, String host) {
			this.pid = pid;
			this.host = Objects.requireNonNull(host);
		}

		/** @return the holder written in the file, or null when the file is empty or unreadable */
		static Holder read(FileChannel channel) throws IOException {
			long size = channel.size();
			if (size == 0 || size > 4096) return null;
			ByteBuffer buffer = ByteBuffer.allocate((int) size);
			channel.read(buffer, 0);
			long pid = -1;
			String host = null;
			for (String line : new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).split("\n")) {
				if (line.startsWith("pid=")) {
					try {
						pid = Long.parseLong(line.substring(4).trim());
					}
					catch (NumberFormatException e) {
						return null;
					}
				}
				else if (line.startsWith("host=")) host = line.substring(5).trim();
			}
			return pid < 0 || host == null ? null : new Holder(pid, host);
		}
	}
}
