package org.mer.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Several output files of one command, committed together: they are written into a hidden
 * staging folder inside the target folder ({@link #staging()}, same file system) under their
 * final relative names, and {@link #commit()} moves them into the target folder only when all
 * were written. Either every new file is in place or none is:
 * <ul>
 * <li>a writer fails or the batch is closed without commit: the staging folder is deleted,
 * the target folder is as it was;</li>
 * <li>a move fails during commit (a folder where a file should go, a parent that is a file,
 * a full disk): the files already moved are taken back out and the previous files restored
 * from their backups (kept in the staging folder during the commit), then the error is thrown.</li>
 * </ul>
 * Files in the target folder that the batch does not write are left alone. Hidden files whose
 * names start with {@code .} (e.g. temporaries of {@link AtomicFiles}) are not committed. A power
 * failure in the middle of a commit can leave some files new and others old; a crash of the
 * JVM leaves the staging folder ({@code .mer-batch-*}), which the next batch in that folder does
 * not touch. Not thread safe: one thread writes and commits a batch.
 */
public final class OutputBatch implements AutoCloseable {
	private static final String PREFIX = ".mer-batch-";

	private final Path target;
	private final Path staging;
	private boolean finished;

	private OutputBatch(Path target, Path staging) {
		this.target = target;
		this.staging = staging;
	}

	/**
	 * Starts a batch for files under {@code targetDir} (created if missing).
	 *
	 * @throws IOException when the folder or its staging folder cannot be created (e.g. a parent
	 *           is a regular file); nothing is written then
	 */
	public static OutputBatch into(Path targetDir) throws IOException {
		Path dir = Files.createDirectories(targetDir.toAbsolutePath().normalize());
		return new OutputBatch(dir, Files.createTempDirectory(dir, PREFIX));
	}

	/** The folder the files end up in. */
	public Path target() {
		return target;
	}

	/** Where the writers write, by the files' final names relative to {@link #target()}. */
	public Path staging() {
		return staging;
	}

	/**
	 * The staging path of {@code relativeName} (parent folders created), for a writer that is
	 * given a file path.
	 */
	public Path file(String relativeName) throws IOException {
		Path p = staging.resolve(relativeName).normalize();
		if (!p.startsWith(staging) || p.equals(staging)) throw new IllegalArgumentException(relativeName + " is not a file name inside the batch");
		Files.createDirectories(p.getParent());
		return p;
	}

	/** Writes {@code relativeName} through {@code writer} (see {@link #file(String)}). */
	public OutputBatch write(String relativeName, IoConsumer<Path> writer) throws IOException {
		writer.accept(file(relativeName));
		return this;
	}

	/**
	 * Moves every staged file to its place in the target folder, all or none (see the class
	 * comment), and removes the staging folder.
	 *
	 * @return the files now in place, sorted
	 * @throws IOException from the first move that failed; the target folder is then as before
	 */
	public List<Path> commit() throws IOException {
		if (finished) throw new IllegalStateException("batch already committed or closed");
		List<Path> staged = stagedFiles();
		for (Path s : staged)
			if (Files.isDirectory(target.resolve(staging.relativize(s)), LinkOption.NOFOLLOW_LINKS))
				throw new IOException("cannot write " + target.resolve(staging.relativize(s)) + ": a folder of that name is in the way");
		Path backups = staging.resolve(".backup");
		List<Path[]> moved = new ArrayList<>(), saved = new ArrayList<>();
		try {
			for (Path s : staged) {
				Path rel = staging.relativize(s), dest = target.resolve(rel);
				if (Files.exists(dest, LinkOption.NOFOLLOW_LINKS)) {
					Path backup = backups.resolve(rel);
					Files.createDirectories(backup.getParent());
					move(dest, backup);
					saved.add(new Path[] { backup, dest });
				}
				Files.createDirectories(dest.getParent());
				move(s, dest);
				moved.add(new Path[] { s, dest });
			}
		}
		catch (IOException | RuntimeException e) {
			if (!rollBack(moved, saved, e)) {
				finished = true; // keep the staging folder: it holds previous files that could not be restored
				e.addSuppressed(new IOException("some previous files could not be restored; they are in " + backups));
			}
			throw e;
		}
		finished = true;
		deleteStaging();
		List<Path> done = new ArrayList<>();
		for (Path[] m : moved)
			done.add(m[1]);
		return done;
	}

	/** @return true when every previous file is back in place */
	private static boolean rollBack(List<Path[]> moved, List<Path[]> saved, Exception failure) {
		for (int i = moved.size() - 1; i >= 0; i--)
			try {
				Files.deleteIfExists(moved.get(i)[1]);
			}
			catch (IOException e) {
				failure.addSuppressed(e);
			}
		boolean restored = true;
		for (int i = saved.size() - 1; i >= 0; i--)
			try {
				move(saved.get(i)[0], saved.get(i)[1]);
			}
			catch (IOException e) {
				failure.addSuppressed(e);
				restored = false;
			}
		return restored;
	}

	private List<Path> stagedFiles() throws IOException {
		try (Stream<Path> walk = Files.walk(staging)) {
			return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
				.filter(p -> !hidden(staging.relativize(p))).sorted().collect(Collectors.toList());
		}
	}

	private static boolean hidden(Path rel) {
		for (Path part : rel)
			if (part.toString().startsWith(".")) return true;
		return false;
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to);
		}
	}

	private void deleteStaging() throws IOException {
		if (!Files.exists(staging)) return;
		try (Stream<Path> walk = Files.walk(staging)) {
			for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator)
				Files.deleteIfExists(p);
		}
	}

	/** Without a commit: deletes everything staged; the target folder is untouched. Idempotent. */
	@Override
	public void close() throws IOException {
		if (finished) return;
		finished = true;
		deleteStaging();
	}
}
