package org.mer.spot;

import java.util.List;

import org.mer.clip.FrameSource;

/**
 * One long recording of a spotting dataset (CAS(ME)^2, SAMM-LV, CAS(ME)^3, a synthetic set):
 * where its frames are, its frame rate and its annotated intervals. Readers implement it; the
 * evaluation opens each recording once, spots it and closes it.
 */
public interface Recording {

	/** Subject id as the dataset writes it. */
	String subject();

	/** Video id, unique within the dataset. */
	String video();

	/** Opens the frames; the caller closes the source. @throws org.mer.core.InputException when they cannot be read */
	FrameSource open();

	/** Frames per second, &gt; 0. */
	double fps();

	/** Annotated intervals in the source's frame numbers, each with its type. */
	List<GroundTruthInterval> truth();
}
