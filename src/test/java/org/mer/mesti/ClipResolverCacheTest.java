package org.mer.mesti;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mer.clip.CachingFrameSource;
import org.mer.clip.ClipRange;
import org.mer.clip.ApexMethod;
import org.mer.clip.Clip;
import org.mer.clip.ArrayFrameSource;
import org.mer.clip.ClipResolver;
import org.mer.clip.FrameAccess;
import org.mer.core.Progress;

/** Motion spotting followed by MESTI reads each frame through ClipResolver's frame cache. */
class ClipResolverCacheTest {

	private static final int W = 6, H = 5, C = 3, FIRST = 20, COUNT = 9;
	private static final long FRAME_BYTES = 4L * W * H * C;

	/** Frames 20..28; frame 24 moves most from the onset; values vary with pixel and channel. */
	private static ArrayFrameSource moving() {
		ArrayFrameSource s = new ArrayFrameSource("moving", W, H, C, FIRST);
		for (int k = 0; k < COUNT; k++) {
			float motion = 4 - Math.abs(k - 4);
			float[] f = new float[W * H * C];
			for (int i = 0; i < f.length; i++)
				f[i] = (i * 7) % 23 + motion * (1 + i % 5);
			s.add(f);
		}
		return s;
	}

	private static float[] mesti(Clip clip) {
		return FrameAccess.toArray(Modalities.compute(clip, ModalitySettings.mesti(MestiWeighting.APEX_PEAK), Progress.NONE).image());
	}

	@Test
	void spottingAndMestiDecodeEachFrameOnceWhenTheClipFits() {
		ArrayFrameSource s = moving();
		Clip clip = ClipResolver.resolve(s, ClipRange.all(), ApexMethod.MOTION, COUNT * FRAME_BYTES);
		assertEquals(24, clip.apex());
		float[] cached = mesti(clip);
		assertEquals(COUNT, s.decoded(), "one decode per frame for spotting and MESTI together");

		ArrayFrameSource plain = moving();
		float[] reference = mesti(new Clip(plain, FIRST, 24, FIRST + COUNT - 1, ApexMethod.GIVEN, ""));
		assertArrayEquals(reference, cached, 0f);
	}

	@Test
	void defaultBudgetFitsASmallClip() {
		ArrayFrameSource s = moving();
		Clip clip = ClipResolver.resolve(s, ClipRange.all(), ApexMethod.MOTION);
		mesti(clip);
		assertEquals(COUNT, s.decoded());
		assertEquals(0, s.closed(), "the caller still owns the source");
	}

	@Test
	void tinyBudgetBoundsMemoryAndGivesTheSameImage() {
		ArrayFrameSource s = moving();
		long budget = 3 * FRAME_BYTES + 10;
		Clip clip = ClipResolver.resolve(s, ClipRange.all(), ApexMethod.MOTION, budget);
		float[] cached = mesti(clip);
		CachingFrameSource cache = (CachingFrameSource) clip.source();
		assertSame(s, cache.source());
		assertEquals(3, cache.keptFrames());
		assertTrue(cache.keptBytes() <= budget);
		// the first three frames are decoded once, the other six for spotting and again for MESTI
		assertEquals(3 + 2 * (COUNT - 3), s.decoded());

		ArrayFrameSource uncached = moving();
		float[] none = mesti(ClipResolver.resolve(uncached, ClipRange.all(), ApexMethod.MOTION, 0));
		assertEquals(2 * COUNT, uncached.decoded(), "budget 0: every frame decoded twice, as before the cache");
		assertArrayEquals(none, cached, 0f);
	}

	@Test
	void givenApexAndMidpointReadTheSourceDirectly() {
		ArrayFrameSource s = moving();
		assertSame(s, ClipResolver.resolve(s, new ClipRange(FIRST, 22, FIRST + 8), ApexMethod.MOTION).source());
		assertSame(s, ClipResolver.resolve(s, ClipRange.all(), ApexMethod.MIDPOINT).source());
		assertEquals(0, s.decoded());
	}
}
