package org.mer.mesti;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;

import net.imglib2.img.array.ArrayImgs;

import org.junit.jupiter.api.Test;
import org.mer.core.Ids;
import org.mer.core.InputException;

class InputScalingTest {
	private static final float[] ZERO = { 0, 0, 0 }, ONE = { 1, 1, 1 };

	private static double[] scaled(ScalingSettings s, double... values) {
		double[] v = values.clone();
		s.scaleImage(v);
		return v;
	}

	@Test
	void minmaxByHand() {
		assertArrayEquals(new double[] { 0, 0.25, 0.5, 1 }, scaled(ScalingSettings.minmax(), 0, 2, 4, 8), 0);
		assertArrayEquals(new double[] { 0, 0 }, scaled(ScalingSettings.minmax(), 3, 3), 0);
	}

	@Test
	void percentileClipsToType7Percentiles() {
		// sorted 1 2 3 4 5 1000, p = 20: lo at h = 5 * 0.2 = 1 -> 2, hi at h = 4 -> 5
		ScalingSettings p20 = ScalingSettings.builder(InputScaling.PERCENTILE).percentile(20).build();
		assertArrayEquals(new double[] { 1, 0, 1 / 3.0, 2 / 3.0, 1, 0 }, scaled(p20, 1000, 1, 3, 4, 5, 2), 1e-15);
		// p = 10: h = 0.5 -> 1.5, h = 4.5 -> 502.5
		ScalingSettings p10 = ScalingSettings.builder(InputScaling.PERCENTILE).percentile(10).build();
		assertEquals((3 - 1.5) / 501, scaled(p10, 1000, 1, 3, 4, 5, 2)[2], 1e-15);
	}

	@Test
	void percentileIsRobustToAFewOutliers() {
		int n = 100 * 100;
		double[] ramp = new double[n];
		for (int i = 0; i < n; i++)
			ramp[i] = (i % 100) / 99.0;
		double[] withOutliers = ramp.clone();
		for (int i = 0; i < 5; i++)
			withOutliers[i * 997] = 1e6;
		ScalingSettings percentile = ScalingSettings.of(InputScaling.PERCENTILE);
		double[] clean = scaled(percentile, ramp), robust = scaled(percentile, withOutliers), minmax = scaled(ScalingSettings.minmax(), withOutliers);
		double maxDiff = 0, minmaxTop = 0;
		for (int i = 0; i < n; i++)
			if (withOutliers[i] < 2) {
				maxDiff = Math.max(maxDiff, Math.abs(clean[i] - robust[i]));
				minmaxTop = Math.max(minmaxTop, minmax[i]);
			}
		assertTrue(maxDiff < 0.02, "percentile moved by the outliers: " + maxDiff);
		assertTrue(minmaxTop < 1e-5, "global min-max squashes the image: " + minmaxTop);
	}

	@Test
	void zscoreClipsAndMapsToUnitRange() {
		assertArrayEquals(new double[] { 1 / 3.0, 2 / 3.0 }, scaled(ScalingSettings.of(InputScaling.ZSCORE), 1, 3), 1e-15);
		// nine 0 and one 10: mean 1, population sd 3; z(0) = -1/3, z(10) = 3 clipped to k = 2
		ScalingSettings k2 = ScalingSettings.builder(InputScaling.ZSCORE).zscoreClip(2).build();
		double[] v = scaled(k2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10);
		assertEquals((-1 / 3.0 + 2) / 4, v[0], 1e-15);
		assertEquals(1, v[9], 0);
		assertArrayEquals(new double[] { 0.5, 0.5 }, scaled(k2, 7, 7), 0);
	}

	@Test
	void datasetRangeIsPerChannel() {
		ScalingSettings s = ScalingSettings.builder(InputScaling.DATASET).range(new float[] { 0, 10, -1 }, new float[] { 1, 20, -1 }).build();
		float[] out = new float[6];
		s.scaleChannels(new float[] { 0.5f, 2f, 15f, 5f, -1f, 3f }, out);
		assertArrayEquals(new float[] { 0.5f, 1f, 0.5f, 0f, 0f, 0f }, out, 0);
	}

	@Test
	void datasetFitTakesPerChannelPercentilesOfTheTrainingImages() {
		// two 3 x 1 x 2 images; channel 0 values 0 1 2 3, channel 1 values 10 20 30 40, channel 2 all 5
		List<float[]> train = List.of(new float[] { 0, 1, 10, 20, 5, 5 }, new float[] { 2, 3, 30, 40, 5, 5 });
		ScalingSettings minMax = ScalingSettings.builder(InputScaling.DATASET).percentile(0).build().fit(train);
		assertArrayEquals(new float[] { 0, 10, 5 }, minMax.low(), 0);
		assertArrayEquals(new float[] { 3, 40, 5 }, minMax.high(), 0);
		ScalingSettings p25 = ScalingSettings.builder(InputScaling.DATASET).percentile(25).build().fit(train);
		assertArrayEquals(new float[] { 0.75f, 17.5f, 5 }, p25.low(), 0); // h = 3 * 0.25 = 0.75
		assertArrayEquals(new float[] { 2.25f, 32.5f, 5 }, p25.high(), 0);
	}

