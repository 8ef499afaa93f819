package org.mer.spot;

import org.mer.core.Identified;

import java.util.Locale;

/**
 * The dense optical flow the spotting signal is computed from (both OpenCV, run on 8-bit grey
 * analysis frames). TV-L1 ({@link org.mer.flow.TvL1Flow}) is not offered: it costs about a
 * second per 128 px pair, far too slow for minutes of video.
 */
public enum FlowMethod implements Identified {
	/**
	 * Dense Inverse Search (Kroeger et al., ECCV 2016), OpenCV {@code DISOpticalFlow}
	 * with its ULTRAFAST preset but a finer last pyramid level (see {@link RegionMotion}).
	 */
	DIS,
	/**
	 * Default. Farneback polynomial expansion (SCIA 2003), OpenCV {@code FarnebackOpticalFlow}
	 * with OpenCV's usual parameters (see {@link RegionMotion}). About four times DIS's CPU time,
	 * but on synthetic 128 px faces it measured a 1 px lip-corner motion at 0.55 px against
	 * DIS's 0.35, and left a smaller residual after a head translation.
	 */
	FARNEBACK;

	/** "dis" or "farneback". */
	@Override
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

}
