package org.mer.spot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mer.clip.ArrayFrameSource;
import org.mer.clip.FrameSource;
import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.face.FaceBox;

class SpotBadInputTest {
	static final SpotSettings AT_30 = SpotSettings.builder().fps(30).build();

	static InputException fails(FrameSource source, SpotSettings settings) {
		InputException e = assertThrows(InputException.class, () -> new ClassicalSpotter().spot(source, settings, Progress.NONE));
		assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
		return e;
	}

	static ArrayFrameSource blank(int frames, int size) {
		ArrayFrameSource s = new ArrayFrameSource("blank", size, size, 1, 1);
		for (int i = 0; i < frames; i++)
			s.addConstant(100);
		return s;
	}

	@Test
	void recordingShorterThanTheWindow() {
		InputException e = fails(new SyntheticRecording(64, 60, 2, 1), AT_30);
		assertEquals("synthetic has 60 frames, fewer than the spotter's window of 61 (2k + 1, k = 30 frames at 30.0 fps)", e.getMessage());
		assertEquals(61, new ClassicalSpotter().spot(new SyntheticRecording(64, 61, 2, 1), AT_30, Progress.NONE).signal().length());
	}

	@Test
	void missingOrZeroFps() {
		InputException e = fails(new SyntheticRecording(64, 100, 2, 1), SpotSettings.builder().build());
		assertTrue(e.getMessage().startsWith("fps of synthetic is missing or zero"), e.getMessage());
		InputException zero = assertThrows(InputException.class, () -> SpotSettings.builder().fps(0).build());
		assertTrue(zero.getMessage().startsWith("fps must be a frame rate > 0, got 0.0"), zero.getMessage());
	}

	@Test
	void noFaceFound() {
		InputException e = fails(blank(70, 64), SpotSettings.builder().fps(30).faceMode(FaceMode.DETECT).build());
		assertEquals("no face found in frame 1 of blank", e.getMessage());
	}

	@Test
	void faceBoxOutsideTheFrames() {
		InputException e = fails(blank(70, 64), SpotSettings.builder().fps(30).faceBox(new FaceBox(10, 10, 60, 40)).build());
		assertEquals("face box 60x40+10+10 is not inside the 64x64 frames of blank", e.getMessage());
	}

	@Test
	void undecodableFramePartWayKeepsWhatWasFound() {
		SyntheticRecording rec = SyntheticRecording.standard(true).failAt(400);
		SpotResult r = new ClassicalSpotter().spot(rec, AT_30, Progress.NONE);
		assertTrue(r.isPartial());
		assertEquals(399, r.lastFrame());
		assertEquals(399, r.signal().length());
		String note = r.errorNote().orElseThrow();
		assertTrue(note.startsWith("frame 400 of synthetic could not be read (cannot decode frame 400 of synthetic)"), note);
		assertTrue(note.endsWith("the last good frame is 399"), note);
		assertEquals(2, SpotScore.of(r.intervals(), rec.truth(30)).overall().tp(), "the two micro-expressions before frame 400: " + r.intervals());
	}

	@Test
	void undecodableFrameBeforeTheWindowIsFilledIsAnError() {
		InputException e = fails(SyntheticRecording.standard(true).failAt(30), AT_30);
		assertEquals("cannot decode frame 30 of synthetic", e.getMessage());
	}

	@Test
	void frameOfAnotherSizePartWayEndsTheSignalThere() {
		ArrayFrameSource s = blank(70, 32);
		s.add(new float[16 * 16], 16, 16, 1);
		SpotResult r = new ClassicalSpotter().spot(s, AT_30, Progress.NONE);
		assertEquals(70, r.lastFrame());
		assertTrue(r.errorNote().orElseThrow().contains("frame 71 of blank is 16 x 16 x 1 but the recording is 32 x 32 x 1"), r.errorNote().get());
		assertTrue(r.intervals().isEmpty());
	}
}
