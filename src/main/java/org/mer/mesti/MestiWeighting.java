package org.mer.mesti;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.mer.core.InputException;

/** How MESTI places the rank-pooling weights around the apex (SPEC §3). */
public enum MestiWeighting {
	/** Default: largest weight at the apex, decreasing with distance from it. */
	APEX_PEAK,
	/** Clip re-ordered farthest-from-apex first, apex last, then alpha(T) in that order. */
	RANK_POOLED;

	/** Lower-case id used in CLI options, macros, model.json: "apex_peak", "rank_pooled". */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * @param id an {@link #id()}, case-insensitive, surrounding blanks ignored
	 * @throws InputException naming the valid values when id is unknown or null
	 */
	public static MestiWeighting fromId(String id) {
		if (id != null) {
			String s = id.trim();
			for (MestiWeighting w : values())
				if (w.id().equalsIgnoreCase(s)) return w;
		}
		throw new InputException("unknown MESTI weighting '" + id + "', valid: " +
			Arrays.stream(values()).map(MestiWeighting::id).collect(Collectors.joining(", ")));
	}
}
