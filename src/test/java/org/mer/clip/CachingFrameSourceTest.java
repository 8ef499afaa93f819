package org.mer.clip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mer.core.InputException;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.real.FloatType;

class CachingFrameSourceTest {

	private static final int W = 5, H = 4, C = 3, FIRST = 7, COUNT = 6;
	private static final long FRAME_BYTES = 4L * W * H * C;

	/** COUNT frames 5x4 RGB numbered from 7; value n * 1000 + index within the frame. */
	private static ArrayFrameSource frames() {
		ArrayFrameSource s = new ArrayFrameSource("cache", W, H, C, FIRST);
		for (int n = FIRST; n < FIRST + COUNT; n++) {
			float[] f = new float[W * H * C];
			for (int i = 0; i < f.length; i++)
				f[i] = n * 1000 + i;
			s.add(f);
		}
		return s;
	}

	private static float[] pixels(RandomAccessibleInterval<FloatType> frame) {
		return FrameAccess.toArray(frame);
	}

	@Test
	void fittingBudgetDecodesEachFrameOnceWithIdenticalPixels() {
		ArrayFrameSource inner = frames(), reference = frames();
		try (CachingFrameSource cache = new CachingFrameSource(inner, COUNT * FRAME_BYTES)) {
			for (int pass = 0; pass < 3; pass++)
				for (int n = FIRST; n < FIRST + COUNT; n++)
					assertArrayEquals(pixels(reference.frame(n)), pixels(cache.frame(n)), 0f, "frame " + n + " pass " + pass);
			assertEquals(COUNT, inner.decoded());
			assertEquals(COUNT, cache.keptFrames());
			assertEquals(COUNT * FRAME_BYTES, cache.keptBytes());
			assertSame(cache.frame(FIRST), cache.frame(FIRST), "a kept frame is handed out as is");
			assertArrayEquals(inner.frameNumbers(), cache.frameNumbers());
			assertEquals("cache", cache.name());
			assertEquals(W, cache.width());
			assertEquals(H, cache.height());
			assertEquals(C, cache.channels());
		}
	}

	@Test
	void tinyBudgetKeepsTheFirstFramesThatFitAndNoMore() {
		ArrayFrameSource inner = frames(), reference = frames();
		long budget = 2 * FRAME_BYTES + FRAME_BYTES / 2;
		try (CachingFrameSource cache = new CachingFrameSource(inner, budget)) {
			for (int pass = 0; pass < 3; pass++) {
				for (int n = FIRST; n < FIRST + COUNT; n++) {
					assertArrayEquals(pixels(reference.frame(n)), pixels(cache.frame(n)), 0f, "frame " + n + " pass " + pass);
					assertTrue(cache.keptBytes() <= budget, cache.keptBytes() + " bytes kept");
				}
			}
			assertEquals(2, cache.keptFrames());
			assertEquals(2 * FRAME_BYTES, cache.keptBytes());
			// frames 7 and 8 decoded once, the other four on each of the three passes
			assertEquals(2 + 3 * (COUNT - 2), inner.decoded());
		}
	}

	@Test
	void zeroBudgetKeepsNothing() {
		ArrayFrameSource inner = frames();
		try (CachingFrameSource cache = new CachingFrameSource(inner, 0)) {
			cache.frame(FIRST);
			cache.frame(FIRST);
			assertEquals(2, inner.decoded());
			assertEquals(0, cache.keptFrames());
			assertEquals(0, cache.keptBytes());
		}
		assertThrows(IllegalArgumentException.class, () -> new CachingFrameSource(frames(), -1));
	}

	@Test
	void viewsAreKeptAsCompactCopiesOfTheirOwnSize() {
		ArrayFrameSource inner = frames();
		try (CachingFrameSource cache = new CachingFrameSource(new CroppedFrameSource(inner, 1, 1, 3, 2), 1 << 20)) {
			RandomAccessibleInterval<FloatType> first = cache.frame(FIRST);
			RandomAccessibleInterval<FloatType> again = cache.frame(FIRST);
			assertEquals(1, inner.decoded());
			assertEquals(4L * 3 * 2 * C, cache.keptBytes(), "the crop's bytes, not the whole frame's");
			assertArrayEquals(new long[] { 3, 2, 3 }, again.dimensionsAsLongArray());
			assertArrayEquals(new long[] { 0, 0, 0 }, again.minAsLongArray());
			// pixel (x, y, c) of the crop is (x + 1, y + 1, c) of the frame: index (x + 1) + W * ((y + 1) + H * c)
			float[] p = pixels(again);
			for (int c = 0; c < C; c++)
				for (int y = 0; y < 2; y++)
					for (int x = 0; x < 3; x++)
						assertEquals(FIRST * 1000 + (x + 1) + W * ((y + 1) + H * c), p[x + 3 * (y + 2 * c)], 0f);
			assertArrayEquals(pixels(first), p, 0f);
		}
	}

	@Test
	void closeReleasesAndClosesAnOwnedSourceOnce() {
		ArrayFrameSource inner = frames();
		CachingFrameSource cache = new CachingFrameSource(inner, 1 << 20);
		cache.frame(FIRST);
		cache.close();
		cache.close();
		assertEquals(1, inner.closed());
		assertEquals(0, cache.keptFrames());
		assertEquals(0, cache.keptBytes());
		assertThrows(IllegalStateException.class, () -> cache.frame(FIRST));
	}

	@Test
	void borrowingCacheLeavesTheSourceOpen() {
		ArrayFrameSource inner = frames();
		CachingFrameSource cache = CachingFrameSource.borrowing(inner, 1 << 20);
		cache.frame(FIRST);
		cache.close();
		assertEquals(0, inner.closed());
		assertEquals(0, cache.keptFrames());
	}

	@Test
	void errorsOfTheWrappedSourcePassThroughAndNothingIsKept() {
		ArrayFrameSource inner = frames();
		try (CachingFrameSource cache = new CachingFrameSource(inner, 1 << 20)) {
			assertThrows(InputException.class, () -> cache.frame(FIRST + COUNT));
			assertEquals(0, cache.keptFrames());
		}
	}

	@Test
	void defaultBudgetIsTheConstantOrAnEighthOfTheHeapOrTheProperty() {
		String old = System.getProperty(CachingFrameSource.BUDGET_PROPERTY);
		try {
			System.clearProperty(CachingFrameSource.BUDGET_PROPERTY);
			assertEquals(Math.min(CachingFrameSource.DEFAULT_BUDGET_BYTES, Runtime.getRuntime().maxMemory() / 8),
				CachingFrameSource.defaultBudgetBytes());
			assertEquals(256L << 20, CachingFrameSource.DEFAULT_BUDGET_BYTES);
			System.setProperty(CachingFrameSource.BUDGET_PROPERTY, "3");
			assertEquals(3L << 20, CachingFrameSource.defaultBudgetBytes());
			assertEquals(3L << 20, new CachingFrameSource(frames()).budgetBytes());
		}
		finally {
			if (old == null) System.clearProperty(CachingFrameSource.BUDGET_PROPERTY);
			else System.setProperty(CachingFrameSource.BUDGET_PROPERTY, old);
		}
	}
}
