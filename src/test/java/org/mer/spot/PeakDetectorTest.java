package org.mer.spot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class PeakDetectorTest {
	static final double FPS = 30;

	/** Noise of amplitude 0.01 around 0.02 plus raised-cosine bumps {start, length, height}. */
	static float[] signal(int n, double[]... bumps) {
		Random r = new Random(5);
		float[] x = new float[n];
		for (int i = 0; i < n; i++)
			x[i] = (float) (0.02 + 0.01 * r.nextGaussian());
		for (double[] b : bumps)
			for (int i = 0; i < (int) b[1]; i++)
				x[(int) b[0] + i] += (float) (b[2] * 0.5 * (1 - Math.cos(2 * Math.PI * i / (b[1] - 1))));
		return x;
	}

	static int[] numbers(int n, int first) {
		int[] a = new int[n];
		for (int i = 0; i < n; i++)
			a[i] = first + i;
		return a;
	}

	static SpotSettings settings() {
		return SpotSettings.builder().fps(FPS).build();
	}

	@Test
	void knownBumpsGiveTheirIntervalsApexAndType() {
		// bumps at frames (start, length): (100, 13) micro, (300, 45) macro; frame numbers start at 1000
		float[] x = signal(500, new double[] { 100, 13, 0.8 }, new double[] { 300, 45, 1.5 });
		PeakDetector.Result r = PeakDetector.detect(x, numbers(500, 1000), settings());
		List<SpottedInterval> found = r.intervals();
		assertEquals(2, found.size(), found.toString());
		SpottedInterval micro = found.get(0), macro = found.get(1);
		assertEquals(1106, micro.apex());
		assertEquals(IntervalType.MICRO, micro.type());
		assertTrue(SpotMatching.iou(micro, new GroundTruthInterval(1100, 1112, IntervalType.MICRO)) >= 0.6, micro.toString());
		assertEquals(1322, macro.apex(), 1);
		assertEquals(IntervalType.MACRO, macro.type());
		assertTrue(SpotMatching.iou(macro, new GroundTruthInterval(1300, 1344, IntervalType.MACRO)) >= 0.6, macro.toString());
		// support at 15% of the height: a raised cosine is above it over about 75% of its length
		assertEquals(0.75 * 45, macro.length(), 3);
		assertTrue(r.threshold() > r.baseline() && r.threshold() < 0.3, "threshold " + r.threshold());
		assertEquals((x[106] - r.baseline()) / (r.threshold() - r.baseline()), micro.score(), 1e-6);
	}

	@Test
	void quietSignalGivesNothing() {
		assertTrue(PeakDetector.detect(signal(600), numbers(600, 1), settings()).intervals().isEmpty());
		float[] still = new float[300];
		assertTrue(PeakDetector.detect(still, numbers(300, 1), settings()).intervals().isEmpty(), "floor keeps a flat signal quiet");
	}

	@Test
	void madThresholdIgnoresHowManyEventsThereAre() {
		float[] one = signal(2000, new double[] { 100, 13, 1 });
		float[] many = signal(2000, new double[] { 100, 13, 1 }, new double[] { 400, 13, 5 }, new double[] { 700, 13, 5 }, new double[] { 1000, 13, 5 });
		double t1 = ThresholdRule.MAD.threshold(one, 6), t2 = ThresholdRule.MAD.threshold(many, 6);
		assertEquals(t1, t2, 0.01);
		SpotSettings megc = SpotSettings.builder().fps(FPS).threshold(ThresholdRule.MEGC, 0.3).build();
		assertEquals(1, PeakDetector.detect(one, numbers(2000, 1), megc).intervals().size());
		assertEquals(3, PeakDetector.detect(many, numbers(2000, 1), megc).intervals().size(),
			"the MEGC rule's threshold rises with the strongest events and loses the weak one");
		assertEquals(4, PeakDetector.detect(many, numbers(2000, 1), settings()).intervals().size());
	}

	@Test
	void thresholdRulesOnKnownValues() {
		float[] x = { 1, 2, 3, 4, 100 };
		// median 3, |x - 3| = 2 1 0 1 97 -> MAD 1
		assertEquals(3 + 2 * 1.4826, ThresholdRule.MAD.threshold(x, 2), 1e-9);
		// mean 22, max 100
		assertEquals(22 + 0.5 * 78, ThresholdRule.MEGC.threshold(x, 0.5), 1e-9);
	}

	@Test
	void closePeaksMergeAndSupportsDoNotOverlap() {
		// two bumps 8 frames apart: one expression within the min gap (0.25 s = 8 frames at 30 fps)
		float[] x = signal(300, new double[] { 100, 13, 1 }, new double[] { 108, 13, 0.6 });
		List<SpottedInterval> found = PeakDetector.detect(x, numbers(300, 1), settings()).intervals();
		assertEquals(1, found.size(), found.toString());
		// two bumps 40 frames apart: two intervals with at least min-gap frames between them
		float[] y = signal(300, new double[] { 100, 13, 1 }, new double[] { 125, 13, 0.6 });
		SpotSettings noGap = SpotSettings.builder().fps(FPS).minGapSeconds(0).build();
		List<SpottedInterval> two = PeakDetector.detect(y, numbers(300, 1), noGap).intervals();
		assertEquals(2, two.size(), two.toString());
		assertTrue(two.get(0).offset() < two.get(1).onset());
	}

	@Test
	void lengthLimitsDropIntervals() {
		float[] x = signal(600, new double[] { 100, 13, 1 }, new double[] { 300, 200, 1 });
		SpotSettings s = SpotSettings.builder().fps(FPS).maxLengthSeconds(2).build();
		List<SpottedInterval> found = PeakDetector.detect(x, numbers(600, 1), s).intervals();
		assertEquals(1, found.size(), "the 200-frame (6.7 s) motion is longer than 2 s: " + found);
		SpotSettings longMin = SpotSettings.builder().fps(FPS).minLengthSeconds(0.5).maxLengthSeconds(10).build();
		List<SpottedInterval> onlyLong = PeakDetector.detect(x, numbers(600, 1), longMin).intervals();
		assertEquals(1, onlyLong.size(), "the micro bump is shorter than 0.5 s: " + onlyLong);
		assertEquals(IntervalType.MACRO, onlyLong.get(0).type());
	}

	@Test
	void typeSplitFollowsTheFrameRate() {
		float[] x = signal(400, new double[] { 100, 25, 1 });
		SpottedInterval at30 = PeakDetector.detect(x, numbers(400, 1), settings()).intervals().get(0);
		SpottedInterval at60 = PeakDetector.detect(x, numbers(400, 1), SpotSettings.builder().fps(60).build()).intervals().get(0);
		assertTrue(at30.length() > 15 && at30.length() <= 30, at30.toString());
		assertEquals(IntervalType.MACRO, at30.type(), "more than 15 frames at 30 fps is over 0.5 s");
		assertEquals(IntervalType.MICRO, at60.type(), "the same frames at 60 fps last at most 0.5 s");
		SpottedInterval split = PeakDetector.detect(x, numbers(400, 1), SpotSettings.builder().fps(30).microMaxSeconds(1).build()).intervals().get(0);
		assertEquals(IntervalType.MICRO, split.type());
	}

	@Test
	void frameNumbersWithGapsAreUsedAsGiven() {
		float[] x = signal(200, new double[] { 50, 13, 1 });
		int[] even = new int[200];
		for (int i = 0; i < 200; i++)
			even[i] = 2 * i;
		SpottedInterval s = PeakDetector.detect(x, even, SpotSettings.builder().fps(FPS).build()).intervals().get(0);
		assertEquals(112, s.apex());
		assertEquals(0, s.onset() % 2);
	}
}