	@Test
	void toChwAppliesTheChosenScaling() {
		// 2 x 2 grey image at its own size: no resampling
		float[] grey = { 1, 2, 3, 1000 };
		float[] p = NetworkInput.toChw(ArrayImgs.floats(grey.clone(), 2, 2, 1), 2,
			ScalingSettings.builder(InputScaling.PERCENTILE).percentile(25).build(), ZERO, ONE);
		// sorted 1 2 3 1000: lo at h = 0.75 -> 1.75, hi at h = 2.25 -> 3 + 0.25 * 997 = 252.25
		assertEquals(0, p[0], 0);
		assertEquals((2 - 1.75) / 250.5, p[1], 1e-7);
		assertEquals(1, p[3], 0);
		assertEquals(p[1], p[4 + 1], 0); // grey replicated
		ScalingSettings dataset = ScalingSettings.builder(InputScaling.DATASET).range(new float[] { 0, 1, 2 }, new float[] { 4, 3, 3 }).build();
		float[] d = NetworkInput.toChw(ArrayImgs.floats(grey.clone(), 2, 2, 1), 2, dataset, new float[] { 0, 0, 0.5f }, new float[] { 1, 1, 0.5f });
		assertArrayEquals(new float[] { 0.25f, 0.5f, 0.75f, 1f, 0f, 0.5f, 1f, 1f, -1f, -1f, 1f, 1f }, d, 0);
		InputException e = assertThrows(InputException.class,
			() -> NetworkInput.toChw(ArrayImgs.floats(grey.clone(), 2, 2, 1), 2, ScalingSettings.of(InputScaling.DATASET), ZERO, ONE));
		assertTrue(e.getMessage().contains("fitted"), e.getMessage());
	}

	@Test
	void minmaxIsBitForBitTheRuleOfOldModels() {
		Random r = new Random(1);
		int[][] shapes = { { 7, 5, 1 }, { 40, 31, 3 }, { 112, 112, 3 }, { 150, 90, 3 } };
		for (int[] s : shapes)
			for (int size : new int[] { 16, 112 }) {
				float[] v = new float[s[0] * s[1] * s[2]];
				for (int i = 0; i < v.length; i++)
					v[i] = (float) (r.nextGaussian() * 30 - 4);
				float[] mean = { 0.51f, 0.49f, 0.5f }, std = { 0.07f, 0.071f, 0.069f };
				assertArrayEquals(LegacyNetworkInput.toChw(ArrayImgs.floats(v.clone(), s[0], s[1], s[2]), size, mean, std),
					NetworkInput.toChw(ArrayImgs.floats(v.clone(), s[0], s[1], s[2]), size, mean, std), 0f);
			}
	}

	@Test
	void idsMapsAndValidation() {
		assertEquals(InputScaling.ZSCORE, Ids.parse(InputScaling.class, "Z-Score", "scaling"));
		InputException bad = assertThrows(InputException.class, () -> Ids.parse(InputScaling.class, "robust", "scaling"));
		assertTrue(bad.getMessage().contains("minmax, percentile, zscore, dataset"), bad.getMessage());
		ScalingSettings fitted = ScalingSettings.builder(InputScaling.DATASET).percentile(2).range(new float[] { 0, 1, 2 }, new float[] { 3, 4, 5 }).build();
		assertEquals(fitted, ScalingSettings.fromMap(fitted.toMap(), ""));
		assertEquals(ScalingSettings.builder(InputScaling.DATASET).percentile(2).build(), fitted.withoutRange());
		assertEquals(Map.of("scaling", "zscore", "zscore_clip", 2.5), ScalingSettings.builder(InputScaling.ZSCORE).zscoreClip(2.5).build().toMap());
		assertTrue(assertThrows(InputException.class, () -> ScalingSettings.builder(InputScaling.PERCENTILE).percentile(50).build())
			.getMessage().startsWith("percentile "));
		assertTrue(assertThrows(InputException.class, () -> ScalingSettings.fromMap(Map.of("scaling", "zscore", "zscore_clip", 0), "normalisation."))
			.getMessage().startsWith("normalisation.zscore_clip "));
		assertTrue(assertThrows(InputException.class, () -> ScalingSettings.fromMap(Map.of("scaling", "minmax", "low", List.of(0, 0, 0),
			"high", List.of(1, 1, 1)), "normalisation.")).getMessage().contains("dataset"));
	}
}
