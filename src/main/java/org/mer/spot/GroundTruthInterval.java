package org.mer.spot;

import java.util.Objects;

import org.mer.core.Ids;

/**
 * One expression a dataset codes in a long recording: onset, apex and offset as absolute frame
 * numbers (inclusive; apex -1 when the sheet has none), its type as the dataset labels it or, with
 * {@link #byDuration}, by its duration (SPEC §10), and its label (the sheet's emotion, or "").
 * Immutable.
 */
public final class GroundTruthInterval implements FrameInterval {
	private final int onset, apex, offset;
	private final IntervalType type;
	private final String label;

	/**
	 * @throws IllegalArgumentException when onset &gt; offset, the apex (unless -1) lies outside
	 *           onset..offset, or the type is null
	 */
	public GroundTruthInterval(int onset, int apex, int offset, IntervalType type, String label) {
		if (onset > offset) throw new IllegalArgumentException("onset " + onset + " is after offset " + offset);
		if (apex != -1 && (apex < onset || apex > offset)) throw new IllegalArgumentException("apex " + apex + " is outside " + onset + ".." + offset);
		this.onset = onset;
		this.apex = apex;
		this.offset = offset;
		this.type = Objects.requireNonNull(type, "type");
		this.label = Objects.requireNonNull(label, "label");
	}

	/** As the main constructor, the type given by its id ("micro" or "macro"). */
	public GroundTruthInterval(int onset, int apex, int offset, String type, String label) {
		this(onset, apex, offset, Ids.parse(IntervalType.class, type, "interval type"), label);
	}

	/** An interval without apex and label. */
	public GroundTruthInterval(int onset, int offset, IntervalType type) {
		this(onset, -1, offset, type, "");
	}

	/** Typed by its duration at {@code fps}: micro when (offset - onset + 1) / fps &lt;= microMaxSeconds. */
	public static GroundTruthInterval byDuration(int onset, int offset, double fps, double microMaxSeconds) {
		return new GroundTruthInterval(onset, offset, IntervalType.ofLength(offset - onset + 1, fps, microMaxSeconds));
	}

	@Override public int onset() { return onset; }
	/** Apex frame, or -1 when the sheet gives none. */
	public int apex() { return apex; }
	@Override public int offset() { return offset; }
	public IntervalType type() { return type; }
	/** The sheet's emotion label, or "". */
	public String label() { return label; }

	/** Number of frames, offset - onset + 1. */
	public int length() {
		return offset - onset + 1;
	}

	@Override
	public boolean equals(Object o) {
		if (!(o instanceof GroundTruthInterval)) return false;
		GroundTruthInterval g = (GroundTruthInterval) o;
		return onset == g.onset && apex == g.apex && offset == g.offset && type == g.type && label.equals(g.label);
	}

	@Override
	public int hashCode() {
		return Objects.hash(onset, apex, offset, type, label);
	}

	@Override
	public String toString() {
		return type.id() + " " + onset + ".." + offset + (apex >= 0 ? " (apex " + apex + ")" : "") + (label.isEmpty() ? "" : " " + label);
	}
}
