package org.mer.spot;

import java.util.Objects;

/**
 * One expression a dataset's sheet codes in a long recording: onset, apex and offset as absolute
 * frame numbers (inclusive; apex -1 when the sheet has none), its type ("micro" or "macro") and
 * its label (the sheet's emotion, or "" when the sheet has none). Immutable.
 */
public final class GroundTruthInterval {
	private final int onset, apex, offset;
	private final String type, label;

	/**
	 * @throws IllegalArgumentException when onset &gt; offset, the apex (unless -1) lies outside
	 *           onset..offset, or the type is neither "micro" nor "macro"
	 */
	public GroundTruthInterval(int onset, int apex, int offset, String type, String label) {
		if (onset > offset) throw new IllegalArgumentException("onset " + onset + " is after offset " + offset);
		if (apex != -1 && (apex < onset || apex > offset)) throw new IllegalArgumentException("apex " + apex + " is outside " + onset + ".." + offset);
		if (!"micro".equals(type) && !"macro".equals(type)) throw new IllegalArgumentException("type must be micro or macro, got " + type);
		this.onset = onset;
		this.apex = apex;
		this.offset = offset;
		this.type = type;
		this.label = Objects.requireNonNull(label, "label");
	}

	public int onset() { return onset; }
	/** Apex frame, or -1 when the sheet gives none. */
	public int apex() { return apex; }
	public int offset() { return offset; }
	/** "micro" or "macro". */
	public String type() { return type; }
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
		return onset == g.onset && apex == g.apex && offset == g.offset && type.equals(g.type) && label.equals(g.label);
	}

	@Override
	public int hashCode() {
		return Objects.hash(onset, apex, offset, type, label);
	}

	@Override
	public String toString() {
		return type + " " + onset + ".." + offset + (apex >= 0 ? " (apex " + apex + ")" : "") + (label.isEmpty() ? "" : " " + label);
	}
}
