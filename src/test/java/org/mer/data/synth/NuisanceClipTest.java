package org.mer.data.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The nuisance renderer on synthetic faces (all numbers here are synthetic). */
class NuisanceClipTest {
	private static final List<Motion> MOUTH = Arrays.asList(Motion.LIP_CORNER_UP);

	/** Settings without noise, light change or blinks, so pixels show geometry only. */
	private static SynthSettings.Builder quiet(Nuisances n) {
		return SynthSettings.builder().size(128, 128).nuisances(n).fps(200).noiseSigma(0).jitterSigma(0).drift(0).blinkProbability(0);
	}

	/**
	 * Mean of the two pupils' centres {x, y}: in each image half, the centroid of the pixels darker
	 * than {@code limit}, weighted by how much darker (sub-pixel even for blobs of a few pixels).
	 */
	private static double[] pupils(float[][] rgb, int w, double cx, double limit) {
		float[] grey = SyntheticClip.grey(rgb);
		double[] sx = new double[2], sy = new double[2], n = new double[2];
		for (int i = 0; i < grey.length; i++) {
			double x = i % w + 0.5, y = i / w + 0.5, weight = limit - grey[i];
			if (weight <= 0 || y > w * 0.55) continue;
			int side = x < cx ? 0 : 1;
			sx[side] += weight * x;
			sy[side] += weight * y;
			n[side] += weight;
		}
		assertTrue(n[0] > 0 && n[1] > 0, "no dark pixels");
		return new double[] { (sx[0] / n[0] + sx[1] / n[1]) / 2, (sy[0] / n[0] + sy[1] / n[1]) / 2 };
	}

	@Test
	void headPoseIsNotIdentityAndMovesTheRenderedEyesExactly() {
		SynthSettings s = quiet(Nuisances.builder().drift(4, 5, 0.05).jitter(0.2, 0.2).build()).seconds(0.3, 0.3).build();
		Face face = FaceGenerator.face(9, 3, 128, 128);
		FaceGeometry g = face.geometry();
		NuisanceClip clip = NuisanceClip.draw(face, MOUTH, null, s, 17);
		double eyesX = (g.eyeX(-1) + g.eyeX(1)) / 2;
		double[] still = pupils(new float[][] { face.channel(0), face.channel(1), face.channel(2) }, 128, g.cx, 24);
		assertEquals(eyesX, still[0], 0.3);
		assertEquals(g.eyeY, still[1], 0.3);
		double moved = 0;
		for (int t = 0; t < clip.length(); t += 7) {
			HeadPose pose = clip.pose(t);
			assertFalse(pose.isIdentity());
			double[] expected = pose.apply(eyesX, g.eyeY), seen = pupils(clip.frame(t), 128, expected[0], 24);
			assertEquals(expected[0], seen[0], 0.3, "frame " + t + " x, " + pose);
			assertEquals(expected[1], seen[1], 0.3, "frame " + t + " y, " + pose);
			moved = Math.max(moved, Math.hypot(seen[0] - still[0], seen[1] - still[1]));
			double[] back = pose.inverse(expected[0], expected[1]);
			assertEquals(eyesX, back[0], 1e-9);
			double[] m = pose.matrix();
			assertEquals(expected[0], m[0] * eyesX + m[1] * g.eyeY + m[2], 1e-9);
			assertEquals(expected[1], m[3] * eyesX + m[4] * g.eyeY + m[5], 1e-9);
		}
		assertTrue(moved > 0.5, "the eyes moved at most " + moved + " px");
	}

