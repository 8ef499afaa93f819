package org.mer.data;

import java.nio.file.Path;
import java.util.Objects;

import org.mer.clip.ClipRange;

/**
 * One labelled micro-expression sample of a dataset: where its frames are, its onset/apex/
 * offset as the sheet gives them (absolute frame numbers; absent apex = to be spotted), its
 * subject and its label (the class name after mapping to the chosen class set). Immutable.
 */
public final class Sample {
	private final String dataset, subject, id, label;
	private final Path frames;
	private final ClipRange range;

	/**
	 * @param dataset short dataset name (casme2, samm, smic, ...), used for per-dataset breakdowns
	 * @param subject subject id as the dataset names it (LOSO folds are per subject)
	 * @param id sample id unique within the dataset (e.g. "sub01/EP02_01f")
	 * @param frames folder of frame files (or a video file)
	 * @param label class name in the chosen class set
	 */
	public Sample(String dataset, String subject, String id, Path frames, ClipRange range, String label) {
		this.dataset = Objects.requireNonNull(dataset);
		this.subject = Objects.requireNonNull(subject);
		this.id = Objects.requireNonNull(id);
		this.frames = Objects.requireNonNull(frames);
		this.range = Objects.requireNonNull(range);
		this.label = Objects.requireNonNull(label);
	}

	public String dataset() { return dataset; }
	public String subject() { return subject; }
	public String id() { return id; }
	public Path frames() { return frames; }
	public ClipRange range() { return range; }
	public String label() { return label; }

	/** Same sample with another label (class-set mapping). */
	public Sample withLabel(String newLabel) {
		return new Sample(dataset, subject, id, frames, range, newLabel);
	}

	@Override
	public String toString() {
		return dataset + ":" + id + " (" + subject + ", " + label + ", " + range + ")";
	}
}
