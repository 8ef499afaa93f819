package org.mer.align;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mer.align.accuracy.SyntheticHeadClip;
import org.mer.align.accuracy.AlignmentAccuracy;
import org.mer.data.synth.Motion;

/**
 * Prints milliseconds per frame (registration including the frame's pyramid, then the RGB
 * warp) at 128 x 128 and 640 x 480 on synthetic faces with head motion of the mode's kind; medians of
 * 60 runs after 20 warm-up runs. No timing is asserted (shared machines); the numbers go to
 * the report.
 */
@Tag("long")
class AlignmentSpeedTest {

	@Test
	void millisecondsPerFrame() {
		for (int[] size : new int[][] { { 128, 128 }, { 640, 480 } }) {
			int w = size[0], h = size[1];
			for (AlignMode mode : new AlignMode[] { AlignMode.TRANSLATION, AlignMode.SIMILARITY, AlignMode.AFFINE }) {
				Random r = new Random(3);
				AffineMap[] m = new AffineMap[4];
				for (int t = 0; t < m.length; t++) m[t] = AlignmentAccuracy.HeadMotion.valueOf(mode.name()).draw(r);
				SyntheticHeadClip clip = new SyntheticHeadClip(42, 1, w, h, m, Arrays.asList(Motion.BROW_RAISE), 1, true, 2, 0.04);
				FrameRegistration reg = new FrameRegistration(clip.grey(0), w, h, clip.box, AlignSettings.of(mode));
				double[] register = new double[60], warp = new double[60];
				double worst = 0;
				for (int k = -20; k < 60; k++) {
					int t = 1 + Math.floorMod(k, 4);
					float[] grey = clip.grey(t), rgb = clip.xyc(t);
					long a = System.nanoTime();
					Registration res = reg.register(grey, AffineMap.IDENTITY);
					long b = System.nanoTime();
					FrameWarper.warp(rgb, w, h, 3, res.transform());
					long c = System.nanoTime();
					if (k < 0) continue;
					register[k] = (b - a) / 1e6;
					warp[k] = (c - b) / 1e6;
					worst = Math.max(worst, clip.rmsError(t, res.transform()));
				}
				Arrays.sort(register);
				Arrays.sort(warp);
				System.out.printf("%dx%d (face box %s) %s: register %.1f ms, warp RGB %.1f ms (medians; min %.1f, %.1f); worst error %.3f px%n", w, h,
					clip.box, mode.id(), register[30], warp[30], register[0], warp[0], worst);
				assertTrue(worst >= 0);
			}
		}
	}
}
