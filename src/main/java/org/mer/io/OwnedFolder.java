package org.mer.io;

import org.mer.core.Ids;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.mer.Version;
import org.mer.core.InputException;

/**
 * Output folders that this tool may replace or delete, and only those. A folder this tool wrote
 * as a whole carries the marker file {@value #MARKER} (its kind and the tool version; no time, so
 * that equal outputs are byte-identical);
 * it is recognised by that marker, never by its name. A folder may be written as kind K when it
 * <ul>
 * <li>is not a file-system root, the working directory, the user's home folder or an ancestor
 * of one of them;</li>
 * <li>is not an input or another output of the command ({@link ProtectedPaths}) and contains
 * none of them;</li>
 * <li>does not exist, is empty, or carries a marker of kind K.</li>
 * </ul>
 * Anything else is an {@link InputException} naming the folder and the reason. Deleting the
 * marker file protects a folder from being replaced.
 * <p>
 * {@link #replace} builds the new content in a hidden sibling folder and swaps it in by renames
 * (same file system): the old content is removed only after the new one is in place, and only
 * because it carries the marker. {@link #claim} is for folders written file by file (report,
 * comparison, synthetic dataset): it applies the input and content rules only, since it removes
 * nothing wholesale (so the cache may live inside a report folder, and an empty working
 * directory may be used). {@link #deleteTree} is the only recursive delete of the project
 * and refuses a folder without the marker. Symbolic links inside a deleted folder are removed as
 * links; their targets are never touched. Stateless; thread safe as far as the file system is
 * (two processes writing one folder are kept apart by {@link OutputLock}, not here).
 */
public final class OwnedFolder {
	/** Name of the marker file inside an output folder. */
	public static final String MARKER = ".mer-output";

	private OwnedFolder() {}

	/** @return the kind id in {@code dir}'s marker ("model", "report", ...), empty when there is no readable marker */
	public static Optional<String> markerKind(Path dir) {
		Path marker = dir.resolve(MARKER);
		if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
		try {
			for (String line : Files.readAllLines(marker, StandardCharsets.UTF_8))
				if (line.startsWith("kind=")) return Optional.of(line.substring(5).trim());
		}
		catch (IOException e) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	/** Writes (or rewrites) {@code dir}'s marker for {@code kind}; {@code dir} must exist. */
	public static void mark(Path dir, OutputKind kind) throws IOException {
		AtomicFiles.writeString(dir.resolve(MARKER), "# Written by MESTI-MEGANet. This tool may replace or delete this folder as a whole;\n"
			+ "# delete this file to protect the folder from that.\n" + "kind=" + kind.id() + "\nversion=" + Version.get() + "\n");
	}

	/**
	 * Checks that {@code dir} may be written as {@code kind} (see the class comment).
	 *
	 * @throws InputException naming the folder and why it may not be written
	 */
	public static void checkWritable(Path dir, OutputKind kind, ProtectedPaths protect) {
		String problem = protectionProblem(dir, protect, true);
		if (problem == null) problem = contentProblem(dir, kind, null);
		if (problem != null) throw new InputException("cannot write " + dir + " as a " + kind.describe() + ": " + problem);
	}

	/**
	 * Makes {@code dir} ready to be written file by file as {@code kind}: checks it
	 * ({@link #checkWritable}), creates it and writes its marker. Files already in a folder of
	 * the same kind stay; the caller replaces them one by one (e.g. with {@link AtomicFiles}).
	 *
	 * @param legacyMarker a file that only this tool writes into such a folder and that marked it
	 *          before {@value #MARKER} existed (e.g. the synthetic generator's settings file), or
	 *          null; a folder holding it is treated as already marked
	 * @return {@code dir}
	 */
	public static Path claim(Path dir, OutputKind kind, ProtectedPaths protect, String legacyMarker) throws IOException {
		String problem = protectionProblem(dir, protect, false);
		if (problem == null) problem = contentProblem(dir, kind, legacyMarker);
		if (problem != null) throw new InputException("cannot write " + dir + " as a " + kind.describe() + ": " + problem);
		Files.createDirectories(dir);
		if (!markerKind(dir).isPresent()) mark(dir, kind);
		return dir;
	}

	/** {@link #claim(Path, OutputKind, ProtectedPaths, String)} without a legacy marker. */
	public static Path claim(Path dir, OutputKind kind, ProtectedPaths protect) throws IOException {
		return claim(dir, kind, protect, null);
	}

	/**
	 * Replaces {@code dir} as a whole: checks it ({@link #checkWritable}), lets {@code writeInto}
	 * fill a new hidden sibling folder, marks it, and swaps it in by renames. When the writer or
	 * a rename fails, the new folder is deleted and {@code dir} is as it was.
	 *
	 * @param writeInto writes the complete new content into the folder it is given (which
	 *          exists and is empty)
	 * @throws InputException when {@code dir} may not be written, checked before the writer runs
	 *           and again just before the swap
	 */
	public static void replace(Path dir, OutputKind kind, ProtectedPaths protect, IoConsumer<Path> writeInto) throws IOException {
		Path target = dir.toAbsolutePath().normalize();
		if (Files.isSymbolicLink(target))
			throw new InputException("cannot write " + dir + " as a " + kind.describe() + ": it is a symbolic link");
		checkWritable(target, kind, protect);
		Path parent = target.getParent();
		Files.createDirectories(parent);
		Path staging = Files.createDirectory(parent.resolve("." + target.getFileName() + ".new-" + random())); // default permissions, unlike a temp folder
		boolean swapped = false;
		try {
			writeInto.accept(staging);
			mark(staging, kind);
			checkWritable(target, kind, protect);
			swap(staging, target, kind);
			swapped = true;
		}
		finally {
			if (!swapped) deleteCreated(staging);
		}
	}

	private static void swap(Path staging, Path target, OutputKind kind) throws IOException {
		if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
			move(staging, target);
			return;
		}
		Path old = target.resolveSibling("." + target.getFileName() + ".old-" + random());
		move(target, old);
		try {
			move(staging, target);
		}
		catch (IOException | RuntimeException e) {
			move(old, target);
			throw e;
		}
		if (isEmpty(old)) Files.delete(old);
		else if (markerKind(old).map(kind.id()::equals).orElse(false)) deleteCreated(old);
		else throw new InputException(target + " was written, but its previous content no longer carries the " + MARKER
			+ " marker of a " + kind.describe() + ", so it was kept in " + old);
	}

