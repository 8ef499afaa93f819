package org.mer.mesti;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mer.clip.ArrayFrameSource;
import org.mer.clip.ClipResolver;
import org.mer.clip.FrameAccess;
import org.mer.clip.ApexMethod;
import org.mer.clip.Clip;
import org.mer.clip.ClipRange;
import org.mer.core.InputException;
import org.mer.core.Progress;

class ModalitiesTest {

	/** 2x1 RGB frames 10..12: frame n has value (n + c * 10 + x). */
	private static ArrayFrameSource source() {
		ArrayFrameSource s = new ArrayFrameSource("rgb", 2, 1, 3, 10);
		for (int n = 10; n <= 12; n++) {
			float[] f = new float[6];
			for (int c = 0; c < 3; c++)
				for (int x = 0; x < 2; x++)
					f[c * 2 + x] = n * n + c * 10 + x;
			s.add(f);
		}
		return s;
	}

	@Test
	void allKinds() {
		Clip clip = ClipResolver.resolve(source(), new ClipRange(10, 11, 12), ApexMethod.MOTION);
		ModalityImage apex = Modalities.compute(clip, ModalitySettings.of(ModalityKind.APEX), Progress.NONE);
		assertArrayEquals(new float[] { 121, 122, 131, 132, 141, 142 }, FrameAccess.toArray(apex.image()), 0f);
		ModalityImage diff = Modalities.compute(clip, ModalitySettings.of(ModalityKind.DIFFERENCE), Progress.NONE);
		assertArrayEquals(new float[] { 21, 21, 21, 21, 21, 21 }, FrameAccess.toArray(diff.image()), 1e-5f);
		// MESTI weights (-1/3, 2/3, -1/3): 2*121/3 - 100/3 - 144/3 = -2/3 for every pixel
		ModalityImage mesti = Modalities.compute(clip, ModalitySettings.mesti(MestiWeighting.APEX_PEAK), Progress.NONE);
		for (float v : FrameAccess.toArray(mesti.image()))
			assertEquals(-2 / 3.0, v, 1e-4);
		// DI weights (-4/3, 2/3, 2/3): -400/3 + 242/3 + 288/3 = 130/3
		ModalityImage di = Modalities.compute(clip, ModalitySettings.of(ModalityKind.DYNAMIC_IMAGE), Progress.NONE);
		for (float v : FrameAccess.toArray(di.image()))
			assertEquals(130 / 3.0, v, 1e-4);
		ModalityImage flow = Modalities.compute(clip, ModalitySettings.of(ModalityKind.FLOW), Progress.NONE);
		assertArrayEquals(new long[] { 2, 1, 3 }, flow.image().dimensionsAsLongArray());
		for (float v : FrameAccess.toArray(flow.image()))
			assertTrue(v >= 0 && v <= 1);
	}

	@Test
	void infoListsWhatMadeTheImage() {
		Clip clip = ClipResolver.resolve(source(), new ClipRange(10, 99, 12), ApexMethod.MIDPOINT);
		ModalitySettings s = ModalitySettings.mesti(MestiWeighting.RANK_POOLED).withApexMethod(ApexMethod.MIDPOINT);
		ModalityImage m = Modalities.compute(clip, s, Progress.NONE);
		assertEquals("rgb", m.sourceName());
		assertEquals(11, m.apex());
		assertEquals(ApexMethod.MIDPOINT, m.apexMethod());
		String info = m.info();
		for (String line : new String[] { "source = rgb", "modality = mesti", "weighting = rank_pooled", "apex_method = midpoint",
			"onset = 10", "apex = 11", "offset = 12", "frames = 3", "apex_source = midpoint",
			"apex_note = apex 99 outside 10..12 replaced by midpoint: 11", "size = 2 x 1 x 3" })
			assertTrue(info.contains(line + "\n"), "info has '" + line + "':\n" + info);
	}

	@Test
	void oneFrameClip() {
		Clip one = ClipResolver.resolve(source(), new ClipRange(11, null, 11), ApexMethod.MOTION);
		InputException e = assertThrows(InputException.class,
			() -> Modalities.compute(one, ModalitySettings.of(ModalityKind.MESTI), Progress.NONE));
		assertTrue(e.getMessage().startsWith("MESTI needs at least 2 frames"), e.getMessage());
		assertThrows(InputException.class, () -> Modalities.compute(one, ModalitySettings.of(ModalityKind.DYNAMIC_IMAGE), Progress.NONE));
		ModalityImage apex = Modalities.compute(one, ModalitySettings.of(ModalityKind.APEX), Progress.NONE);
		assertEquals(121f, apex.image().getAt(0, 0, 0).get());
		for (float v : FrameAccess.toArray(Modalities.compute(one, ModalitySettings.of(ModalityKind.DIFFERENCE), Progress.NONE).image()))
			assertEquals(0f, v);
	}
}
