package org.mer.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.mer.clip.NaturalOrder;
import org.mer.core.InputException;

/**
 * Folder look-ups shared by the readers (clip readers here, long-video readers in
 * {@code org.mer.data.recording}): tolerant child names, breadth-first searches. Stateless.
 */
public final class Folders {
	private Folders() {}

	/** Sub-folders (not hidden), in natural order. */
	public static List<Path> subfolders(Path dir) {
		try (Stream<Path> s = Files.list(dir)) {
			return s.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
				.sorted(Comparator.comparing(p -> p.getFileName().toString(), NaturalOrder.INSTANCE)).collect(Collectors.toList());
		}
		catch (IOException e) {
			throw new InputException("cannot list folder " + dir + ": " + e.getMessage(), e);
		}
	}

	/**
	 * {@code parent/name} when it exists, else the one child whose name equals {@code name}
	 * ignoring case and surrounding spaces, else {@code parent/name} (missing; the caller reports it).
	 */
	public static Path child(Path parent, String name) {
		Path exact = parent.resolve(name.trim());
		if (Files.exists(exact) || !Files.isDirectory(parent)) return exact;
		String want = name.trim().toLowerCase(Locale.ROOT);
		for (Path p : subfolders(parent))
			if (p.getFileName().toString().trim().toLowerCase(Locale.ROOT).equals(want)) return p;
		return exact;
	}

	/**
	 * True when {@code dir} has a sub-folder whose name matches {@code regex} and which itself
	 * has a sub-folder (a subject folder holding sample folders, not e.g. a folder of masks).
	 */
	public static boolean hasSubjectFolder(Path dir, String regex) {
		if (!Files.isDirectory(dir)) return false;
		for (Path p : subfolders(dir))
			if (p.getFileName().toString().matches(regex) && !subfolders(p).isEmpty()) return true;
		return false;
	}

	/** The first folder, breadth first from {@code root} (itself included) up to {@code maxDepth}, that satisfies {@code test}, or null. */
	public static Path find(Path root, Predicate<Path> test, int maxDepth) {
		Deque<Path> queue = new ArrayDeque<>();
		Deque<Integer> depth = new ArrayDeque<>();
		queue.add(root);
		depth.add(0);
		while (!queue.isEmpty()) {
			Path d = queue.poll();
			int k = depth.poll();
			if (test.test(d)) return d;
			if (k < maxDepth)
				for (Path c : subfolders(d)) {
					queue.add(c);
					depth.add(k + 1);
				}
		}
		return null;
	}

	/**
	 * Sheet files (xls, xlsx, csv) under {@code root} up to depth 2 whose lower-case name contains
	 * one of {@code keywords}, shallowest first, then by name descending (newest dated version first).
	 */
	public static List<Path> sheets(Path root, List<String> keywords) {
		List<Path> out = new ArrayList<>();
		try (Stream<Path> s = Files.walk(root, 2)) {
			s.filter(Files::isRegularFile).filter(p -> {
				String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
				if (n.startsWith(".") || !(n.endsWith(".xls") || n.endsWith(".xlsx") || n.endsWith(".csv"))) return false;
				for (String k : keywords) if (n.contains(k)) return true;
				return false;
			}).forEach(out::add);
		}
		catch (IOException e) {
			throw new InputException("cannot search " + root + " for sheets: " + e.getMessage(), e);
		}
		out.sort(Comparator.<Path>comparingInt(p -> root.relativize(p).getNameCount())
			.thenComparing(Comparator.comparing((Path p) -> p.getFileName().toString(), NaturalOrder.INSTANCE).reversed()));
		return out;
	}

	public static void requireFolder(Path root, String what) {
		if (!Files.isDirectory(root))
			throw new InputException((Files.exists(root) ? root + " is not a folder" : "no such folder: " + root) + " (" + what + " root)");
	}
}
