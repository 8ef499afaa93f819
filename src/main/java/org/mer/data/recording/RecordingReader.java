package org.mer.data.recording;

import java.nio.file.Path;

import org.mer.core.Progress;

/**
 * Reads one long-video dataset layout: its recordings (frame folders or video files) and the
 * expressions its sheet codes in them. Frame numbers stay absolute as the sheet gives them; every
 * sheet row that is repaired or skipped is listed in {@link RecordingDataset#issues()} with its
 * reason. A recording the sheet codes nothing in is still returned (with no ground truth): it
 * counts for false positives when spotting is scored. Implementations are stateless and thread
 * safe.
 */
public interface RecordingReader {

	/**
	 * @param root the dataset folder as users have it (see each reader for what it accepts)
	 * @param sheet the coding sheet, or null to use the one found under {@code root}
	 * @throws org.mer.core.InputException when the root or sheet is missing or unreadable, or the
	 *           sheet has no row with the needed columns
	 * @throws org.mer.core.CanceledException when {@code p} asks to stop
	 */
	RecordingDataset read(Path root, Path sheet, Progress p);
}