	@Test
	void apexMaskMarksWhereTheExpressionMovedTheFaceUnderHeadMotion() {
		SynthSettings s = quiet(Nuisances.builder().drift(6, 6, 0.05).build()).peak(1.2, 1.2).build();
		Face face = FaceGenerator.face(4, 1, 128, 128);
		NuisanceClip clip = NuisanceClip.draw(face, Arrays.asList(Motion.BROW_RAISE, Motion.LID_RAISE), null, s, 3);
		int apex = clip.apexIndex();
		HeadPose pose = clip.pose(apex);
		byte[] mask = clip.apexMask();
		FaceRenderer renderer = new FaceRenderer(face.painter());
		ExpressionField field = new ExpressionField(face.geometry(), clip.motions(), 128, 128);
		float[] still = SyntheticClip.grey(renderer.render(new FrameState(pose, 1, 0, 0, 0, Collections.singletonList(field), new double[] { 0 }), 0, 0, new Random(1)));
		float[] apexFrame = SyntheticClip.grey(clip.frame(apex));
		double inside = 0, outside = 0;
		int nIn = 0, nOut = 0;
		for (int i = 0; i < mask.length; i++) {
			double d = Math.abs(apexFrame[i] - still[i]);
			if (mask[i] != 0) { inside += d; nIn++; }
			else { outside += d; nOut++; }
		}
		assertTrue(nIn > 50, "mask pixels " + nIn);
		assertTrue(inside / nIn > 8 * (outside / nOut), "mean change inside " + inside / nIn + ", outside " + outside / nOut);
		byte[] unposed = renderer.mask(HeadPose.IDENTITY, field, 1.2, SyntheticClip.MASK_THRESHOLD);
		double[] c1 = centroid(mask), c0 = centroid(unposed), expected = pose.apply(c0[0], c0[1]);
		assertTrue(Math.hypot(c1[0] - c0[0], c1[1] - c0[1]) > 1, "the head moved the mask by " + Math.hypot(c1[0] - c0[0], c1[1] - c0[1]));
		assertEquals(expected[0], c1[0], 0.3);
		assertEquals(expected[1], c1[1], 0.3);
	}

	private static double[] centroid(byte[] mask) {
		double sx = 0, sy = 0, n = 0;
		for (int i = 0; i < mask.length; i++)
			if (mask[i] != 0) {
				sx += i % 128 + 0.5;
				sy += i / 128 + 0.5;
				n++;
			}
		return new double[] { sx / n, sy / n };
	}

	@Test
	void flickerChangesMeanBrightnessFrameByFrame() {
		Face face = FaceGenerator.face(2, 2, 48, 48);
		SynthSettings flat = quiet(Nuisances.NONE).size(48, 48).fps(30).seconds(0.5, 0.5).build();
		SynthSettings flicker = quiet(Nuisances.builder().flicker(0.05, 0, 100).build()).size(48, 48).fps(30).seconds(0.5, 0.5).build();
		NuisanceClip still = NuisanceClip.draw(face, MOUTH, null, flat, 8), lit = NuisanceClip.draw(face, MOUTH, null, flicker, 8);
		double base = mean(still.frame(0)), spread = 0;
		for (int t = 0; t < lit.length(); t++) {
			double ratio = mean(lit.frame(t)) / mean(still.frame(t));
			assertEquals(lit.truth(t)[4], ratio, 0.004, "frame " + t);
			spread = Math.max(spread, Math.abs(ratio - 1));
			assertEquals(base, mean(still.frame(t)), 0.3);
		}
		assertTrue(spread > 0.02, "largest relative brightness change " + spread);
	}

	private static double mean(float[][] rgb) {
		double s = 0;
		for (float v : SyntheticClip.grey(rgb)) s += v;
		return s / rgb[0].length;
	}

	@Test
	void lengthsApexPeaksAndMacroLeakRespectTheSettings() {
		Face face = FaceGenerator.face(5, 1, 32, 32);
		for (double fps : new double[] { 30, 100, 200 }) {
			SynthSettings s = SynthSettings.builder().size(32, 32).fps(fps).seconds(0.2, 0.45).apexPosition(0.15, 0.4).peak(0.2, 0.6).macroLeak(1, 2, 4)
				.blinkProbability(1).build();
			Set<Integer> lengths = new HashSet<>();
			for (int k = 0; k < 25; k++) {
				NuisanceClip c = NuisanceClip.draw(face, MOUTH, Arrays.asList(Motion.BROW_RAISE), s, k);
				lengths.add(c.length());
				assertTrue(c.length() >= Math.round(0.2 * fps) && c.length() <= Math.round(0.45 * fps), fps + " fps: length " + c.length());
				double position = c.apexIndex() / (double) (c.length() - 1);
				assertTrue(position >= 0.15 - 1.0 / c.length() && position <= 0.4 + 1.0 / c.length(), "apex at " + position);
				assertTrue(c.apexIndex() < c.length() - 1 - c.apexIndex(), "onset to apex shorter than apex to offset");
				assertTrue(c.peak() >= 0.2 && c.peak() <= 0.6, "peak " + c.peak());
				assertEquals(c.peak(), c.truth(c.apexIndex())[8], 1e-9);
				int[] span = c.macroSpan();
				int frames = span[1] - span[0] + 1;
				assertTrue(frames >= Math.round(0.5 * fps) - 1 && frames <= Math.round(4 * fps) + 1, "macro frames " + frames);
				assertTrue(span[1] >= 0 && span[0] <= c.length() - 1, "the macro-expression overlaps the clip");
				assertTrue(c.macroPeak() >= 2 && c.macroPeak() <= 4);
				double largest = 0;
				for (int t = span[0]; t <= span[1]; t++) largest = Math.max(largest, c.macroAmplitude(t));
				assertEquals(c.macroPeak(), largest, 0.05 * c.macroPeak());
				assertTrue(c.hasBlink(), "blink probability 1");
				int closed = 0;
				for (int t = 0; t < c.length(); t++) if (c.closure(t) > 0) closed++;
				assertTrue(closed <= Math.max(2, Math.round(0.4 * fps)), "blink frames " + closed);
			}
			assertTrue(lengths.size() > 1, "lengths vary: " + lengths);
		}
	}

