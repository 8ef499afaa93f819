package org.mer.align;

import org.mer.core.Identified;

/**
 * Which pixels of the face region drive the motion estimate. The face region is always the
 * ellipse inscribed in the face box (the box's corners are mostly background, which does not
 * follow the head); this rule may remove more. Robust weighting ({@link AlignSettings#robust()})
 * applies on top of either rule.
 * <p>
 * {@link #EYES_BROWS_MOUTH} removes two rectangles given as fractions of the face box (x from
 * the left edge, y from the top, both in [0, 1] of the box width and height): brows and eyes
 * x 0.10..0.90, y 0.15..0.50 (blinks, lid and brow movements); mouth x 0.20..0.80, y
 * 0.62..0.90 (lips and lip corners). The fractions assume an upright frontal face whose box
 * runs from about the forehead to the chin, as the Haar box of SPEC §6 and a pre-cropped face
 * filling the frame do, and they cover the brows, eyes and mouth of every synthetic face of
 * {@code org.mer.data.synth}, including the reach of their action-unit motions. Forehead,
 * nose, cheeks, chin and the face outline stay in (removing every region a micro-expression
 * can move would leave too little); cheek and nose motion is left to the robust weighting.
 * <p>
 * <b>Why the default is {@link #NONE}</b> (synthetic clips, robust weighting on, similarity
 * mode unless said): the mask makes the estimate less sensitive to the expression (a full blink
 * plus 3 px of lip and lid motion moved it by 0.004 px masked against 0.039 px unmasked, 96 px
 * faces; five classes at 1.5 px plus a blink, 128 px: 0.014 against 0.025 px RMS), and helps
 * translation-only alignment (0.023 against 0.041 px RMS on {@link org.mer.align.accuracy.AlignmentAccuracy}, 8 clips
 * x 12 frames, 128 px). But what is left once brows, eyes and mouth are gone is mostly smooth
 * skin and the face outline, where the face meets a background that does not move with the
 * head, so the estimate gets noisier and can be biased: at 96 px the worst frame was 0.19
 * against 0.12 px (similarity) and 0.23 against 0.14 px (affine); after a reference renewal
 * on one 96 px face the error was 0.095 against 0.009 px; and a masked fit without robust
 * weighting failed outright (7.4 px). Robust weighting alone keeps blinks and expressions to a
 * few hundredths of a pixel, so it is the default defence and the mask an option.
 */
public enum MaskRule implements Identified {
	/** Every pixel of the face ellipse. */
	NONE("none"),
	/** The face ellipse without the brow-and-eye and the mouth rectangles. */
	EYES_BROWS_MOUTH("eyes-brows-mouth");

	/** Brow and eye rectangle {x0, y0, x1, y1} as fractions of the face box. */
	static final double[] EYES = { 0.10, 0.15, 0.90, 0.50 };
	/** Mouth rectangle {x0, y0, x1, y1} as fractions of the face box. */
	static final double[] MOUTH = { 0.20, 0.62, 0.80, 0.90 };

	private final String id;

	MaskRule(String id) {
		this.id = id;
	}

	@Override
	public String id() {
		return id;
	}

	/**
	 * Whether the point at fractions (u, v) of the face box (0 left/top, 1 right/bottom) takes
	 * part in the estimate.
	 */
	public boolean keeps(double u, double v) {
		double du = u - 0.5, dv = v - 0.5;
		if (4 * (du * du + dv * dv) > 1) return false;
		if (this == NONE) return true;
		return !inside(EYES, u, v) && !inside(MOUTH, u, v);
	}

	private static boolean inside(double[] r, double u, double v) {
		return u >= r[0] && u <= r[2] && v >= r[1] && v <= r[3];
	}
}
