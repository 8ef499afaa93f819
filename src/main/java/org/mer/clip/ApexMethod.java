package org.mer.clip;

import java.util.Locale;

import org.mer.core.Identified;

/** How the apex used for a clip was obtained (SPEC §5); recorded in every output. */
public enum ApexMethod implements Identified {
	/** Given by the user or the dataset sheet, and valid. */
	GIVEN,
	/** Frame in [onset, offset] maximising the mean absolute difference from the onset after a 3x3 box blur. */
	MOTION,
	/** onset + floor((offset - onset) / 2). */
	MIDPOINT;

	/** Lower-case name used in CLI options, macro values and CSV files. */
	@Override
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The methods that find an apex (all but GIVEN): what a user may choose. */
	public boolean spots() {
		return this != GIVEN;
	}
}
