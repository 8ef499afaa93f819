package org.mer.spot;

import org.mer.core.Identified;

import java.util.Locale;

/**
 * How global head motion is kept out of the spotting signal. Alignment (SPEC §11, package
 * {@code org.mer.align}) is a separate step a caller may put before the spotter; this setting
 * is what the spotter itself does.
 */
public enum HeadMotion implements Identified {
	/**
	 * Default. The nose region (rigid, it barely moves in an expression) is the reference: when it
	 * moved, the pair is registered by its translation and the flow computed again, and its
	 * remaining median flow is subtracted from every flow vector before regions are summarised
	 * ({@link RegionMotion}). This removes head translation (not rotation or scaling); the nose
	 * region is then not part of the combined signal.
	 */
	NOSE,
	/** Flow is used as it is; the nose is an ordinary region. For aligned input. */
	NONE;

	/** "nose" or "none". */
	@Override
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

}
