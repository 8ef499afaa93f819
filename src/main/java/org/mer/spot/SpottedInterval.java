package org.mer.spot;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One spotted expression: onset, apex (the signal's peak) and offset as frame numbers (inclusive),
 * its type by duration, and its score: the peak's height above the signal's baseline divided by
 * the threshold's height above it (&gt;= 1 for the classical spotter; comparable across
 * recordings). Immutable.
 */
public final class SpottedInterval implements FrameInterval {
	private final int onset, apex, offset;
	private final IntervalType type;
	private final double score;

	/** @throws IllegalArgumentException unless onset &lt;= apex &lt;= offset and type is given */
	public SpottedInterval(int onset, int apex, int offset, IntervalType type, double score) {
		if (onset > apex || apex > offset) throw new IllegalArgumentException("need onset <= apex <= offset, got " + onset + ", " + apex + ", " + offset);
		if (type == null) throw new IllegalArgumentException("type is null");
		this.onset = onset;
		this.apex = apex;
		this.offset = offset;
		this.type = type;
		this.score = score;
	}

	@Override public int onset() { return onset; }
	public int apex() { return apex; }
	@Override public int offset() { return offset; }
	public IntervalType type() { return type; }
	public double score() { return score; }

	/** onset, apex, offset, length, type (id), score. */
	public Map<String, Object> toMap() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("onset", onset);
		m.put("apex", apex);
		m.put("offset", offset);
		m.put("length", length());
		m.put("type", type.id());
		m.put("score", score);
		return m;
	}

	@Override
	public String toString() {
		return type.id() + " " + onset + ".." + offset + " (apex " + apex + ", score " + String.format(java.util.Locale.ROOT, "%.2f", score) + ")";
	}
}
