package org.mer.data.recording;

import java.util.List;

import org.mer.data.FrameCells;
import org.mer.spot.GroundTruthInterval;

/**
 * Turns one sheet row's onset, apex and offset into a {@link GroundTruthInterval} of a recording
 * after checking them against its frames, or explains why not. Rules, in this order:
 * <ol>
 * <li>onset and offset are whole numbers with onset &lt;= offset, else skipped;</li>
 * <li>an interval with no frame inside the recording is skipped ("outside the video"); one that
 * reaches past the first or last frame is cut to the recording and reported;</li>
 * <li>an apex that is blank, "-1" or "/" means none (-1, not reported); any other apex that is not
 * a frame number of onset..offset is dropped (-1) and reported.</li>
 * </ol>
 * Each reported line starts with {@code where} (e.g. "code_final.xlsx row 12 (s15/15_0101)").
 * Stateless.
 */
final class IntervalCheck {
	/** The words that mark an interval skipped because none of its frames is in the video ({@link RecordingDataset#outsideTheVideo()}). */
	static final String OUTSIDE = " is outside the video ";

	private IntervalCheck() {}

	/** @return the interval, or null when skipped (the reason is appended to {@code issues}) */
	static GroundTruthInterval check(String where, String onsetText, String apexText, String offsetText, String type, String label,
		RecordingList.Entry recording, List<String> issues) {
		Integer onset = FrameCells.number(onsetText), offset = FrameCells.number(offsetText);
		String badRange = FrameCells.rangeProblem(onset, onsetText, offset, offsetText);
		if (badRange != null) {
			issues.add(where + ": " + badRange + "; skipped");
			return null;
		}
		if (offset < recording.first || onset > recording.last) {
			issues.add(where + ": interval " + onset + ".." + offset + OUTSIDE + "(" + recording.span() + "); skipped");
			return null;
		}
		if (onset < recording.first || offset > recording.last) {
			int a = Math.max(onset, recording.first), b = Math.min(offset, recording.last);
			issues.add(where + ": interval " + onset + ".." + offset + " reaches outside the video (" + recording.span() + "); using " + a + ".." + b);
			onset = a;
			offset = b;
		}
		int apex = -1;
		String a = apexText == null ? "" : apexText.trim();
		if (!a.isEmpty() && !a.equals("-1") && !a.equals("/")) {
			Integer n = FrameCells.number(a);
			if (n == null) issues.add(where + ": apex '" + a + "' is not a frame number; no apex");
			else if (n < onset || n > offset) issues.add(where + ": apex " + n + " is outside " + onset + ".." + offset + "; no apex");
			else apex = n;
		}
		return new GroundTruthInterval(onset, apex, offset, type, label == null ? "" : label.trim());
	}
}
