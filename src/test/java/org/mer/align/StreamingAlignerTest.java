package org.mer.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mer.align.accuracy.SyntheticHeadClip;
import org.mer.core.InputException;
import org.mer.data.synth.Motion;

import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.real.FloatType;

/** Synthetic 96 px sequences (frames numbered from 1). */
class StreamingAlignerTest {
	private static final int N = 96;

	/** A head drifting slowly: 0.2 px/frame right, 0.12 up, 0.06 degrees and +0.05% scale per frame. */
	private static SyntheticHeadClip drifting(int frames) {
		AffineMap[] m = new AffineMap[frames - 1];
		for (int t = 1; t < frames; t++) m[t - 1] = AffineMap.similarity(1 + 0.0005 * t, 0.06 * t, 0.2 * t, -0.12 * t, 0, 0);
		return new SyntheticHeadClip(21, 2, N, N, m, Arrays.asList(Motion.BROW_LOWER, Motion.LIP_CORNER_DOWN), 1, true, 1, 0.02);
	}

	private static Img<FloatType> frame(SyntheticHeadClip c, int t) {
		return ArrayImgs.floats(c.xyc(t), N, N, 3);
	}

	/** RMS over the face of the change of the error field (estimate - truth) between frames t - 1 and t. */
	private static double jump(SyntheticHeadClip c, AffineMap previous, AffineMap current, int t) {
		double sum = 0;
		int n = 0;
		for (int y = 0; y < N; y++)
			for (int x = 0; x < N; x++) {
				double nx = (x - c.oval[0]) / c.oval[2], ny = (y - c.oval[1]) / c.oval[3];
				if (nx * nx + ny * ny > 1) continue;
				double dx = (current.x(x, y) - c.truth[t].x(x, y)) - (previous.x(x, y) - c.truth[t - 1].x(x, y));
				double dy = (current.y(x, y) - c.truth[t].y(x, y)) - (previous.y(x, y) - c.truth[t - 1].y(x, y));
				sum += dx * dx + dy * dy;
				n++;
			}
		return Math.sqrt(sum / n);
	}

	@Test
	void renewedReferencesKeepOneGeometryWithoutJumpsAtWindowBoundaries() {
		SyntheticHeadClip c = drifting(33);
		StreamingAligner aligner = new StreamingAligner(AlignSettings.builder().mode(AlignMode.SIMILARITY).window(8).build(), c.box);
		List<FrameAlignment> out = new ArrayList<>();
		for (int t = 0; t < c.frames(); t++) out.add(aligner.next(t + 1, frame(c, t)).alignment());
		double worstError = 0, worstBoundaryJump = 0, worstJump = 0;
		int renewals = 0;
		for (int t = 1; t < c.frames(); t++) {
			FrameAlignment a = out.get(t);
			assertTrue(a.converged(), a.toString());
			worstError = Math.max(worstError, c.rmsError(t, a.transform()));
			double j = jump(c, out.get(t - 1).transform(), a.transform(), t);
			worstJump = Math.max(worstJump, j);
			if (a.reference() != out.get(t - 1).reference()) {
				renewals++;
				worstBoundaryJump = Math.max(worstBoundaryJump, j);
			}
		}
		assertEquals(3, renewals, "frames 2..9 register to frame 1, 10..17 to 9, 18..25 to 17, 26..33 to 25");
		assertEquals(33, aligner.reference(), "frame 33 ends the fourth window and is the next reference");
		System.out.printf("streaming (synthetic): worst error %.4f px, worst jump %.4f px, worst boundary jump %.4f px%n", worstError, worstJump,
			worstBoundaryJump);
		assertTrue(worstError < 0.12, "worst error against the first frame " + worstError + " px");
		assertTrue(worstBoundaryJump < 0.1, "jump at a window boundary " + worstBoundaryJump + " px");
		assertTrue(worstBoundaryJump <= 2 * worstJump + 1e-9, "boundary jumps " + worstBoundaryJump + " vs any jump " + worstJump);
	}

	@Test
	void modeNonePassesFramesThroughAndFramesMustComeInOrder() {
		SyntheticHeadClip c = drifting(3);
		StreamingAligner aligner = new StreamingAligner(AlignSettings.NONE, null);
		Img<FloatType> f0 = frame(c, 0), f1 = frame(c, 1);
		assertSame(f0, aligner.next(10, f0).frame());
		AlignedFrame a = aligner.next(12, f1);
		assertSame(f1, a.frame());
		assertEquals(AffineMap.IDENTITY, a.alignment().transform());
		assertTrue(a.alignment().residual() > 0);
		InputException e = assertThrows(InputException.class, () -> aligner.next(12, frame(c, 2)));
		assertTrue(e.getMessage().contains("frame 12"), e.getMessage());
		assertThrows(InputException.class, () -> aligner.next(13, ArrayImgs.floats(new float[8 * 8 * 3], 8, 8, 3)));
	}
}
