package org.mer.data.synth;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

/** What {@link SyntheticDatasetGenerator#generate} wrote. Immutable. */
public final class GeneratedDataset {
	private final Path root, framesRoot, sheet, masksRoot;
	private final List<GeneratedClip> clips;

	GeneratedDataset(Path root, Path framesRoot, Path sheet, Path masksRoot, List<GeneratedClip> clips) {
		this.root = root;
		this.framesRoot = framesRoot;
		this.sheet = sheet;
		this.masksRoot = masksRoot;
		this.clips = Collections.unmodifiableList(clips);
	}

	/** The output folder. */
	public Path root() { return root; }
	/** Folder holding the subject folders ({@code CASME2-RAW} or {@code SAMM}). */
	public Path framesRoot() { return framesRoot; }
	/** The coding sheet (xlsx), written last. */
	public Path sheet() { return sheet; }
	/** Folder of the apex masks ({@code masks}). */
	public Path masksRoot() { return masksRoot; }
	/** Clips in sheet order. */
	public List<GeneratedClip> clips() { return clips; }
}
