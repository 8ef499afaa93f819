package org.mer.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mer.align.accuracy.AlignmentAccuracy;
import org.mer.align.accuracy.AccuracyTable;
import org.mer.align.accuracy.AlignmentAccuracy.HeadMotion;
import org.mer.core.InputException;
import org.mer.core.Progress;

/** Accuracy on synthetic clips with known head motion (all numbers synthetic). */
class AlignmentAccuracyTest {

	@Test
	void smallSetMeetsTheTargetAndShowsWhatEachModeCannotModel() {
		AccuracyTable t = AlignmentAccuracy.measure(2, 4, 96, 7, AlignSettings.NONE, Progress.NONE);
		System.out.print(t.format());
		assertTrue(t.format().contains("SYNTHETIC"));
		for (HeadMotion kind : HeadMotion.values())
			for (AlignMode mode : AlignMode.values()) assertEquals(6, t.count(kind, mode), kind.id() + "/" + mode.id());
		assertTrue(t.rms(HeadMotion.TRANSLATION, AlignMode.TRANSLATION) < 0.1, t.format());
		assertTrue(t.rms(HeadMotion.SIMILARITY, AlignMode.SIMILARITY) < 0.12, t.format());
		assertTrue(t.rms(HeadMotion.AFFINE, AlignMode.AFFINE) < 0.15, t.format());
		for (HeadMotion kind : HeadMotion.values()) assertTrue(t.rms(kind, AlignMode.NONE) > 3, "the head really moves: " + t.format());
		assertTrue(t.rms(HeadMotion.SIMILARITY, AlignMode.TRANSLATION) > 0.5, "a shift cannot undo a rotation: " + t.format());
		assertTrue(t.rms(HeadMotion.AFFINE, AlignMode.SIMILARITY) > 0.2, "a similarity cannot undo a shear: " + t.format());
	}

	@Test
	void argumentsOutOfRangeNameTheArgument() {
		InputException e = assertThrows(InputException.class, () -> AlignmentAccuracy.measure(0, 4, 96, 1, AlignSettings.NONE, Progress.NONE));
		assertTrue(e.getMessage().startsWith("clips"), e.getMessage());
		e = assertThrows(InputException.class, () -> AlignmentAccuracy.measure(1, 4, 20, 1, AlignSettings.NONE, Progress.NONE));
		assertTrue(e.getMessage().startsWith("size"), e.getMessage());
	}

	/** The table of the report: 8 clips x 12 frames per motion kind at 128 px. */
	@Tag("long")
	@Test
	void fullTable() {
		AccuracyTable t = AlignmentAccuracy.measure(8, 12, 128, 42, AlignSettings.NONE, Progress.NONE);
		System.out.print(t.format());
		assertTrue(t.rms(HeadMotion.SIMILARITY, AlignMode.SIMILARITY) <= 0.2, t.format());
		assertTrue(t.rms(HeadMotion.AFFINE, AlignMode.AFFINE) <= 0.2, t.format());
		assertTrue(t.rms(HeadMotion.TRANSLATION, AlignMode.TRANSLATION) <= 0.2, t.format());
	}
}
