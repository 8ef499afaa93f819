package org.mer.clip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mer.core.InputException;

class ApexSpotterTest {

	/** Frames 46..80 of 8x8 RGB; a bright square of side (frame - 46) capped at 6, then smaller again from 62. */
	static ArrayFrameSource rising() {
		ArrayFrameSource s = new ArrayFrameSource("rising", 8, 8, 3, 46);
		for (int n = 46; n <= 80; n++) {
			int side = n <= 61 ? Math.min(n - 46, 6) : Math.max(0, 6 - (n - 61));
			float[] f = new float[8 * 8 * 3];
			for (int c = 0; c < 3; c++)
				for (int y = 0; y < side; y++)
					for (int x = 0; x < side; x++)
						f[c * 64 + y * 8 + x] = n == 61 ? 200 : 100;
			s.add(f);
		}
		return s;
	}

	@Test
	void motionFindsLargestChangeStreaming() {
		ArrayFrameSource s = rising();
		assertEquals(61, ApexSpotter.spot(s, 46, 80, ApexMethod.MOTION));
		assertEquals(35, s.decoded(), "each frame decoded once");
		assertEquals(50, ApexSpotter.spot(s, 46, 50, ApexMethod.MOTION), "within a sub-range the last, largest square");
		assertEquals(52, ApexSpotter.spot(s, 46, 55, ApexMethod.MOTION), "frames 52..55 tie: the earliest wins");
		assertEquals(50, ApexSpotter.spot(s, 50, 50, ApexMethod.MOTION));
	}

	@Test
	void stillClipGivesOnset() {
		ArrayFrameSource s = new ArrayFrameSource("still", 4, 4, 1, 1);
		for (int i = 0; i < 5; i++)
			s.addConstant(7);
		assertEquals(2, ApexSpotter.spot(s, 2, 5, ApexMethod.MOTION));
	}

	@Test
	void midpoint() {
		ArrayFrameSource s = rising();
		assertEquals(63, ApexSpotter.spot(s, 46, 80, ApexMethod.MIDPOINT));
		assertEquals(48, ApexSpotter.spot(s, 46, 51, ApexMethod.MIDPOINT));
		assertEquals(0, s.decoded(), "midpoint decodes nothing");
		assertThrows(IllegalArgumentException.class, () -> ApexSpotter.spot(s, 46, 50, ApexMethod.GIVEN));
	}

	@Test
	void blurReplicatesBorders() {
		// 3 x 2 grey: rows (0 3 6) and (6 9 12)
		float[] b = ApexSpotter.blur3x3(new float[] { 0, 3, 6, 6, 9, 12 }, new long[] { 3, 2, 1 });
		// horizontal means: (1 3 5), (7 9 11); vertical with replicated rows: (2/3 r0 + 1/3 r1), (1/3 r0 + 2/3 r1)
		assertArrayEquals(new float[] { 3, 5, 7, 5, 7, 9 }, b, 1e-5f);
	}

	@Test
	void mixedSizesNameTheFrame() {
		ArrayFrameSource s = new ArrayFrameSource("mixed", 2, 2, 1, 1).add(new float[4]).add(new float[8], 2, 2, 2);
		InputException e = assertThrows(InputException.class, () -> ApexSpotter.spot(s, 1, 2, ApexMethod.MOTION));
		assertTrue(e.getMessage().contains("frame 2 of mixed"), e.getMessage());
	}

	@Test
	void resolverNotes() {
		ArrayFrameSource s = rising();
		Clip given = ClipResolver.resolve(s, new ClipRange(50, 60, 70), ApexMethod.MOTION);
		assertEquals(60, given.apex());
		assertEquals(ApexMethod.GIVEN, given.apexMethod());
		assertEquals("", given.apexNote());

		Clip absent = ClipResolver.resolve(s, new ClipRange(null, null, null), ApexMethod.MOTION);
		assertEquals(46, absent.onset());
		assertEquals(80, absent.offset());
		assertEquals(61, absent.apex());
		assertEquals(ApexMethod.MOTION, absent.apexMethod());
		assertEquals("apex spotted by motion", absent.apexNote());

		Clip invalid = ClipResolver.resolve(s, new ClipRange(46, 120, 80), ApexMethod.MOTION);
		assertEquals(61, invalid.apex());
		assertEquals("apex 120 outside 46..80 replaced by motion: 61", invalid.apexNote());

		Clip mid = ClipResolver.resolve(s, new ClipRange(46, 30, 80), ApexMethod.MIDPOINT);
		assertEquals(63, mid.apex());
		assertEquals(ApexMethod.MIDPOINT, mid.apexMethod());
		assertEquals("apex 30 outside 46..80 replaced by midpoint: 63", mid.apexNote());

		Clip one = ClipResolver.resolve(s, new ClipRange(50, null, 50), ApexMethod.MOTION);
		assertEquals(1, one.length());
		assertEquals(50, one.apex());

		assertThrows(InputException.class, () -> ClipResolver.resolve(s, new ClipRange(70, null, 60), ApexMethod.MOTION));
	}
}
