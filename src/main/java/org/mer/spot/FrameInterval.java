package org.mer.spot;

/**
 * An interval of frames (SPEC §10): onset and offset are frame numbers as the source gives them,
 * both inclusive, onset &lt;= offset.
 */
public interface FrameInterval {
	int onset();

	int offset();

	/** offset - onset + 1. */
	default int length() {
		return offset() - onset() + 1;
	}
}
