package org.mer.spot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The facial regions the spotting signal is aggregated over, as fractions of the face box
 * (x from its left edge, y from its top edge, 0..1), for an upright frontal face whose box runs
 * from the forehead to the chin, as the Haar detector's box enlarged by 10% does (SPEC §6) and
 * as pre-cropped datasets are framed. "left" and "right" are image left and right (the subject's
 * right and left). Regions are rectangles {@code [x0, x1) x [y0, y1)}:
 * <pre>
 * brow_left   0.16..0.46 x 0.20..0.38     brow_right  0.54..0.84 x 0.20..0.38
 * eye_left    0.18..0.46 x 0.38..0.50     eye_right   0.54..0.82 x 0.38..0.50
 * nose        0.40..0.60 x 0.50..0.64     (reference for head motion, see HeadMotion)
 * mouth_left  0.24..0.48 x 0.64..0.84     mouth_right 0.52..0.76 x 0.64..0.84
 * chin        0.34..0.66 x 0.84..0.97
 * </pre>
 * They follow where the facial action units of micro-expressions act (brows AU1/2/4, lids
 * AU6/7, lip corners AU12/14/15/20, chin AU17); the cheeks overlap the eye and mouth boxes. The
 * nose box sits between the eyes and the mouth, on the nose ridge and tip, which stay rigid
 * except for AU9/10. Immutable, thread safe.
 */
public final class FaceRegions {
	/** Index of the nose in {@link #NAMES}. */
	public static final int NOSE = 4;
	/** Region names in signal order. */
	public static final List<String> NAMES = Collections.unmodifiableList(List.of(
		"brow_left", "brow_right", "eye_left", "eye_right", "nose", "mouth_left", "mouth_right", "chin"));
	private static final double[][] FRACTIONS = {
		{ 0.16, 0.20, 0.46, 0.38 }, { 0.54, 0.20, 0.84, 0.38 },
		{ 0.18, 0.38, 0.46, 0.50 }, { 0.54, 0.38, 0.82, 0.50 },
		{ 0.40, 0.50, 0.60, 0.64 },
		{ 0.24, 0.64, 0.48, 0.84 }, { 0.52, 0.64, 0.76, 0.84 },
		{ 0.34, 0.84, 0.66, 0.97 } };

	private FaceRegions() {}

	/** The fractions {x0, y0, x1, y1} of region {@code index} (a copy). */
	public static double[] fractions(int index) {
		return FRACTIONS[index].clone();
	}

	/**
	 * The regions in pixels of a {@code width x height} face image (the analysis frame): for each
	 * region {x0, y0, x1, y1} with x1, y1 exclusive, rounded to the nearest pixel and at least one
	 * pixel wide and high.
	 *
	 * @throws IllegalArgumentException when the image is smaller than 8 x 8
	 */
	public static List<int[]> boxes(int width, int height) {
		if (width < 8 || height < 8) throw new IllegalArgumentException("face image of " + width + "x" + height + " is too small for regions");
		List<int[]> out = new ArrayList<>();
		for (double[] f : FRACTIONS) {
			int x0 = (int) Math.round(f[0] * width), y0 = (int) Math.round(f[1] * height);
			int x1 = Math.max(x0 + 1, (int) Math.round(f[2] * width)), y1 = Math.max(y0 + 1, (int) Math.round(f[3] * height));
			out.add(new int[] { x0, y0, Math.min(width, x1), Math.min(height, y1) });
		}
		return out;
	}
}
