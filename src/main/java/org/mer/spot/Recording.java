package org.mer.spot;
/** One long recording with its ground truth, as a dataset reader found it. */
public interface Recording {
	String subject();
	String video();
	/** Opens the frames (absolute frame numbers as the sheet uses them); the caller closes it. */
	org.mer.clip.FrameSource open();
	/** Frames per second of the recording. */
	double fps();
	/** Ground-truth intervals, frame numbers inclusive. */
	java.util.List<GroundTruthInterval> truth();
}
