package org.mer.data.synth;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What {@link LongRecordingGenerator#generate} wrote. Immutable. */
public final class GeneratedRecordings {
	private final Path root, sheet, groundTruth, index;
	private final List<GeneratedRecording> recordings;

	GeneratedRecordings(Path root, Path sheet, Path groundTruth, Path index, List<GeneratedRecording> recordings) {
		this.root = root;
		this.sheet = sheet;
		this.groundTruth = groundTruth;
		this.index = index;
		this.recordings = Collections.unmodifiableList(new ArrayList<>(recordings));
	}

	/** The output folder. */
	public Path root() { return root; }
	/** The coding sheet (xlsx; micro- and macro-expressions), written last. */
	public Path sheet() { return sheet; }
	/** The ground-truth csv (expressions, blinks, head turns). */
	public Path groundTruth() { return groundTruth; }
	/** The recordings csv (one row per recording: fps, frame count, files). */
	public Path index() { return index; }
	public List<GeneratedRecording> recordings() { return recordings; }
}
