package org.mer.data.recording;

import org.mer.core.Ids;
import java.nio.file.Path;

import org.mer.core.InputException;
import org.mer.core.Progress;

/** The reader of each {@link RecordingKind}, and the reading every spotting front end does. Stateless. */
public final class RecordingReaders {
	private RecordingReaders() {}

	/** A reader for the layout; readers are stateless and may be shared. */
	public static RecordingReader forKind(RecordingKind kind) {
		switch (kind) {
			case CASME2_LV: return new Casme2LongReader();
			case SAMM_LV: return new SammLongReader();
			case CASME3_LV: return new Casme3LongReader();
			case SYNTH_LV: return new SynthLongReader();
			default: throw new IllegalArgumentException(kind.name());
		}
	}

	/** @throws InputException for an unknown id (casme2-lv, samm-lv, casme3-lv, synth-lv) */
	public static RecordingReader forKind(String id) {
		return forKind(Ids.parse(RecordingKind.class, id, "long-video dataset"));
	}

	/**
	 * Reads a long-video dataset to spot on: parses the kind, reads, logs every repaired or
	 * skipped row (indented) and the dataset's {@link RecordingDataset#summary()}.
	 *
	 * @param sheet the coding sheet, or null to let the reader find it under {@code root}
	 * @throws InputException for an unknown kind, or a dataset without any readable recording
	 */
	public static RecordingDataset read(String kind, Path root, Path sheet, Progress progress) {
		RecordingDataset d = forKind(kind).read(root, sheet, progress);
		for (String issue : d.issues())
			progress.log("  " + issue);
		progress.log(d.summary());
		if (d.recordings().isEmpty()) throw new InputException("no readable recording in " + root + " (" + kind + ")");
		return d;
	}
}
