package org.mer.attention;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mer.core.InputException;

/** The faithfulness metrics and map views on hand-made maps and regions (exact values). */
class FaithfulnessTest {
	/** 4 x 4 region: the 2 x 2 square at x 1..2, y 1..2 (area share 4/16). */
	private static boolean[] square() {
		boolean[] r = new boolean[16];
		for (int y = 1; y <= 2; y++)
			for (int x = 1; x <= 2; x++)
				r[y * 4 + x] = true;
		return r;
	}

	@Test
	void peakInsideTheRegionHitsAndCountsTheMassInside() {
		float[] map = new float[16];
		Arrays.fill(map, 0.1f); // 12 outside: 1.2
		map[1 * 4 + 1] = 0.9f; // inside: 0.9 + 3 * 0.1
		AttentionScore s = Faithfulness.score(map, square());
		assertEquals(1, s.pointing(), 0);
		assertEquals((0.9f + 0.3f) / (0.9f + 1.5f), s.massShare(), 1e-6);
		assertEquals(0.25, s.areaShare(), 0);
	}

	@Test
	void peakOutsideMisses() {
		float[] map = new float[16];
		map[0] = 1;
		map[5] = 0.5f;
		AttentionScore s = Faithfulness.score(map, square());
		assertEquals(0, s.pointing(), 0);
		assertEquals(0.5 / 1.5, s.massShare(), 1e-9);
	}

	@Test
	void tiesShareTheHitAndAConstantMapScoresChance() {
		float[] two = new float[16];
		two[0] = 1; // outside
		two[5] = 1; // inside
		assertEquals(0.5, Faithfulness.score(two, square()).pointing(), 0);
		float[] flat = new float[16];
		Arrays.fill(flat, 0.3f);
		AttentionScore s = Faithfulness.score(flat, square());
		assertEquals(0.25, s.pointing(), 0);
		assertEquals(0.25, s.massShare(), 1e-9);
	}

	@Test
	void aMapWithoutMassCountsAsUniformAndNaNIsIgnored() {
		assertEquals(0.25, Faithfulness.score(new float[16], square()).massShare(), 0);
		float[] map = new float[16];
		Arrays.fill(map, Float.NaN);
		map[6] = 0.2f; // inside
		map[0] = 0.2f; // outside
		AttentionScore s = Faithfulness.score(map, square());
		assertEquals(0.5, s.pointing(), 0);
		assertEquals(0.5, s.massShare(), 1e-9);
		assertThrows(IllegalArgumentException.class, () -> Faithfulness.score(new float[16], new boolean[16]));
		assertThrows(IllegalArgumentException.class, () -> Faithfulness.score(new float[15], square()));
	}

	@Test
	void tallyAveragesScores() {
		FaithfulnessTally t = new FaithfulnessTally().add(new AttentionScore(1, 0.5, 0.25)).add(new AttentionScore(0, 0.25, 0.125));
		assertEquals(2, t.n());
		assertEquals(0.5, t.pointingRate(), 0);
		assertEquals(0.375, t.massShare(), 0);
		assertEquals(0.1875, t.chance(), 0);
		assertTrue(Double.isNaN(new FaithfulnessTally().pointingRate()));
	}

	@Test
	void combinationsAreMeanGeometricMeanAndMax() {
		List<float[]> maps = List.of(new float[] { 0.25f, 1f }, new float[] { 1f, 0.25f }, new float[] { 0.5f, 0.5f });
		assertArrayEquals(new float[] { 1.75f / 3, 1.75f / 3 }, MapCombination.MEAN.combine(maps), 1e-7f);
		assertArrayEquals(new float[] { 0.5f, 0.5f }, MapCombination.PRODUCT.combine(maps), 1e-7f); // cbrt(0.125)
		assertArrayEquals(new float[] { 1f, 1f }, MapCombination.MAX.combine(maps), 0f);
	}

	@Test
	void nearestAndBilinearUpsampling() {
		float[] src = { 0, 1, 2, 3 };
		assertArrayEquals(new float[] { 0, 0, 1, 1, 0, 0, 1, 1, 2, 2, 3, 3, 2, 2, 3, 3 }, Upsampling.NEAREST.resize(src, 2, 2, 4, 4), 0f);
		float[] up = Upsampling.BILINEAR.resize(src, 2, 2, 4, 4);
		assertArrayEquals(new float[] { 0, 0.25f, 0.75f, 1 }, Arrays.copyOfRange(up, 0, 4), 1e-6f);
		assertArrayEquals(new float[] { 0.5f, 0.75f, 1.25f, 1.5f }, Arrays.copyOfRange(up, 4, 8), 1e-6f);
	}

	@Test
	void viewsRenderBlocksAndCombinations() {
		BlockMaps maps = new BlockMaps().add(new float[] { 0, 1, 2, 3 }, 2, 2).add(new float[] { 4 }, 1, 1);
		AttentionView last = AttentionView.parse("Block 2", 2, Upsampling.NEAREST);
		assertEquals("block 2@nearest", last.id());
		assertArrayEquals(new float[] { 4, 4, 4, 4 }, last.render(maps, 2, 2), 0f);
		assertArrayEquals(new float[] { 2, 2.5f, 3, 3.5f }, AttentionView.parse("mean", 2, Upsampling.NEAREST).render(maps, 2, 2), 0f);
		assertArrayEquals(new float[] { 4, 4, 4, 4 }, AttentionView.parse("max", 2, Upsampling.BILINEAR).render(maps, 2, 2), 0f);
		assertEquals(AttentionView.DEFAULT, AttentionView.parse("", 4, AttentionView.DEFAULT.upsampling()));
		InputException e = assertThrows(InputException.class, () -> AttentionView.parse("block 3", 2, Upsampling.BILINEAR));
		assertTrue(e.getMessage().contains("mean, product, max, block 1, block 2"), e.getMessage());
		assertEquals(2 * (3 + 4), AttentionView.all(4).size());
	}

	@Test
	void everyViewIsScored() {
		BlockMaps maps = new BlockMaps().add(new float[] { 0, 0, 0, 1 }, 2, 2).add(new float[] { 1, 0, 0, 0 }, 2, 2);
		boolean[] region = { false, false, false, true };
		Map<String, AttentionScore> s = Faithfulness.scoreViews(maps, region, 2, AttentionView.all(2));
		assertEquals(1, s.get("block 1@bilinear").pointing(), 0);
		assertEquals(0, s.get("block 2@bilinear").pointing(), 0);
		assertEquals(0.5, s.get("mean@nearest").pointing(), 0); // 0.5 at both corners
		assertEquals(0.5, s.get("mean@nearest").massShare(), 1e-9);
		assertEquals(0.25, s.get("max@nearest").areaShare(), 0);
		assertEquals(AttentionView.all(2).size(), s.size());
	}
}
