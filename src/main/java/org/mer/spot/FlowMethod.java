package org.mer.spot;

import java.util.Locale;

/**
 * The dense optical flow the spotting signal is computed from (both OpenCV, run on 8-bit grey
 * analysis frames). TV-L1 ({@link org.mer.flow.TvL1Flow}) is not offered: it costs about a
 * second per 128 px pair, far too slow for minutes of video.
 */
public enum FlowMethod {
	/**
	 * Dense Inverse Search (Kroeger et al., ECCV 2016), OpenCV {@code DISOpticalFlow}
	 * with its ULTRAFAST preset but a finer last pyramid level (see {@link RegionMotion}).
	 */
	DIS,
	/**
	 * Default. Farneback polynomial expansion (SCIA 2003), OpenCV {@code FarnebackOpticalFlow}: 3 levels,
	 * pyramid scale 0.5, window 9, 3 iterations, polyN 5, polySigma 1.1. About twice
	 * DIS's time but clearly more accurate on small motion: on a synthetic 128 px face it left a
	 * quarter of DIS's residual after removing a 2.7 px head translation and measured a 1.2 px
	 * lip-corner motion closest to its true size (see {@link RegionMotion}).
	 */
	FARNEBACK;

	/** "dis" or "farneback". */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** @throws org.mer.core.InputException listing the valid ids */
	public static FlowMethod fromId(String id) {
		return Ids.parse("flow method", id, values(), FlowMethod::id);
	}
}
