package org.mer.spot;

import org.mer.core.Identified;

import java.util.Locale;

/**
 * How frame t is compared with its neighbours t - k and t + k ({@link SignalBuilder}); m(a, b)
 * is a region's flow summary from frame a to frame b ({@link RegionMotion}).
 */
public enum SignalKind implements Identified {
	/**
	 * Default: {@code min(m(t - K, t), m(t, t + K))}, K = round(window * fps) with the window
	 * about the longest expression to spot (default 1 s). Frame t must differ from both the frame
	 * K before and the frame K after, so the signal answers only to a transient change that comes
	 * and goes within K, which is what an expression is (onset, apex, offset back to neutral). For
	 * an expression shorter than K the signal follows its amplitude curve, so the support rule
	 * recovers onset and offset; a lasting change (a new head posture, a slow drift of the light)
	 * differs from one side only and gives nothing; and there are no echoes at t +/- K, which the
	 * MEGC mean produces at half height. An expression longer than about 1.5 K splits in two.
	 */
	TRANSIENT,
	/**
	 * The MEGC baseline (SPEC §10; Moilanen et al., ICPR 2014; Li et al., IEEE TAC 2018; the MEGC
	 * 2019/2020 spotting baselines), with flow in place of the LBP feature difference:
	 * {@code (m(t - k, t) + m(t, t + k)) / 2}, k = (N + 1) / 2, N = round(me_length * fps). One
	 * peak at the apex of an expression about 2k long, with half-height echoes at +/- k (dropped
	 * by the min-gap rule when the gap is about k); a longer expression gives two humps, at its
	 * onset and offset ramps.
	 */
	MEGC;

	/** "transient" or "megc". */
	@Override
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

}
