package org.mer.spot;

/**
 * An annotated expression of a recording: onset and offset as frame numbers (inclusive) and its
 * type, as the dataset labels it or, with {@link #byDuration}, by duration (SPEC §10). Immutable.
 */
public final class GroundTruthInterval implements FrameInterval {
	private final int onset, offset;
	private final IntervalType type;

	/** @throws IllegalArgumentException when offset is before onset or type is null */
	public GroundTruthInterval(int onset, int offset, IntervalType type) {
		if (offset < onset) throw new IllegalArgumentException("offset " + offset + " before onset " + onset);
		if (type == null) throw new IllegalArgumentException("type is null");
		this.onset = onset;
		this.offset = offset;
		this.type = type;
	}

	/** Typed by its duration at {@code fps}: micro when (offset - onset + 1) / fps &lt;= microMaxSeconds. */
	public static GroundTruthInterval byDuration(int onset, int offset, double fps, double microMaxSeconds) {
		return new GroundTruthInterval(onset, offset, IntervalType.ofLength(offset - onset + 1, fps, microMaxSeconds));
	}

	@Override public int onset() { return onset; }
	@Override public int offset() { return offset; }
	public IntervalType type() { return type; }

	@Override
	public String toString() {
		return type.id() + " " + onset + ".." + offset;
	}
}
