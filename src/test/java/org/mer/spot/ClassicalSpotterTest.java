package org.mer.spot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mer.core.Progress;

/** The spotter on the SYNTHETIC test recording of {@link SyntheticRecording#standard}. */
class ClassicalSpotterTest {
	static final double FPS = 30;

	static SpotResult spot(org.mer.clip.FrameSource r, SpotSettings.Builder settings) {
		return new ClassicalSpotter().spot(r, settings.fps(FPS).build(), Progress.NONE);
	}

	@Test
	void findsTwoMicroAndOneMacroDespiteHeadMotion() {
		SyntheticRecording rec = SyntheticRecording.standard(true);
		List<GroundTruthInterval> truth = rec.truth(FPS);
		assertEquals(List.of(IntervalType.MICRO, IntervalType.MICRO, IntervalType.MACRO), truth.stream().map(GroundTruthInterval::type).collect(java.util.stream.Collectors.toList()));
		SpotResult result = spot(rec, SpotSettings.builder());
		SpotScore score = SpotScore.of(result.intervals(), truth);
		assertEquals(new SpotMetrics(3, 0, 0).toString(), score.overall().toString(), result.intervals().toString());
		assertEquals(2, score.micro().tp());
		assertEquals(1, score.macro().tp());
		assertEquals(1.0, score.overall().f1());
		for (SpotMatching.Pair p : score.matching().pairs())
			assertTrue(p.iou() >= 0.6, "IoU " + p.iou() + " of " + result.intervals().get(p.detection()));
		assertEquals(106, result.intervals().get(0).apex(), 1);
		assertEquals(305, result.intervals().get(1).apex(), 1);
		float[] head = result.signal().head();
		float headMax = 0;
		for (float v : head)
			if (!Float.isNaN(v)) headMax = Math.max(headMax, v);
		assertTrue(headMax > 1.5, "the head moves (" + headMax + " px): it was removed, not absent");
		assertEquals(600, rec.rendered(), "each frame decoded once");
		assertEquals(31 + DecodeAhead.DEPTH + 1, result.signal().framesHeld(), "k + 1 analysis frames in the ring and those decoded ahead");
	}

	@Test
	void headMotionAloneIsNotSpottedOnlyThanksToTheNose() {
		SpotResult withNose = spot(SyntheticRecording.standard(false), SpotSettings.builder());
		assertTrue(withNose.intervals().isEmpty(), withNose.intervals().toString());
		SpotResult without = spot(SyntheticRecording.standard(false), SpotSettings.builder().headMotion(HeadMotion.NONE));
		List<GroundTruthInterval> moves = List.of(new GroundTruthInterval(200, 218, IntervalType.MACRO), new GroundTruthInterval(540, 560, IntervalType.MACRO));
		assertEquals(2, SpotMatching.match(without.intervals(), moves).counts().tp(),
			"without nose subtraction both head moves are spotted: " + without.intervals());
	}

	@Test
	void megcSignalFindsTheMicroExpressionsButSplitsTheHeldMacro() {
		SyntheticRecording rec = SyntheticRecording.standard(true);
		SpotResult result = spot(rec, SpotSettings.builder().signal(SignalKind.MEGC));
		assertEquals(8, result.signal().k());
		SpotScore score = SpotScore.of(result.intervals(), rec.truth(FPS));
		SpotMatching.Result m = score.matching();
		assertEquals(2, m.counts().tp(), result.intervals().toString());
		assertTrue(m.detectionOf(0) >= 0 && m.detectionOf(1) >= 0, "both micro-expressions are matched: " + result.intervals());
		assertEquals(-1, m.detectionOf(2), "the MEGC window's two humps of a held macro-expression are each too short: " + result.intervals());
	}

	@Test
	void disFlowFindsTheExpressionsToo() {
		SyntheticRecording rec = SyntheticRecording.standard(true);
		SpotResult result = spot(rec, SpotSettings.builder().flow(FlowMethod.DIS));
		assertEquals(3, SpotScore.of(result.intervals(), rec.truth(FPS)).overall().tp(), result.intervals().toString());
	}

	@Test
	void frameNumbersAreTheSourcesOwn() {
		SyntheticRecording rec = SyntheticRecording.standard(true);
		SpotResult result = spot(new Renumbered(rec, 5000), SpotSettings.builder());
		assertEquals(5000, result.signal().frameNumber(0));
		assertEquals(5599, result.lastFrame());
		assertEquals(3, result.intervals().size());
		assertEquals(5000 + 105, result.intervals().get(0).apex(), 1);
	}
}
