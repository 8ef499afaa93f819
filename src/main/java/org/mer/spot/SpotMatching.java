package org.mer.spot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Matches spotted intervals to ground truth of the same video, SPEC §10 (MEGC protocol): IoU of
 * frame sets, inclusive; a detection is a true positive when its IoU with a not yet matched
 * ground-truth interval is at least 0.5; pairs are taken greedily in decreasing IoU (ties: earlier
 * detection, then earlier ground truth, in list order), each detection and each ground-truth
 * interval at most once. Unmatched detections are false positives, unmatched ground truth false
 * negatives. Stateless, thread safe.
 */
public final class SpotMatching {
	/** The least IoU of a true positive. */
	public static final double MIN_IOU = 0.5;

	private SpotMatching() {}

	/** One true positive: indices into the detection and ground-truth lists, and their IoU. */
	public static final class Pair {
		private final int detection, truth;
		private final double iou;

		Pair(int detection, int truth, double iou) {
			this.detection = detection;
			this.truth = truth;
			this.iou = iou;
		}

		public int detection() { return detection; }
		public int truth() { return truth; }
		public double iou() { return iou; }
	}

	/** The outcome for one video: the matched pairs (in matching order) and the counts. */
	public static final class Result {
		private final List<Pair> pairs;
		private final SpotMetrics counts;

		Result(List<Pair> pairs, int detections, int truths) {
			this.pairs = Collections.unmodifiableList(pairs);
			this.counts = new SpotMetrics(pairs.size(), detections - pairs.size(), truths - pairs.size());
		}

		public List<Pair> pairs() { return pairs; }
		public SpotMetrics counts() { return counts; }

		/** The ground-truth index matched to detection {@code d}, or -1. */
		public int truthOf(int d) {
			for (Pair p : pairs)
				if (p.detection == d) return p.truth;
			return -1;
		}

		/** The detection index matched to ground truth {@code t}, or -1. */
		public int detectionOf(int t) {
			for (Pair p : pairs)
				if (p.truth == t) return p.detection;
			return -1;
		}
	}

	/** |X ∩ Y| / |X ∪ Y| over frames, both inclusive; 0 when disjoint. */
	public static double iou(FrameInterval x, FrameInterval y) {
		long inter = Math.max(0L, (long) Math.min(x.offset(), y.offset()) - Math.max(x.onset(), y.onset()) + 1);
		long union = (long) x.length() + y.length() - inter;
		return (double) inter / union;
	}

	/** Matches all detections against all ground truth of one video, whatever their types. */
	public static Result match(List<? extends FrameInterval> detections, List<? extends FrameInterval> truth) {
		List<Pair> candidates = new ArrayList<>();
		for (int d = 0; d < detections.size(); d++)
			for (int t = 0; t < truth.size(); t++) {
				double iou = iou(detections.get(d), truth.get(t));
				if (iou >= MIN_IOU) candidates.add(new Pair(d, t, iou));
			}
		candidates.sort(Comparator.comparingDouble((Pair p) -> -p.iou).thenComparingInt(p -> p.detection).thenComparingInt(p -> p.truth));
		boolean[] usedD = new boolean[detections.size()], usedT = new boolean[truth.size()];
		List<Pair> pairs = new ArrayList<>();
		for (Pair p : candidates) {
			if (usedD[p.detection] || usedT[p.truth]) continue;
			usedD[p.detection] = true;
			usedT[p.truth] = true;
			pairs.add(p);
		}
		return new Result(pairs, detections.size(), truth.size());
	}
}
