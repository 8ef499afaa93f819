package org.mer.clip;

/** How the apex used for a clip was obtained (SPEC §5); recorded in every output. */
public enum ApexMethod {
	/** Given by the user or the dataset sheet, and valid. */
	GIVEN,
	/** Frame in [onset, offset] maximising the mean absolute difference from the onset after a 3x3 box blur. */
	MOTION,
	/** onset + floor((offset - onset) / 2). */
	MIDPOINT;

	/** Lower-case name used in CLI options, macro values and CSV files. */
	public String id() {
		return name().toLowerCase();
	}
}
