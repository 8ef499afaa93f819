package org.mer.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.mer.align.accuracy.SyntheticHeadClip;
import org.mer.face.FaceBox;
import org.mer.align.accuracy.AlignmentAccuracy;
import org.mer.core.InputException;
import org.mer.data.synth.Motion;

/** All clips are synthetic (96 x 96, rendered at 4x with a known head motion). */
class FrameRegistrationTest {
	private static final int N = 96;
	private static final List<Motion> BROWS = Arrays.asList(Motion.BROW_RAISE);
	private static final AlignMode[] MODES = { AlignMode.TRANSLATION, AlignMode.SIMILARITY, AlignMode.AFFINE };

	private static SyntheticHeadClip clip(int subject, double peak, boolean blink, double noise, AffineMap... motions) {
		return new SyntheticHeadClip(11, subject, N, N, motions, BROWS, peak, blink, noise, 0);
	}

	private static FrameRegistration registration(SyntheticHeadClip c, AlignSettings s) {
		return new FrameRegistration(c.grey(0), N, N, c.box, s);
	}

	@Test
	void identicalFramesGiveTheIdentityAndZeroResidual() {
		SyntheticHeadClip c = clip(1, 1, false, 2, AffineMap.IDENTITY);
		for (AlignMode mode : MODES) {
			Registration r = registration(c, AlignSettings.of(mode)).register(c.grey(0), AffineMap.IDENTITY);
			assertArrayEquals(AffineMap.IDENTITY.toArray(), r.transform().toArray(), 1e-3, mode.id());
			assertEquals(0, r.residual(), 1e-9, mode.id());
			assertTrue(r.converged(), mode.id());
		}
	}

	@Test
	void aStillHeadWithFreshNoiseStaysAtTheIdentity() {
		SyntheticHeadClip c = clip(2, 1e-6, false, 2, AffineMap.IDENTITY, AffineMap.IDENTITY);
		for (AlignMode mode : MODES) {
			FrameRegistration reg = registration(c, AlignSettings.of(mode));
			for (int t = 1; t <= 2; t++) {
				Registration r = reg.register(c.grey(t), AffineMap.IDENTITY);
				assertTrue(c.rmsError(t, r.transform()) < 0.03, mode.id() + " frame " + t + ": " + r);
				assertTrue(r.residual() > 0.5 && r.residual() < 4, "noise of sigma 2 leaves a residual: " + r);
			}
		}
	}

	/** 128 px, noise sigma 1, a blink and a 1.2 px brow raise; motions about the face centre. */
	@Test
	void recoversKnownTranslationsRotationsAndScales() {
		AffineMap[] motions = { AffineMap.translation(5.3, -6.7), AffineMap.similarity(1, 4.5, 0, 0, 0, 0),
			AffineMap.similarity(1.035, 0, 0, 0, 0, 0), AffineMap.similarity(0.965, -3.5, -4, 7.5, 0, 0) };
		int n = 128;
		SyntheticHeadClip c = new SyntheticHeadClip(11, 3, n, n, motions, BROWS, 1.2, true, 1, 0);
		FrameRegistration reg = new FrameRegistration(c.grey(0), n, n, c.box, AlignSettings.of(AlignMode.SIMILARITY));
		for (int t = 1; t < c.frames(); t++) {
			Registration r = reg.register(c.grey(t), AffineMap.IDENTITY);
			AffineMap truth = c.truth[t];
			assertTrue(r.converged(), r.toString());
			assertTrue(c.rmsError(t, r.transform()) < 0.08, "frame " + t + " error " + c.rmsError(t, r.transform()) + " px: " + r);
			assertEquals(truth.rotationDegrees(), r.transform().rotationDegrees(), 0.06, "rotation of frame " + t);
			assertEquals(truth.scale(), r.transform().scale(), 0.002, "scale of frame " + t);
		}
		Registration shift = new FrameRegistration(c.grey(0), n, n, c.box, AlignSettings.of(AlignMode.TRANSLATION)).register(c.grey(1), AffineMap.IDENTITY);
		assertEquals(5.3, shift.transform().tx(), 0.05);
		assertEquals(-6.7, shift.transform().ty(), 0.05);
		assertEquals(1, shift.transform().toArray()[0], 0);
	}

	@Test
	void affineRecoversAShearThatASimilarityCannot() {
		AffineMap shear = AffineMap.linearAbout(1.02, 0.045, 0, 0.97, 2, -3, 0, 0);
		SyntheticHeadClip c = clip(4, 1, false, 2, shear);
		double affine = c.rmsError(1, registration(c, AlignSettings.of(AlignMode.AFFINE)).register(c.grey(1), AffineMap.IDENTITY).transform());
		double similarity = c.rmsError(1, registration(c, AlignSettings.of(AlignMode.SIMILARITY)).register(c.grey(1), AffineMap.IDENTITY).transform());
		assertTrue(affine < 0.1, "affine error " + affine);
		assertTrue(similarity > 0.4, "similarity error " + similarity);
	}

