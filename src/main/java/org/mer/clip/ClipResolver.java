package org.mer.clip;

import org.mer.core.InputException;

/**
 * Turns a user's or a sheet's onset/apex/offset into a {@link Clip} (SPEC §5). A given apex
 * inside [onset, offset] is used as is ({@link ApexMethod#GIVEN}, note ""). An absent apex is
 * spotted (note "apex spotted by motion"); an apex outside the clip is replaced by a spotted
 * one and the note says so, e.g. "apex 120 outside 46..80 replaced by motion: 61". A one-frame
 * clip is allowed here (the apex modality works on it; MESTI and the Dynamic Image reject it).
 * <p>
 * Spotting by motion decodes every frame of the clip, and the modality decodes them again. So
 * when the apex is spotted by motion, the returned clip reads through a
 * {@link CachingFrameSource#borrowing borrowing} {@link CachingFrameSource} over the source: a
 * clip whose frames fit its budget is decoded once; of a larger clip the first frames that fit
 * are kept and the rest decoded again, as without a cache. The cache holds only heap arrays and
 * goes with the clip; the caller still owns and closes {@code source}. With a given apex or
 * MIDPOINT spotting the clip reads {@code source} directly (each frame is decoded once anyway).
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
		return resolve(source, range, spotting, CachingFrameSource.defaultBudgetBytes());
	}

	/**
	 * As {@link #resolve(FrameSource, ClipRange, ApexMethod)}, with the frame cache used for
	 * motion spotting limited to {@code cacheBytes} (0: no frame kept, every frame decoded twice).
	 */
	public static Clip resolve(FrameSource source, ClipRange range, ApexMethod spotting, long cacheBytes) {
		if (spotting == ApexMethod.GIVEN) throw new IllegalArgumentException("GIVEN is not an apex spotting method");
		int[] bounds = range.resolveBounds(source);
		int onset = bounds[0], offset = bounds[1];
		Integer apex = range.apex();
		if (apex != null && apex >= onset && apex <= offset)
			return new Clip(source, onset, apex, offset, ApexMethod.GIVEN, "");
		FrameSource frames = spotting == ApexMethod.MOTION && offset > onset ? CachingFrameSource.borrowing(source, cacheBytes) : source;
		int spotted = ApexSpotter.spot(frames, onset, offset, spotting);
		String note = apex == null ? "apex spotted by " + spotting.id()
			: "apex " + apex + " outside " + onset + ".." + offset + " replaced by " + spotting.id() + ": " + spotted;
		return new Clip(frames, onset, spotted, offset, spotting, note);
	}
}
