package org.mer.faults;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.mer.io.AppendOnlyFile;

/**
 * Output failures: a file system that fills up after a quota (a channel wrapper, works
 * everywhere), a real full disk (a tiny tmpfs, only where {@code mount} is allowed, e.g. as root
 * on Linux), paths that cannot be written. Stateless.
 */
public final class DiskFaults {
	private DiskFaults() {}

	/**
	 * Opens channels on the real file that accept at most {@code quota} more bytes in all, then
	 * fail like a full disk ("No space left on device"), possibly after writing part of a buffer,
	 * as a real disk does.
	 */
	public static AppendOnlyFile.Opener fullAfter(long quota) {
		long[] left = { quota };
		return file -> new QuotaChannel(AppendOnlyFile.FILES.open(file), left);
	}

	private static final class QuotaChannel implements SeekableByteChannel {
		private final SeekableByteChannel inner;
		private final long[] left;

		QuotaChannel(SeekableByteChannel inner, long[] left) {
			this.inner = inner;
			this.left = left;
		}

		@Override
		public int write(ByteBuffer src) throws IOException {
			if (left[0] <= 0) throw new IOException("No space left on device");
			if (src.remaining() <= left[0]) {
				int n = inner.write(src);
				left[0] -= n;
				return n;
			}
			ByteBuffer part = src.duplicate();
			part.limit(part.position() + (int) left[0]);
			int n = inner.write(part);
			src.position(src.position() + n);
			left[0] = 0;
			return n;
		}

		@Override public int read(ByteBuffer dst) throws IOException { return inner.read(dst); }
		@Override public long position() throws IOException { return inner.position(); }
		@Override public SeekableByteChannel position(long p) throws IOException { inner.position(p); return this; }
		@Override public long size() throws IOException { return inner.size(); }
		@Override public SeekableByteChannel truncate(long size) throws IOException { inner.truncate(size); return this; }
		@Override public boolean isOpen() { return inner.isOpen(); }
		@Override public void close() throws IOException { inner.close(); }
	}

	/** A mounted tmpfs; {@link #close()} unmounts it. */
	public static final class Tmpfs implements AutoCloseable {
		public final Path root;

		private Tmpfs(Path root) {
			this.root = root;
		}

		@Override
		public void close() throws IOException, InterruptedException {
			run("umount", root.toString());
		}
	}

	/**
	 * Mounts a tmpfs of {@code size} (e.g. "64k") on the existing folder {@code mountPoint}.
	 *
	 * @return empty when mounting is not allowed here (not root, not Linux, in a restricted container)
	 */
	public static Optional<Tmpfs> mountTmpfs(Path mountPoint, String size) {
		if (!System.getProperty("os.name", "").toLowerCase().contains("linux") || !Files.isExecutable(Paths.get("/bin/mount"))
			&& !Files.isExecutable(Paths.get("/usr/bin/mount"))) return Optional.empty();
		try {
			return run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", mountPoint.toString()) ? Optional.of(new Tmpfs(mountPoint))
				: Optional.empty();
		}
		catch (IOException | InterruptedException e) {
			return Optional.empty();
		}
	}

	private static boolean run(String... command) throws IOException, InterruptedException {
		Process p = new ProcessBuilder(Arrays.asList(command)).redirectErrorStream(true).start();
		p.getInputStream().readAllBytes();
		return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
	}

	/** A path that cannot be created as a file or folder: its parent is a regular file. */
	public static Path underARegularFile(Path dir, String name) throws IOException {
		Path blocker = Files.write(Files.createDirectories(dir).resolve("not-a-folder"), new byte[] { 1 });
		return blocker.resolve(name);
	}
}
