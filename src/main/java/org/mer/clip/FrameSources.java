package org.mer.clip;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.mer.core.InputException;

/** Opens the right {@link FrameSource} for a path. Stateless, thread safe. */
public final class FrameSources {

	/** Video file extensions read through FFmpeg (lower case). */
	public static final String[] VIDEO_EXTENSIONS = { "avi", "mp4", "mov", "mkv", "m4v" };

	private FrameSources() {}

	/**
	 * A folder gives a {@link FolderFrameSource}; a file with a video extension (avi, mp4, mov,
	 * mkv, m4v; case ignored) a {@link VideoFrameSource}. The caller closes the result.
	 *
	 * @throws InputException for a missing path, an unsupported file type, or the sources' own
	 *           errors
	 */
	public static FrameSource open(Path path) {
		if (Files.isDirectory(path)) return new FolderFrameSource(path);
		if (!Files.exists(path)) throw new InputException("no such file or folder: " + path);
		String ext = FrameFiles.extension(path.getFileName().toString());
		if (Arrays.asList(VIDEO_EXTENSIONS).contains(ext)) return new VideoFrameSource(path);
		throw new InputException("cannot read a clip from " + path + ": expected a folder of frames or a video ("
			+ String.join(", ", VIDEO_EXTENSIONS) + ")");
	}
}
