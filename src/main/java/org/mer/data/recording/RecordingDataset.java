package org.mer.data.recording;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.mer.spot.GroundTruthInterval;
import org.mer.spot.Recording;

/**
 * A long-video dataset as read: its recordings (subject, then video, in natural order) and one
 * line per sheet row or recording that was repaired or skipped, with the reason. Immutable.
 */
public final class RecordingDataset {
	private final String name;
	private final List<Recording> recordings;
	private final List<String> issues;

	public RecordingDataset(String name, List<Recording> recordings, List<String> issues) {
		this.name = name;
		this.recordings = Collections.unmodifiableList(new ArrayList<>(recordings));
		this.issues = Collections.unmodifiableList(new ArrayList<>(issues));
	}

	/** The layout's id (casme2-lv, samm-lv, casme3-lv, synth-lv). */
	public String name() { return name; }
	public List<Recording> recordings() { return recordings; }
	/** Repaired or skipped rows and recordings, one line each, naming the row or file and the reason. */
	public List<String> issues() { return issues; }

	/** The issues of sheet intervals skipped because none of their frames is in their video (a sheet that does not match its videos). */
	public List<String> outsideTheVideo() {
		List<String> out = new ArrayList<>();
		for (String i : issues)
			if (i.contains(IntervalCheck.OUTSIDE)) out.add(i);
		return out;
	}

	/** One line: recordings, subjects, micro and macro intervals, issues. */
	public String summary() {
		Set<String> subjects = new TreeSet<>();
		int micro = 0, macro = 0;
		for (Recording r : recordings) {
			subjects.add(r.subject());
			for (GroundTruthInterval g : r.truth()) {
				if (g.type() == org.mer.spot.IntervalType.MICRO) micro++;
				else macro++;
			}
		}
		return name + ": " + recordings.size() + " recordings, " + subjects.size() + " subjects, " + micro + " micro and " + macro + " macro intervals, "
			+ issues.size() + (issues.size() == 1 ? " row repaired or skipped" : " rows repaired or skipped");
	}
}
