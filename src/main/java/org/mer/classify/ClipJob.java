package org.mer.classify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.mer.clip.ClipRange;
import org.mer.clip.FrameSources;
import org.mer.core.InputException;
import org.mer.data.Sample;

/**
 * One clip for {@link BatchClassifier}: the name written in the CSV's {@code path} column, the
 * frame folder or video file, and onset/apex/offset as given (absent = whole recording, apex
 * spotted). Immutable.
 */
public final class ClipJob {
	/** File name endings treated as frames when looking for clip folders. */
	static final String[] FRAME_EXTENSIONS = { ".jpg", ".jpeg", ".png", ".bmp", ".tif", ".tiff" };

	private final String path;
	private final Path source;
	private final ClipRange range;

	public ClipJob(String path, Path source, ClipRange range) {
		this.path = Objects.requireNonNull(path);
		this.source = Objects.requireNonNull(source);
		this.range = Objects.requireNonNull(range);
	}

	/** One clip (frame folder or video) with a given range; its CSV path is {@code source} as given. */
	public static ClipJob of(Path source, ClipRange range) {
		return new ClipJob(slashes(source.toString()), source, range);
	}

	/** Samples of a dataset sheet: CSV path = the sample's frames path, range from the sheet. */
	public static List<ClipJob> of(List<Sample> samples) {
		List<ClipJob> jobs = new ArrayList<>();
		for (Sample s : samples)
			jobs.add(new ClipJob(slashes(s.frames().toString()), s.frames(), s.range()));
		return jobs;
	}

	/**
	 * Every clip under a folder: each folder that directly contains frame files, and each video
	 * file ({@link FrameSources#VIDEO_EXTENSIONS}), in sorted path order. CSV paths are relative to {@code root} with "/" separators
	 * ("." for the root itself). Ranges are the whole recording with the apex spotted.
	 *
	 * @throws InputException when {@code root} is not a folder or holds no clip
	 */
	public static List<ClipJob> findUnder(Path root) throws IOException {
		if (!Files.isDirectory(root)) throw new InputException("clip folder " + root + " does not exist or is not a folder");
		List<Path> all;
		try (Stream<Path> s = Files.walk(root)) {
			all = s.sorted(Comparator.comparing(Path::toString)).collect(Collectors.toList());
		}
		List<ClipJob> jobs = new ArrayList<>();
		for (Path p : all) {
			boolean clip = Files.isDirectory(p) ? hasFrames(p) : Files.isRegularFile(p) && isVideo(p);
			if (!clip) continue;
			String rel = slashes(root.relativize(p).toString());
			jobs.add(new ClipJob(rel.isEmpty() ? "." : rel, p, ClipRange.all()));
		}
		if (jobs.isEmpty())
			throw new InputException("no clip found under " + root + ": expected folders of frame files or video files");
		return jobs;
	}

	private static boolean hasFrames(Path dir) throws IOException {
		try (Stream<Path> s = Files.list(dir)) {
			return s.anyMatch(f -> Files.isRegularFile(f) && endsWith(f, FRAME_EXTENSIONS));
		}
	}

	private static boolean isVideo(Path p) {
		String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
		for (String e : FrameSources.VIDEO_EXTENSIONS)
			if (name.endsWith("." + e)) return true;
		return false;
	}

	private static boolean endsWith(Path p, String[] endings) {
		String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
		for (String e : endings)
			if (name.endsWith(e)) return true;
		return false;
	}

	private static String slashes(String s) {
		return s.replace('\\', '/');
	}

	/** Name in the CSV's path column. */
	public String path() { return path; }

	/** Frame folder or video file. */
	public Path source() { return source; }

	public ClipRange range() { return range; }

	@Override
	public String toString() {
		return path + " (" + range + ")";
	}
}