	/**
	 * The same head motion rendered twice: once neutral, once with a full blink and 3 px of lip
	 * corner, lip stretch and lid motion. With robust weighting (the default) or the eye, brow
	 * and mouth mask, the estimate barely moves; with neither it moves several times more (so
	 * the test can fail).
	 */
	@Test
	void robustWeightsOrTheMaskIgnoreABlinkAndMouthMovement() {
		List<Motion> face = Arrays.asList(Motion.LIP_CORNER_UP, Motion.LIP_STRETCH, Motion.LID_RAISE);
		AlignSettings defaults = AlignSettings.of(AlignMode.SIMILARITY);
		AlignSettings masked = defaults.toBuilder().mask(MaskRule.EYES_BROWS_MOUTH).build();
		AlignSettings naive = defaults.toBuilder().robust(false).build();
		double worstDefault = 0, worstMasked = 0, worstNaive = 0;
		for (int subject = 0; subject < 2; subject++) {
			AffineMap m = AlignmentAccuracy.HeadMotion.SIMILARITY.draw(new Random(subject));
			SyntheticHeadClip neutral = new SyntheticHeadClip(5, subject, N, N, new AffineMap[] { m, m }, face, 1e-6, false, 1, 0);
			SyntheticHeadClip moving = new SyntheticHeadClip(5, subject, N, N, new AffineMap[] { m, m }, face, 3, true, 1, 0);
			for (AlignSettings s : new AlignSettings[] { defaults, masked, naive }) {
				FrameRegistration reg = new FrameRegistration(neutral.grey(0), N, N, neutral.box, s);
				AffineMap a = reg.register(neutral.grey(1), AffineMap.IDENTITY).transform(), b = reg.register(moving.grey(1), AffineMap.IDENTITY).transform();
				double change = SyntheticHeadClip.rms(a, b, neutral.oval, N, N);
				if (s == defaults) worstDefault = Math.max(worstDefault, change);
				else if (s == masked) worstMasked = Math.max(worstMasked, change);
				else worstNaive = Math.max(worstNaive, change);
			}
		}
		System.out.printf("blink + 3 px mouth/lid motion moved the estimate (synthetic, 96 px): robust %.4f px, robust + mask %.4f px, "
			+ "least squares %.4f px%n", worstDefault, worstMasked, worstNaive);
		assertTrue(worstDefault < 0.06, "robust estimate moved by " + worstDefault + " px");
		assertTrue(worstMasked < 0.03, "robust, masked estimate moved by " + worstMasked + " px");
		assertTrue(worstNaive > 3 * worstDefault, "plain least squares moved by " + worstNaive + " px, robust " + worstDefault);
	}

	@Test
	void anUnrelatedFrameIsReportedNotConvergedAndKeepsTheStart() {
		SyntheticHeadClip c = clip(5, 1, false, 1, AffineMap.IDENTITY);
		Random r = new Random(1);
		float[] noise = new float[N * N];
		for (int i = 0; i < noise.length; i++) noise[i] = (float) (128 + 40 * r.nextGaussian());
		float[] flat = new float[N * N];
		Arrays.fill(flat, 100);
		AffineMap start = AffineMap.translation(0.25, -0.5);
		for (AlignMode mode : MODES)
			for (float[] frame : new float[][] { noise, flat }) {
				Registration reg = registration(c, AlignSettings.of(mode)).register(frame, start);
				assertFalse(reg.converged(), mode.id() + ": " + reg);
				assertSame(start, reg.transform(), mode.id() + ": " + reg);
				assertFalse(reg.note().isEmpty());
			}
	}

	@Test
	void modeNoneKeepsTheStartAndReportsItsResidual() {
		SyntheticHeadClip c = clip(6, 1, false, 1, AffineMap.translation(3, 0));
		FrameRegistration reg = registration(c, AlignSettings.NONE);
		Registration r = reg.register(c.grey(1), AffineMap.IDENTITY);
		assertSame(AffineMap.IDENTITY, r.transform());
		assertEquals(reg.residual(c.grey(1), AffineMap.IDENTITY), r.residual(), 0);
		assertTrue(r.residual() > 5, "a 3 px shift leaves a large residual: " + r.residual());
		assertEquals(0, reg.levels());
	}

	@Test
	void rejectsAFrameOfAnotherSizeAndABoxOutsideTheFrame() {
		SyntheticHeadClip c = clip(7, 1, false, 1, AffineMap.IDENTITY);
		FrameRegistration reg = registration(c, AlignSettings.of(AlignMode.SIMILARITY));
		assertThrows(InputException.class, () -> reg.register(new float[10], AffineMap.IDENTITY));
		assertThrows(InputException.class,
			() -> new FrameRegistration(c.grey(0), N, N, new org.mer.face.FaceBox(200, 200, 50, 50), AlignSettings.of(AlignMode.SIMILARITY)));
		assertEquals(new org.mer.face.FaceBox(0, 0, N, N), new FrameRegistration(c.grey(0), N, N, null, AlignSettings.NONE).faceBox());
	}
}
