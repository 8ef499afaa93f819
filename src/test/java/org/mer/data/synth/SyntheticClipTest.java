package org.mer.data.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class SyntheticClipTest {
	private static final SynthSettings QUIET = SynthSettings.builder().size(64, 64).noiseSigma(0).jitterSigma(0).blinkProbability(0).drift(0).build();

	private static double maxMagnitude(float[][] d) {
		double m = 0;
		for (int i = 0; i < d[0].length; i++) m = Math.max(m, Math.hypot(d[0][i], d[1][i]));
		return m;
	}

	@Test
	void amplitudeRisesToApexAndFallsBackToZero() {
		Face face = FaceGenerator.face(1, 1, 64, 64);
		SyntheticClip clip = SyntheticClip.of(face, Arrays.asList(Motion.BROW_RAISE), 21, 8, 1.2, QUIET, 5);
		assertEquals(0, clip.amplitude(0), 0);
		assertEquals(1, clip.amplitude(8), 1e-12);
		assertEquals(0, clip.amplitude(20), 1e-12);
		for (int t = 1; t <= 8; t++) assertTrue(clip.amplitude(t) > clip.amplitude(t - 1));
		for (int t = 9; t <= 20; t++) assertTrue(clip.amplitude(t) < clip.amplitude(t - 1));
	}

	@Test
	void displacementIsZeroAtOnsetPeakAtApexAndLocal() {
		SynthSettings s = SynthSettings.builder().size(64, 64).peak(0.5, 1.5).frames(10, 20).build();
		for (int k = 0; k < 6; k++) {
			Face face = FaceGenerator.face(3, k, 64, 64);
			List<Motion> m = ClassMotions.forClasses(s.classes()).get(k % 3);
			SyntheticClip clip = SyntheticClip.draw(face, m, s, 100 + k);
			assertTrue(clip.length() >= 10 && clip.length() <= 20, "length " + clip.length());
			assertTrue(clip.apexIndex() > 0 && clip.apexIndex() < clip.length() - 1);
			assertEquals(0, maxMagnitude(clip.displacement(0)), 0);
			assertEquals(0, maxMagnitude(clip.displacement(clip.length() - 1)), 1e-6);
			double peak = maxMagnitude(clip.displacement(clip.apexIndex()));
			assertEquals(clip.peak(), peak, 1e-5);
			assertTrue(peak >= 0.5 - 1e-6 && peak <= 1.5 + 1e-6, "peak " + peak);
			for (int t = 0; t < clip.length(); t++) assertTrue(maxMagnitude(clip.displacement(t)) <= peak + 1e-6);
			int moving = 0;
			for (byte b : clip.apexMask()) if (b != 0) moving++;
			assertTrue(moving > 20 && moving < 0.25 * 64 * 64, "moving pixels " + moving);
		}
	}

	@Test
	void maskIsWhereApexDisplacementExceedsThreshold() {
		Face face = FaceGenerator.face(7, 2, 64, 64);
		SyntheticClip clip = SyntheticClip.of(face, Arrays.asList(Motion.LIP_CORNER_UP, Motion.CHEEK_RAISE), 15, 6, 1.0, QUIET, 9);
		float[][] d = clip.displacement(6);
		byte[] mask = clip.apexMask();
		for (int i = 0; i < mask.length; i++)
			assertEquals(Math.hypot(d[0][i], d[1][i]) > SyntheticClip.MASK_THRESHOLD, mask[i] != 0, "pixel " + i);
	}

	@Test
	void withoutNuisancesOnlyTheMovingRegionChanges() {
		Face face = FaceGenerator.face(7, 2, 64, 64);
		SyntheticClip clip = SyntheticClip.of(face, Arrays.asList(Motion.BROW_RAISE, Motion.LID_RAISE), 15, 6, 1.2, QUIET, 9);
		float[] onset = SyntheticClip.grey(clip.frame(0)), apex = SyntheticClip.grey(clip.frame(6));
		assertArrayEquals(SyntheticClip.grey(new float[][] { face.channel(0), face.channel(1), face.channel(2) }), onset, 1e-3f);
		float[][] d = clip.displacement(6);
		byte[] mask = clip.apexMask();
		double inside = 0, outside = 0;
		int nIn = 0, nOut = 0;
		for (int i = 0; i < mask.length; i++) {
			double diff = Math.abs(apex[i] - onset[i]);
			if (d[0][i] == 0 && d[1][i] == 0) assertEquals(0, diff, 1e-3, "static pixel " + i + " changed");
			if (mask[i] != 0) { inside += diff; nIn++; }
			else { outside += diff; nOut++; }
		}
		assertTrue(inside / nIn > 5 * (outside / nOut), "inside " + inside / nIn + " outside " + outside / nOut);
		assertTrue(inside / nIn > 1, "mean change in the moving region " + inside / nIn);
	}

	@Test
	void sameSeedSamePixelsOtherSeedOtherNoise() {
		SynthSettings s = SynthSettings.builder().size(48, 48).blinkProbability(1).build();
		Face face = FaceGenerator.face(11, 1, 48, 48);
		List<Motion> m = Arrays.asList(Motion.NOSE_WRINKLE);
		SyntheticClip a = SyntheticClip.draw(face, m, s, 77), b = SyntheticClip.draw(face, m, s, 77), c = SyntheticClip.draw(face, m, s, 78);
		assertTrue(a.hasBlink());
		for (int t = 0; t < a.length(); t += 5)
			for (int ch = 0; ch < 3; ch++) assertArrayEquals(a.frame(t)[ch], b.frame(t)[ch], 0f);
		assertNotEquals(Arrays.toString(a.frame(0)[0]), Arrays.toString(c.frame(0)[0]));
	}

	@Test
	void subjectsDifferAndClassesMoveDifferentRegions() {
		Face f1 = FaceGenerator.face(5, 1, 64, 64), f2 = FaceGenerator.face(5, 2, 64, 64), f1again = FaceGenerator.face(5, 1, 64, 64);
		assertArrayEquals(f1.channel(1), f1again.channel(1), 0f);
		double diff = 0;
		for (int i = 0; i < 64 * 64; i++) diff += Math.abs(f1.channel(1)[i] - f2.channel(1)[i]);
		assertTrue(diff / (64 * 64) > 5, "mean difference between subjects " + diff / (64 * 64));
		assertNotEquals(f1.geometry().mouthY, f2.geometry().mouthY);
		List<List<Motion>> five = ClassMotions.forClasses(Arrays.asList("happiness", "surprise", "disgust", "repression", "others"));
		assertEquals(5, five.stream().distinct().count());
		List<List<Motion>> odd = ClassMotions.forClasses(Arrays.asList("positive", "happiness", "zzz"));
		assertEquals(3, odd.stream().distinct().count());
		assertEquals("12+6", ClassMotions.actionUnits(odd.get(0)));
	}
}
