package org.mer.spot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;

class SpotMatchingTest {
	static GroundTruthInterval gt(int on, int off) {
		return new GroundTruthInterval(on, off, IntervalType.MICRO);
	}

	static SpottedInterval det(int on, int off) {
		return new SpottedInterval(on, on, off, IntervalType.MICRO, 1);
	}

	static SpottedInterval det(int on, int off, IntervalType type) {
		return new SpottedInterval(on, on, off, type, 1);
	}

	@Test
	void specTestVector() {
		List<GroundTruthInterval> truth = List.of(gt(10, 20), gt(50, 60));
		List<SpottedInterval> found = List.of(det(12, 22), det(48, 58), det(80, 90), det(30, 40));
		assertEquals(9.0 / 13, SpotMatching.iou(found.get(0), truth.get(0)), 1e-12);
		assertEquals(9.0 / 13, SpotMatching.iou(found.get(1), truth.get(1)), 1e-12);
		SpotMatching.Result r = SpotMatching.match(found, truth);
		SpotMetrics m = r.counts();
		assertEquals(2, m.tp());
		assertEquals(2, m.fp());
		assertEquals(0, m.fn());
		assertEquals(0.5, m.precision(), 1e-12);
		assertEquals(1.0, m.recall(), 1e-12);
		assertEquals(0.6667, m.f1(), 1e-4);
		assertEquals(0, r.truthOf(0));
		assertEquals(1, r.truthOf(1));
		assertEquals(-1, r.truthOf(2));
		assertEquals(-1, r.truthOf(3));
	}

	@Test
	void specEdgeVector() {
		GroundTruthInterval truth = gt(35, 50);
		SpottedInterval found = det(30, 40);
		assertEquals(6.0 / 21, SpotMatching.iou(found, truth), 1e-12);
		assertEquals(0.286, SpotMatching.iou(found, truth), 5e-4);
		SpotMetrics m = SpotMatching.match(List.of(found), List.of(truth)).counts();
		assertEquals(0, m.tp());
		assertEquals(1, m.fp());
		assertEquals(1, m.fn());
		assertEquals(0, m.f1());
	}

	@Test
	void iouCountsFramesInclusively() {
		assertEquals(1.0, SpotMatching.iou(det(5, 5), gt(5, 5)), 0);
		assertEquals(0.5, SpotMatching.iou(det(1, 2), gt(2, 2)), 0);
		assertEquals(0.0, SpotMatching.iou(det(1, 4), gt(5, 9)), 0);
		assertEquals(0.5, SpotMatching.iou(det(1, 10), gt(6, 10)), 0, "IoU exactly 0.5 is a TP");
		assertEquals(1, SpotMatching.match(List.of(det(1, 10)), List.of(gt(6, 10))).counts().tp());
	}

	@Test
	void nothingGivesZeroNotNaN() {
		SpotMetrics none = SpotMatching.match(List.of(), List.of()).counts();
		assertEquals(0, none.precision());
		assertEquals(0, none.recall());
		assertEquals(0, none.f1());
		assertFalse(Double.isNaN(none.f1()));
		SpotMetrics onlyTruth = SpotMatching.match(List.of(), List.of(gt(1, 9))).counts();
		assertEquals(1, onlyTruth.fn());
		assertEquals(0, onlyTruth.f1());
		SpotMetrics onlyDetections = SpotMatching.match(List.of(det(1, 9)), List.of()).counts();
		assertEquals(1, onlyDetections.fp());
		assertEquals(0, onlyDetections.f1());
	}

	@Test
	void greedyTakesHighestIouFirstAndMatchesEachOnce() {
		// d0 overlaps t0 (IoU 7/13) and t1 (9/11); d1 overlaps t1 (2/3). Greedy takes d0-t1 first, so
		// d1 cannot have t1 and t0 is left (a best assignment would find 2 TPs): TP 1, FP 1, FN 1.
		GroundTruthInterval t0 = gt(0, 9), t1 = gt(4, 13);
		SpottedInterval d0 = det(3, 12), d1 = det(6, 15);
		assertEquals(7.0 / 13, SpotMatching.iou(d0, t0), 1e-12);
		assertEquals(9.0 / 11, SpotMatching.iou(d0, t1), 1e-12);
		assertEquals(2.0 / 3, SpotMatching.iou(d1, t1), 1e-12);
		SpotMatching.Result r = SpotMatching.match(List.of(d0, d1), List.of(t0, t1));
		assertEquals(1, r.truthOf(0));
		assertEquals(-1, r.truthOf(1));
		assertEquals(new SpotMetrics(1, 1, 1).toString(), r.counts().toString());
		// two detections of one expression: one TP, one FP
		SpotMetrics twice = SpotMatching.match(List.of(det(10, 20), det(11, 20)), List.of(gt(10, 20))).counts();
		assertEquals(1, twice.tp());
		assertEquals(1, twice.fp());
		assertEquals(0, twice.fn());
	}

	@Test
	void poolingAddsCountsBeforeRatios() {
		SpotMetrics a = new SpotMetrics(1, 0, 0), b = new SpotMetrics(0, 3, 1);
		SpotMetrics pooled = a.plus(b);
		assertEquals(0.25, pooled.precision(), 1e-12);
		assertEquals(0.5, pooled.recall(), 1e-12);
		assertEquals(2 * 0.25 * 0.5 / 0.75, pooled.f1(), 1e-12);
	}

	@Test
	void perTypeMatchesWithinTheType() {
		List<GroundTruthInterval> truth = List.of(new GroundTruthInterval(10, 20, IntervalType.MICRO), new GroundTruthInterval(100, 160, IntervalType.MACRO));
		// a micro-typed detection of the macro expression: TP overall, but FP (micro) and FN (macro) per type
		List<SpottedInterval> found = List.of(det(10, 19, IntervalType.MICRO), det(100, 140, IntervalType.MICRO));
		SpotScore s = SpotScore.of(found, truth);
		assertEquals(2, s.overall().tp());
		assertEquals(1, s.micro().tp());
		assertEquals(1, s.micro().fp());
		assertEquals(0, s.micro().fn());
		assertEquals(0, s.macro().tp());
		assertEquals(0, s.macro().fp());
		assertEquals(1, s.macro().fn());
	}

	@Test
	void groundTruthTypedByDuration() {
		assertEquals(IntervalType.MICRO, GroundTruthInterval.byDuration(1, 15, 30, 0.5).type(), "15 frames at 30 fps = 0.5 s is micro");
		assertEquals(IntervalType.MACRO, GroundTruthInterval.byDuration(1, 16, 30, 0.5).type());
		assertEquals(IntervalType.MICRO, GroundTruthInterval.byDuration(1, 100, 200, 0.5).type());
		assertEquals(IntervalType.MACRO, GroundTruthInterval.byDuration(1, 101, 200, 0.5).type());
	}
}
