package org.mer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.mer.core.InputException;
import org.mer.face.FaceBox;
import org.mer.spot.FaceMode;
import org.mer.spot.SignalKind;
import org.mer.spot.SpotSettings;
import org.mer.spot.ThresholdRule;

class SpotValuesTest {
	static String error(ParamValues v) {
		return assertThrows(InputException.class, () -> SpotValues.template(v)).getMessage();
	}

	@Test
	void theDefaultsAreTheSpottersAndEveryValueReachesTheSettings() {
		assertEquals(SpotSettings.builder().build().toMap(), SpotValues.template(TestValues.of(UseCase.SPOT)).toMap());
		SpotSettings s = SpotValues.template(TestValues.of(UseCase.SPOT_EVALUATE, "spot_signal", "megc", "me_length_s", 0.4, "threshold_rule", "megc",
			"min_gap_s", 0.3, "face_mode", "given", "face_box", "200x180+220+140", "analysis_size", 96));
		assertEquals(SignalKind.MEGC, s.signal());
		assertEquals(0.4, s.meLengthSeconds());
		assertEquals(ThresholdRule.MEGC, s.thresholdRule());
		assertEquals(0.3, s.thresholdValue(), "0 = the megc rule's own p");
		assertEquals(0.3, s.minGapSeconds());
		assertEquals(FaceMode.GIVEN, s.faceMode());
		assertEquals(new FaceBox(220, 140, 200, 180), s.faceBox());
		assertEquals(96, s.analysisSize());
		assertEquals(2.5, SpotValues.template(TestValues.of(UseCase.SPOT, "threshold_value", 2.5)).thresholdValue());
	}

	@Test
	void errorsNameTheParameterAsEachFrontEndKnowsIt() {
		assertEquals("min_gap_s must be >= 0, got -1.0", error(TestValues.of(UseCase.SPOT, "min_gap_s", -1.0)));
		assertEquals("--min-gap must be >= 0, got -1.0", error(TestValues.of(UseCase.SPOT, FrontEnd.CLI, "min_gap_s", -1.0)));
		assertEquals("--max-length (0.05) must not be below --min-length (0.1)", error(TestValues.of(UseCase.SPOT, FrontEnd.CLI, "max_length_s", 0.05)));
		assertEquals("threshold_value (p of the megc rule) must be in [0, 1], got 2.0",
			error(TestValues.of(UseCase.SPOT, "threshold_rule", "megc", "threshold_value", 2.0)));
		assertEquals("face_box expects WxH+X+Y in pixels, e.g. 200x200+220+140, got '200x200'",
			error(TestValues.of(UseCase.SPOT, "face_mode", "given", "face_box", "200x200")));
		assertEquals("--face-box is given but --face is whole (use given)", error(TestValues.of(UseCase.SPOT, FrontEnd.CLI, "face_box", "2x2+0+0")));
		assertEquals("--signal: unknown value 'mean' (valid: transient, megc)", error(TestValues.of(UseCase.SPOT, FrontEnd.CLI, "spot_signal", "mean")));
	}

	private static String hash(String name) {
		return org.mer.io.Sha256.of(name).substring(0, 8);
	}

	@Test
	void fileNamesOfARecordingAreFlatAndUnique() {
		assertEquals("rec", SpotRecordings.stem("/data/videos/rec.avi"));
		assertEquals("sub01_rec-" + hash("sub01/rec"), SpotRecordings.stem("sub01/rec.MP4"), "a changed name carries its hash: unique");
		assertEquals("frames_s01_1-" + hash("frames/s01_1"), SpotRecordings.stem("frames/s01_1"));
		assertEquals("my_stack_1-" + hash("my stack:1"), SpotRecordings.stem("my stack:1"));
		assertEquals("sub01_rec-" + hash("sub01/rec") + "_46-60", SpotClassifier.attentionName("sub01/rec.avi", new org.mer.spot.SpottedInterval(46, 50, 60,
			org.mer.spot.IntervalType.MICRO, 2)));
	}
}
