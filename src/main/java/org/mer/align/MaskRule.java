package org.mer.align;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.mer.core.InputException;

/**
 * Which pixels of the face region drive the motion estimate. The face region is always the
 * ellipse inscribed in the face box (the box's corners are mostly background, which does not
 * follow the head); this rule may remove more.
 * <p>
 * {@link #EYES_MOUTH} removes two rectangles given as fractions of the face box (x from the
 * left edge, y from the top, both in [0, 1] of the box width and height): eyes x 0.10..0.90,
 * y 0.27..0.50 (both eyes with their lids, so blinks and lid raises); mouth x 0.20..0.80, y
 * 0.62..0.90 (lips and lip corners). The fractions assume an upright frontal face whose box
 * runs from about the brows to the chin, as the Haar box of SPEC §6 and a pre-cropped face
 * filling the frame do, and they cover the eyes and mouth of every synthetic face of
 * {@code org.mer.data.synth}. Brows, cheeks and nose stay in: removing every region a
 * micro-expression can move would leave little; their small local motion is left to the
 * robust (Tukey) weighting of {@link AlignSettings#robust()}.
 */
public enum MaskRule {
	/** Every pixel of the face ellipse. */
	NONE("none"),
	/** The face ellipse without the eye and mouth rectangles. */
	EYES_MOUTH("eyes-mouth");

	/** Eye rectangle {x0, y0, x1, y1} as fractions of the face box. */
	static final double[] EYES = { 0.10, 0.27, 0.90, 0.50 };
	/** Mouth rectangle {x0, y0, x1, y1} as fractions of the face box. */
	static final double[] MOUTH = { 0.20, 0.62, 0.80, 0.90 };

	private final String id;

	MaskRule(String id) {
		this.id = id;
	}

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

	/**
	 * @throws InputException listing the valid ids when id is unknown or null
	 */
	public static MaskRule fromId(String id) {
		if (id != null)
			for (MaskRule m : values())
				if (m.id.equalsIgnoreCase(id.trim())) return m;
		throw new InputException("unknown align mask '" + id + "', valid: " +
			Arrays.stream(values()).map(MaskRule::id).collect(Collectors.joining(", ")));
	}
}
