package org.mer.mesti;

import org.mer.clip.ApexMethod;
import org.mer.clip.Clip;
import org.mer.clip.ClipRange;
import org.mer.clip.FrameSource;
import org.mer.core.InputException;

/**
 * Turns a user's or a sheet's onset/apex/offset into a {@link Clip} (SPEC §5). A given apex
 * inside [onset, offset] is used as is ({@link ApexMethod#GIVEN}, note ""). An absent apex is
 * spotted (note "apex spotted by motion"); an apex outside the clip is replaced by a spotted
 * one and the note says so, e.g. "apex 120 outside 46..80 replaced by motion: 61". A one-frame
 * clip is allowed here (the apex modality works on it; MESTI and the Dynamic Image reject it).
 * Stateless; the source must not be used by another thread during a call.
 */
public final class ClipResolver {
	private ClipResolver() {}

	/**
	 * @param spotting MOTION or MIDPOINT, used when the apex is absent or invalid
	 * @throws InputException from {@link ClipRange#resolveBounds(FrameSource)} (onset after
	 *           offset, a bound that is not a frame) or from spotting (mixed frame sizes)
	 * @throws IllegalArgumentException when spotting is GIVEN
	 */
	public static Clip resolve(FrameSource source, ClipRange range, ApexMethod spotting) {
		if (spotting == ApexMethod.GIVEN) throw new IllegalArgumentException("GIVEN is not an apex spotting method");
		int[] bounds = range.resolveBounds(source);
		int onset = bounds[0], offset = bounds[1];
		Integer apex = range.apex();
		if (apex != null && apex >= onset && apex <= offset)
			return new Clip(source, onset, apex, offset, ApexMethod.GIVEN, "");
		int spotted = ApexSpotter.spot(source, onset, offset, spotting);
		String note = apex == null ? "apex spotted by " + spotting.id()
			: "apex " + apex + " outside " + onset + ".." + offset + " replaced by " + spotting.id() + ": " + spotted;
		return new Clip(source, onset, spotted, offset, spotting, note);
	}
}
