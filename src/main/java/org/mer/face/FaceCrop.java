package org.mer.face;

import org.mer.clip.CroppedFrameSource;
import org.mer.clip.FrameSource;
import org.mer.core.InputException;

/**
 * The optional face-region step (SPEC §6, off by default): the face is detected once, on the
 * onset frame, and that same box crops every frame, since per-frame detection jitter is larger
 * than the micro-movement. Stateless, thread safe.
 */
public final class FaceCrop {

	private FaceCrop() {}

	/**
	 * @return a view of {@code source} cropped to the enlarged largest face of frame
	 *         {@code onsetFrame}; closing it closes {@code source}
	 * @throws InputException "no face found in frame N of NAME" when the detector finds none
	 */
	public static CroppedFrameSource apply(FrameSource source, int onsetFrame) {
		try (FaceDetector detector = new FaceDetector()) {
			FaceBox box = detector.detect(source.frame(onsetFrame))
				.orElseThrow(() -> new InputException("no face found in frame " + onsetFrame + " of " + source.name()));
			return apply(source, box);
		}
	}

	/** Crops every frame of {@code source} to {@code box} (which must lie inside the frames). */
	public static CroppedFrameSource apply(FrameSource source, FaceBox box) {
		return new CroppedFrameSource(source, box.x(), box.y(), box.width(), box.height());
	}
}
