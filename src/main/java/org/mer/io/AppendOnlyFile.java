package org.mer.io;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An existing file that grows by whole records (e.g. CSV rows): each {@link #append} writes the
 * record at the end, and when that fails (disk full, quota, I/O error) the file is cut back to
 * its length before the record, so it never ends in half a record. Records reach the operating
 * system on each call (they survive the program being killed; a power failure may lose the last
 * ones). The channel comes from an {@link Opener}, so tests can put a failing file system under
 * the writer. Not thread safe; the caller closes it.
 */
public final class AppendOnlyFile implements Closeable {

	/** Opens the channel records are written through; the file exists. */
	@FunctionalInterface
	public interface Opener {
		SeekableByteChannel open(Path file) throws IOException;
	}

	/** The real file system. */
	public static final Opener FILES = file -> Files.newByteChannel(file, StandardOpenOption.WRITE);

	private final Path file;
	private final SeekableByteChannel channel;

	private AppendOnlyFile(Path file, SeekableByteChannel channel) {
		this.file = file;
		this.channel = channel;
	}

	/** @param opener {@link #FILES} except in tests */
	public static AppendOnlyFile open(Path file, Opener opener) throws IOException {
		return new AppendOnlyFile(file, opener.open(file));
	}

	public Path file() {
		return file;
	}

	/**
	 * Appends {@code record} whole, or not at all.
	 *
	 * @throws IOException naming the file; the file then has its previous length
	 */
	public void append(byte[] record) throws IOException {
		long before = channel.size();
		try {
			channel.position(before);
			ByteBuffer buffer = ByteBuffer.wrap(record);
			while (buffer.hasRemaining())
				channel.write(buffer);
		}
		catch (IOException e) {
			IOException failure = new IOException("cannot write " + file + ": " + e.getMessage(), e);
			try {
				channel.truncate(before);
			}
			catch (IOException t) {
				failure.addSuppressed(t);
			}
			throw failure;
		}
	}

	@Override
	public void close() throws IOException {
		channel.close();
	}
}
