package org.mer.spot;

import org.mer.core.Ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mer.core.InputException;
import org.mer.face.FaceBox;

class SpotSettingsTest {

	@Test
	void megcWindowFollowsTheFrameRate() {
		SpotSettings megc = SpotSettings.builder().signal(SignalKind.MEGC).build();
		// 0.5 s at 30 fps: N = 15, k = 8; at 200 fps: N = 100, k = 50 (integer division)
		assertEquals(15, megc.withFps(30).meLengthFrames());
		assertEquals(8, megc.withFps(30).k());
		assertEquals(17, megc.withFps(30).windowFrames());
		assertEquals(50, megc.withFps(200).k());
		assertEquals(1, megc.withFps(1).k());
	}

	@Test
	void transientWindowIsTheWindowLength() {
		SpotSettings s = SpotSettings.builder().build();
		assertEquals(SignalKind.TRANSIENT, s.signal());
		assertEquals(30, s.withFps(30).k());
		assertEquals(200, s.withFps(200).k());
		assertEquals(61, s.withFps(30).windowFrames());
		assertEquals(15, SpotSettings.builder().windowSeconds(0.5).fps(30).build().k());
	}

	@Test
	void durationsBecomeFrames() {
		SpotSettings s = SpotSettings.builder().fps(200).build();
		assertEquals(21, s.smoothingFrames(), "0.1 s at 200 fps = 20 frames, made odd");
		assertEquals(3, s.withFps(30).smoothingFrames());
		assertEquals(1, SpotSettings.builder().fps(30).smoothingSeconds(0).build().smoothingFrames());
		assertEquals(50, s.minGapFrames());
		assertEquals(20, s.minLengthFrames());
		assertEquals(800, s.maxLengthFrames());
		assertEquals(IntervalType.MICRO, s.typeOf(100));
		assertEquals(IntervalType.MACRO, s.typeOf(101));
	}

	@Test
	void toMapHoldsEveryDecision() {
		SpotSettings s = SpotSettings.builder().fps(30).flow(FlowMethod.DIS).threshold(ThresholdRule.MEGC, 0.4).faceBox(new FaceBox(10, 20, 100, 120)).build();
		Map<String, Object> m = s.toMap();
		for (String key : new String[] { "fps", "signal", "signal_rule", "me_length_s", "window_s", "flow", "analysis_size", "head_motion",
			"smoothing_s", "threshold_rule", "threshold_value", "threshold_floor_px", "support_fraction", "min_gap_s", "min_length_s",
			"max_length_s", "micro_max_s", "face", "face_box", "k", "window_frames", "smoothing_frames", "min_gap_frames",
			"min_length_frames", "max_length_frames" })
			assertTrue(m.containsKey(key), key);
		assertEquals("dis", m.get("flow"));
		assertEquals("megc", m.get("threshold_rule"));
		assertEquals(0.4, m.get("threshold_value"));
		assertEquals("given", m.get("face"));
		assertEquals("100x120+10+20", m.get("face_box"));
		assertEquals(30, m.get("k"));
		Map<String, Object> template = SpotSettings.builder().build().toMap();
		assertNull(template.get("fps"));
		assertFalse(template.containsKey("k"));
	}

	@Test
	void toBuilderKeepsEverything() {
		SpotSettings s = SpotSettings.builder().fps(25).signal(SignalKind.MEGC).meLengthSeconds(0.4).flow(FlowMethod.DIS).analysisSize(96)
			.headMotion(HeadMotion.NONE).smoothingSeconds(0.2).threshold(ThresholdRule.MAD, 4).thresholdFloor(0.1).supportFraction(0.2)
			.minGapSeconds(0.3).minLengthSeconds(0.05).maxLengthSeconds(3).microMaxSeconds(0.6).faceMode(FaceMode.DETECT).build();
		assertEquals(s.toMap(), s.toBuilder().build().toMap());
		assertEquals(s.withFps(50).toMap().get("me_length_s"), 0.4);
	}

	@Test
	void badValuesNameTheField() {
		assertField("fps", () -> SpotSettings.builder().fps(0).build());
		assertField("fps", () -> SpotSettings.builder().fps(-3).build());
		assertField("fps", () -> SpotSettings.builder().build().withFps(0));
		assertField("fps", () -> SpotSettings.builder().build().k());
		assertField("me_length_s", () -> SpotSettings.builder().meLengthSeconds(0).build());
		assertField("window_s", () -> SpotSettings.builder().windowSeconds(-1).build());
		assertField("analysis_size", () -> SpotSettings.builder().analysisSize(8).build());
		assertField("smoothing_s", () -> SpotSettings.builder().smoothingSeconds(Double.NaN).build());
		assertField("threshold_value", () -> SpotSettings.builder().threshold(ThresholdRule.MEGC, 1.5).build());
		assertField("support_fraction", () -> SpotSettings.builder().supportFraction(1).build());
		assertField("max_length_s", () -> SpotSettings.builder().minLengthSeconds(2).maxLengthSeconds(1).build());
		assertField("micro_max_s", () -> SpotSettings.builder().microMaxSeconds(0).build());
		assertField("face_box", () -> SpotSettings.builder().faceMode(FaceMode.GIVEN).build());
	}

	@Test
	void idsParseAndListTheValidOnes() {
		assertEquals(FlowMethod.DIS, Ids.parse(FlowMethod.class, " DIS ", "flow method"));
		assertEquals(SignalKind.MEGC, Ids.parse(SignalKind.class, "megc", "signal"));
		assertEquals(HeadMotion.NONE, Ids.parse(HeadMotion.class, "none", "head motion"));
		assertEquals(FaceMode.DETECT, Ids.parse(FaceMode.class, "detect", "face mode"));
		assertEquals(ThresholdRule.MAD, Ids.parse(ThresholdRule.class, "mad", "threshold rule"));
		assertEquals(IntervalType.MACRO, Ids.parse(IntervalType.class, "macro", "interval type"));
		InputException e = assertThrows(InputException.class, () -> Ids.parse(FlowMethod.class, "tvl1", "flow method"));
		assertEquals("flow method: unknown value 'tvl1' (valid: dis, farneback)", e.getMessage());
		assertThrows(InputException.class, () -> Ids.parse(SignalKind.class, null, "signal"));
	}

	private static void assertField(String field, org.junit.jupiter.api.function.Executable build) {
		InputException e = assertThrows(InputException.class, build);
		assertTrue(e.getMessage().startsWith(field + " ") || e.getMessage().contains(field), e.getMessage());
		assertFalse(e.getMessage().contains("\n"), e.getMessage());
	}
}
