package org.mer.spot;

import java.util.ArrayList;
import java.util.List;

/**
 * The score of one video: overall, detections matched against all ground truth whatever the
 * types (SPEC §10 as written); per type, the detections of that type against the ground truth of
 * that type only (as the MEGC spotting challenges score micro and macro separately), so a
 * micro-length detection of a macro-expression counts in the overall line but is an FP and FN in
 * the per-type lines. Hence micro + macro counts need not add up to the overall ones. Immutable.
 */
public final class SpotScore {
	private final SpotMatching.Result overall;
	private final SpotMetrics micro, macro;

	private SpotScore(SpotMatching.Result overall, SpotMetrics micro, SpotMetrics macro) {
		this.overall = overall;
		this.micro = micro;
		this.macro = macro;
	}

	public static SpotScore of(List<SpottedInterval> detections, List<GroundTruthInterval> truth) {
		return new SpotScore(SpotMatching.match(detections, truth), typed(detections, truth, IntervalType.MICRO),
			typed(detections, truth, IntervalType.MACRO));
	}

	private static SpotMetrics typed(List<SpottedInterval> detections, List<GroundTruthInterval> truth, IntervalType type) {
		List<SpottedInterval> d = new ArrayList<>();
		for (SpottedInterval s : detections)
			if (s.type() == type) d.add(s);
		List<GroundTruthInterval> t = new ArrayList<>();
		for (GroundTruthInterval g : truth)
			if (g.type() == type) t.add(g);
		return SpotMatching.match(d, t).counts();
	}

	/** The type-blind matching (pairs index the lists given to {@link #of}). */
	public SpotMatching.Result matching() { return overall; }
	public SpotMetrics overall() { return overall.counts(); }
	public SpotMetrics micro() { return micro; }
	public SpotMetrics macro() { return macro; }
}
