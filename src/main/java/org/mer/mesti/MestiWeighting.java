package org.mer.mesti;

import java.util.Locale;

import org.mer.core.Identified;

/** How MESTI places the rank-pooling weights around the apex (SPEC §3). */
public enum MestiWeighting implements Identified {
	/** Default: largest weight at the apex, decreasing with distance from it. */
	APEX_PEAK,
	/** Clip re-ordered farthest-from-apex first, apex last, then alpha(T) in that order. */
	RANK_POOLED;

	/** Lower-case id used in CLI options, macros, model.json: "apex_peak", "rank_pooled". */
	@Override
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

}
