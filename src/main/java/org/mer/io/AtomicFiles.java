package org.mer.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that a reader never sees half a file and a previous file is never lost: the
 * content goes into a hidden temporary file in the target's own folder (same file system),
 * which then replaces the target in one atomic rename ({@code ATOMIC_MOVE}; where the file
 * system cannot do that, a plain {@code REPLACE_EXISTING} move). When writing fails the
 * temporary file is deleted and the target is left as it was. Missing parent folders are
 * created. Thread safe (each call uses its own temporary name).
 */
public final class AtomicFiles {

	private AtomicFiles() {}

	/**
	 * @param target the file to create or replace
	 * @param writerToTemp writes the complete content into the path it is given (which does not
	 *          exist yet and has the target's extension, so writers that pick the format from
	 *          the extension work)
	 * @throws IOException from the writer or the move; the target is then unchanged
	 */
	public static void write(Path target, IoConsumer<Path> writerToTemp) throws IOException {
		Path absolute = target.toAbsolutePath();
		Path folder = absolute.getParent();
		Files.createDirectories(folder);
		Path temp = folder.resolve(tempName(absolute.getFileName().toString()));
		try {
			writerToTemp.accept(temp);
			if (!Files.isRegularFile(temp)) throw new IOException("nothing was written for " + target);
			try {
				Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException | RuntimeException | Error e) {
			try {
				Files.deleteIfExists(temp);
			}
			catch (IOException suppressed) {
				e.addSuppressed(suppressed);
			}
			throw e;
		}
	}

	/** Writes {@code text} as UTF-8, atomically as {@link #write}. */
	public static void writeString(Path target, String text) throws IOException {
		write(target, temp -> Files.write(temp, text.getBytes(StandardCharsets.UTF_8)));
	}

	/** ".name.&lt;random&gt;.tmp.ext": hidden, unique, keeps the extension. */
	static String tempName(String fileName) {
		int dot = fileName.lastIndexOf('.');
		String ext = dot > 0 ? fileName.substring(dot) : "";
		long random = ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE;
		return "." + fileName + "." + Long.toString(random, 36) + ".tmp" + ext;
	}
}