	private static String random() {
		return Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to);
		}
	}

	/**
	 * Creates a new, marked, empty folder under {@code parent} (or the system's temporary folder
	 * when null) for scratch output that is deleted afterwards with {@link #deleteTree}.
	 */
	public static Path createTemp(Path parent, String prefix, OutputKind kind) throws IOException {
		Path dir = parent == null ? Files.createTempDirectory(prefix) : Files.createTempDirectory(Files.createDirectories(parent), prefix);
		mark(dir, kind);
		return dir;
	}

	/**
	 * Deletes {@code dir} and everything below it; nothing when it does not exist. Symbolic links
	 * are deleted as links, never followed.
	 *
	 * @throws InputException when {@code dir} carries no {@value #MARKER} marker (this tool did not
	 *           create it), is a symbolic link, or is the working directory, the home folder, a
	 *           root or an ancestor of one of them
	 */
	public static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return;
		String problem = Files.isSymbolicLink(dir) ? "it is a symbolic link" : protectionProblem(dir, ProtectedPaths.none(), true);
		if (problem == null && !markerKind(dir).isPresent())
			problem = "it has no " + MARKER + " marker, so this tool did not create it";
		if (problem != null) throw new InputException("refusing to delete " + dir + ": " + problem);
		deleteCreated(dir);
	}

	/** Deletes a tree that this class created or verified; links are not followed. */
	private static void deleteCreated(Path dir) throws IOException {
		if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return;
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator)
				Files.deleteIfExists(p);
		}
	}

	/**
	 * Why {@code dir} is protected whatever its content, or null.
	 *
	 * @param whole for replacing and deleting a folder as a whole: also the roots, the working
	 *          directory, the home folder and the other outputs. A folder written file by file
	 *          ({@link #claim}) may be the empty working directory and may hold another output
	 *          (e.g. the cache inside the report folder): nothing in it is removed wholesale.
	 */
	static String protectionProblem(Path dir, ProtectedPaths protect, boolean whole) {
		Path d = real(dir);
		String problem = null;
		if (whole) {
			if (d.getParent() == null) return "it is a file-system root";
			problem = relation(d, real(Paths.get("")), "the working directory");
			if (problem == null) problem = relation(d, real(Paths.get(System.getProperty("user.home", "/"))), "your home folder");
		}
		for (Path in : protect.inputs())
			if (problem == null) problem = relation(d, real(in), "the input " + in);
		for (Path out : protect.outputs())
			if (problem == null && whole) problem = relation(d, real(out), "the output " + out);
		return problem;
	}

	private static String relation(Path dir, Path other, String what) {
		if (dir.equals(other)) return "it is " + what;
		if (other.startsWith(dir)) return "it contains " + what;
		return null;
	}

	private static String contentProblem(Path dir, OutputKind kind, String legacyMarker) {
		if (!Files.exists(dir)) return null;
		if (!Files.isDirectory(dir)) return "it is a file, not a folder";
		try {
			if (isEmpty(dir)) return null;
		}
		catch (IOException e) {
			return "its content cannot be listed (" + e.getMessage() + ")";
		}
		Optional<String> marked = markerKind(dir);
		if (marked.isPresent()) {
			if (marked.get().equals(kind.id())) return null;
			return "it was written as a " + describe(marked.get()) + ", not a " + kind.describe();
		}
		if (legacyMarker != null && Files.isRegularFile(dir.resolve(legacyMarker))) return null;
		return "it is not empty and has no " + MARKER + " marker, so this tool did not write it (" + sample(dir)
			+ "); choose a new or empty folder";
	}

	private static String describe(String kindId) {
		try {
			return Ids.parse(OutputKind.class, kindId, "output kind").describe();
		}
		catch (InputException e) {
			return "'" + kindId + "' folder";
		}
	}

	private static String sample(Path dir) {
		try (Stream<Path> s = Files.list(dir)) {
			List<String> names = s.map(p -> p.getFileName().toString()).sorted().limit(4).collect(Collectors.toList());
			return "it holds " + String.join(", ", names) + (names.size() == 4 ? ", ..." : "");
		}
		catch (IOException e) {
			return "unlisted content";
		}
	}

	private static boolean isEmpty(Path dir) throws IOException {
		try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
			return !s.iterator().hasNext();
		}
	}

	/** Absolute, normalised, with symbolic links resolved in the part of the path that exists. */
	static Path real(Path p) {
		Path abs = p.toAbsolutePath().normalize();
		Path existing = abs;
		while (existing != null && !Files.exists(existing))
			existing = existing.getParent();
		if (existing == null) return abs;
		try {
			return existing.toRealPath().resolve(existing.relativize(abs));
		}
		catch (NoSuchFileException e) {
			return abs;
		}
		catch (IOException e) {
			return abs;
		}
	}
}
