package org.mer.spot;

import org.mer.core.Identified;

import java.util.Locale;

/** Where the face is in the recording's frames; the regions of {@link FaceRegions} are placed in it. */
public enum FaceMode implements Identified {
	/** Default. The whole frame is the face (pre-cropped recordings, e.g. 128 x 128 face crops). */
	WHOLE,
	/** A box given in the settings, in source pixels; the same for every frame. */
	GIVEN,
	/**
	 * Detected once, on the first frame, with {@link org.mer.face.FaceDetector} (Haar cascade,
	 * box enlarged by 10%), then fixed: per-frame detection jitters more than a micro-movement.
	 */
	DETECT;

	/** "whole", "given" or "detect". */
	@Override
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

}
