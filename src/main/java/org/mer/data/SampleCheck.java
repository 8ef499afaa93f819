package org.mer.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.mer.clip.ClipRange;
import org.mer.clip.FolderFrameSource;
import org.mer.core.InputException;

/**
 * Turns one sheet row (or one SMIC folder) into a {@link Sample} after checking it against its
 * frames folder, or explains why not. Rules, in this order (the first failing one is reported):
 * <ol>
 * <li>the emotion maps to a class of the set, else skipped;</li>
 * <li>the frames folder exists and holds numbered frames ({@link FolderFrameSource}), else skipped;</li>
 * <li>onset and offset are whole numbers with onset &lt;= offset, else skipped;</li>
 * <li>onset and offset are frames of the folder; an onset before the first frame or an offset
 * after the last (or in a gap) is moved to the nearest frame inside onset..offset and reported;
 * skipped when no frame lies in onset..offset;</li>
 * <li>the apex is a frame of the folder strictly after the onset and at most the offset; otherwise
 * ('/', blank, text, outside the clip, equal to the onset) it is left absent, to be spotted
 * (SPEC §5), and reported.</li>
 * </ol>
 * Each reported line starts with {@code where} (e.g. "sheet.xlsx row 12 (sub01/EP02_01f)").
 * Stateless.
 */
final class SampleCheck {
	private SampleCheck() {}

	/**
	 * @param onsetText the sheet's onset cell, or null for "the first frame of the folder"
	 * @param apexText the sheet's apex cell; null or "" for layouts without apex
	 * @param offsetText the sheet's offset cell, or null for "the last frame of the folder"
	 * @return the sample, or null when skipped (the reason is appended to {@code issues})
	 */
	static Sample check(String where, String dataset, String subject, String id, Path folder, String onsetText, String apexText,
		String offsetText, String emotion, ClassSet classes, List<String> issues) {
		Optional<String> label = classes.map(emotion);
		if (!label.isPresent()) {
			issues.add(where + ": " + (emotion == null || emotion.trim().isEmpty() ? "no emotion" : "emotion '" + emotion + "' is not in class set " + classes.name()) + "; skipped");
			return null;
		}
		if (!Files.isDirectory(folder)) {
			issues.add(where + ": frames folder " + folder + " not found; skipped");
			return null;
		}
		int[] frames;
		try (FolderFrameSource source = new FolderFrameSource(folder)) {
			frames = source.frameNumbers();
		}
		catch (InputException e) {
			issues.add(where + ": " + e.getMessage() + "; skipped");
			return null;
		}
		Integer onset = onsetText == null ? Integer.valueOf(frames[0]) : FrameCells.number(onsetText);
		Integer offset = offsetText == null ? Integer.valueOf(frames[frames.length - 1]) : FrameCells.number(offsetText);
		String badRange = FrameCells.rangeProblem(onset, onsetText, offset, offsetText);
		if (badRange != null) {
			issues.add(where + ": " + badRange + "; skipped");
			return null;
		}
		int first = -1, last = -1;
		for (int n : frames) {
			if (n < onset || n > offset) continue;
			if (first < 0) first = n;
			last = n;
		}
		String span = "frames " + frames[0] + ".." + frames[frames.length - 1];
		if (first < 0) {
			issues.add(where + ": no frame of onset..offset " + onset + ".." + offset + " in " + folder + " (" + span + "); skipped");
			return null;
		}
		if (first != onset || last != offset)
			issues.add(where + ": onset..offset " + onset + ".." + offset + " are not both frames of " + folder.getFileName() + " (" + span + "); using " + first + ".." + last);
		Integer apex = null;
		if (apexText != null && !apexText.trim().isEmpty()) {
			apex = FrameCells.number(apexText);
			String problem = null;
			if (apex == null) problem = "apex '" + apexText + "' is not a frame number";
			else if (apex < first || apex > last) problem = "apex " + apex + " is outside the clip " + first + ".." + last;
			else if (apex == first) problem = "apex " + apex + " equals the onset";
			else if (!contains(frames, apex)) problem = "apex " + apex + " is not a frame of " + folder.getFileName();
			if (problem != null) {
				issues.add(where + ": " + problem + "; apex will be spotted");
				apex = null;
			}
		}
		return new Sample(dataset, subject, id, folder, new ClipRange(first, apex, last), label.get());
	}

	private static boolean contains(int[] sorted, int n) {
		return java.util.Arrays.binarySearch(sorted, n) >= 0;
	}
}