	@Test
	void jpegQualityIsDrawnPerClipAndChangesFileSize() throws Exception {
		Face face = FaceGenerator.face(5, 1, 64, 64);
		SynthSettings s = SynthSettings.builder().size(64, 64).hard().build();
		Set<Integer> qualities = new HashSet<>();
		for (int k = 0; k < 20; k++) {
			int q = NuisanceClip.draw(face, MOUTH, null, s, k).jpegQuality();
			assertTrue(q >= 75 && q <= 95, "quality " + q);
			qualities.add(q);
		}
		assertTrue(qualities.size() > 3, "qualities " + qualities);
		float[][] frame = NuisanceClip.draw(face, MOUTH, null, s, 1).frame(0);
		java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("jpeg");
		try {
			java.nio.file.Path low = dir.resolve("q75.jpg"), high = dir.resolve("q95.jpg");
			SynthImages.writeFrame(frame, 64, 64, false, FrameFormat.JPEG, 75, low);
			SynthImages.writeFrame(frame, 64, 64, false, FrameFormat.JPEG, 95, high);
			assertTrue(java.nio.file.Files.size(low) < 0.8 * java.nio.file.Files.size(high), java.nio.file.Files.size(low) + " vs " + java.nio.file.Files.size(high));
		}
		finally {
			try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(dir)) {
				for (java.nio.file.Path f : (Iterable<java.nio.file.Path>) files::iterator) java.nio.file.Files.delete(f);
			}
			java.nio.file.Files.delete(dir);
		}
	}

	@Test
	void overlappingClassesShareOneActionUnitAndStayDistinct() {
		List<List<Motion>> base = ClassMotions.forClasses(Arrays.asList("positive", "negative", "surprise"));
		List<List<Motion>> shared = ClassMotions.overlapping(base);
		assertEquals(3, new HashSet<>(shared).size());
		for (int i = 0; i < 3; i++) {
			Set<Motion> common = new HashSet<>(shared.get(i));
			common.retainAll(shared.get((i + 1) % 3));
			assertFalse(common.isEmpty(), "classes " + i + " and " + (i + 1) % 3 + " share nothing: " + shared);
			assertTrue(shared.get(i).containsAll(base.get(i)));
		}
		assertEquals("12+6+4", ClassMotions.actionUnits(shared.get(0)));
		assertEquals(base.subList(0, 1), ClassMotions.overlapping(base.subList(0, 1)), "a single class stays as it is");
	}

	@Test
	void sameSeedSamePixelsOtherSeedOtherPixels() {
		Face face = FaceGenerator.face(5, 1, 32, 32);
		SynthSettings s = SynthSettings.builder().size(32, 32).hard().build();
		NuisanceClip a = NuisanceClip.draw(face, MOUTH, MOUTH, s, 4), b = NuisanceClip.draw(face, MOUTH, MOUTH, s, 4), c = NuisanceClip.draw(face, MOUTH, MOUTH, s, 5);
		for (int t = 0; t < a.length(); t += 9) {
			assertEquals(Arrays.toString(a.frame(t)[1]), Arrays.toString(b.frame(t)[1]));
			assertEquals(a.truthLine(t + 1, t), b.truthLine(t + 1, t));
		}
		assertNotEquals(Arrays.toString(a.frame(0)[1]), Arrays.toString(c.frame(0)[1]));
	}
}
