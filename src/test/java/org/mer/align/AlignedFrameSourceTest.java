package org.mer.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mer.align.accuracy.SyntheticHeadClip;
import org.mer.clip.ArrayFrameSource;
import org.mer.clip.FrameAccess;
import org.mer.core.InputException;
import org.mer.data.synth.Motion;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.real.FloatType;

/** Synthetic 96 px RGB clips numbered from 46 (absolute frame numbers, as CASME II's img46.jpg). */
class AlignedFrameSourceTest {
	private static final int N = 96, FIRST = 46;

	private static SyntheticHeadClip clip() {
		return new SyntheticHeadClip(3, 1, N, N, new AffineMap[] { AffineMap.translation(4.4, -2.6), AffineMap.similarity(1.02, 3, -3, 5, 0, 0) },
			Arrays.asList(Motion.LIP_CORNER_UP), 1, false, 1, 0);
	}

	private static ArrayFrameSource source(SyntheticHeadClip c) {
		ArrayFrameSource s = new ArrayFrameSource("clip", N, N, 3, FIRST);
		for (int t = 0; t < c.frames(); t++) s.add(c.xyc(t));
		return s;
	}

	private static double meanAbsDiff(float[] a, float[] b, SyntheticHeadClip c) {
		double sum = 0;
		int n = 0;
		for (int y = 0; y < N; y++)
			for (int x = 0; x < N; x++) {
				double nx = (x - c.oval[0]) / c.oval[2], ny = (y - c.oval[1]) / c.oval[3];
				if (nx * nx + ny * ny > 0.8) continue;
				for (int ch = 0; ch < 3; ch++) sum += Math.abs(a[ch * N * N + y * N + x] - b[ch * N * N + y * N + x]);
				n += 3;
			}
		return sum / n;
	}

	@Test
	void modeNoneReturnsTheFramesUntouchedAndStillReportsResiduals() {
		SyntheticHeadClip c = clip();
		try (AlignedFrameSource s = new AlignedFrameSource(source(c), FIRST, c.box, AlignSettings.NONE)) {
			for (int t = 0; t < c.frames(); t++) assertArrayEquals(c.xyc(t), FrameAccess.toArray(s.frame(FIRST + t)));
			List<FrameAlignment> a = s.alignments();
			assertEquals(3, a.size());
			assertEquals(0, a.get(0).residual(), 0);
			assertTrue(a.get(1).residual() > 3, "a 5 px shift shows in the residual: " + a.get(1));
			assertEquals(AffineMap.IDENTITY, a.get(2).transform());
		}
	}

	@Test
	void alignedFramesMatchTheReferenceInEveryChannel() {
		SyntheticHeadClip c = clip();
		try (AlignedFrameSource s = new AlignedFrameSource(source(c), FIRST, c.box, AlignSettings.of(AlignMode.SIMILARITY))) {
			assertArrayEquals(c.xyc(0), FrameAccess.toArray(s.frame(FIRST)), "the reference comes back as it is");
			for (int t = 1; t < c.frames(); t++) {
				RandomAccessibleInterval<FloatType> f = s.frame(FIRST + t);
				assertArrayEquals(new long[] { N, N, 3 }, FrameAccess.shape(f));
				double before = meanAbsDiff(c.xyc(t), c.xyc(0), c), after = meanAbsDiff(FrameAccess.toArray(f), c.xyc(0), c);
				assertTrue(after < before / 4, "frame " + t + ": difference to the reference " + before + " -> " + after);
				FrameAlignment a = s.alignment(FIRST + t);
				assertEquals(FIRST + t, a.frameNumber());
				assertEquals(FIRST, a.reference());
				assertTrue(a.converged(), a.toString());
				assertTrue(c.rmsError(t, a.transform()) < 0.1, a + " vs " + c.truth[t]);
			}
		}
	}

	@Test
	void eachFrameIsEstimatedOnceAndTheResultDoesNotDependOnTheOrder() {
		SyntheticHeadClip c = clip();
		AlignSettings s = AlignSettings.of(AlignMode.AFFINE);
		ArrayFrameSource forward = source(c), backward = source(c);
		try (AlignedFrameSource a = new AlignedFrameSource(forward, FIRST, c.box, s); AlignedFrameSource b = new AlignedFrameSource(backward, FIRST, c.box, s)) {
			a.frame(FIRST + 1);
			a.frame(FIRST + 2);
			b.frame(FIRST + 2);
			b.frame(FIRST + 1);
			assertEquals(a.alignment(FIRST + 2).transform(), b.alignment(FIRST + 2).transform());
			int decoded = forward.decoded();
			a.alignment(FIRST + 2);
			assertEquals(decoded, forward.decoded(), "a known alignment is not estimated again");
			assertEquals(Arrays.asList(FIRST + 1, FIRST + 2), a.alignments().stream().map(FrameAlignment::frameNumber).collect(java.util.stream.Collectors.toList()));
		}
	}

	@Test
	void closesTheWrappedSourceOnlyWhenItOwnsIt() {
		SyntheticHeadClip c = clip();
		ArrayFrameSource owned = source(c), borrowed = source(c);
		AlignedFrameSource a = new AlignedFrameSource(owned, FIRST, null, AlignSettings.of(AlignMode.TRANSLATION));
		a.close();
		a.close();
		assertEquals(1, owned.closed());
		AlignedFrameSource.borrowing(borrowed, FIRST, null, AlignSettings.of(AlignMode.TRANSLATION)).close();
		assertEquals(0, borrowed.closed());
	}

	@Test
	void anUnknownReferenceOrAFrameOfAnotherSizeIsAnInputError() {
		SyntheticHeadClip c = clip();
		InputException e = assertThrows(InputException.class, () -> new AlignedFrameSource(source(c), 7, null, AlignSettings.NONE));
		assertTrue(e.getMessage().contains("7") && e.getMessage().contains("clip"), e.getMessage());
		ArrayFrameSource odd = source(c);
		odd.add(new float[10 * 10 * 3], 10, 10, 3);
		try (AlignedFrameSource s = new AlignedFrameSource(odd, FIRST, null, AlignSettings.of(AlignMode.SIMILARITY))) {
			InputException x = assertThrows(InputException.class, () -> s.frame(FIRST + 3));
			assertTrue(x.getMessage().contains("frame " + (FIRST + 3)), x.getMessage());
		}
	}
}
