package org.mer.attention;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether an attention map looks where the face moved: the pointing game and the share of
 * attention mass in a known moving region (SPEC-free; issue 13 §4). Map and region are row-major
 * arrays of the same size, at one resolution (the evaluation uses the network input, S x S).
 * <ul>
 * <li>Pointing: is the map's maximum inside the region? Ties share the credit: with k pixels at
 * the maximum, j of them inside, the hit is j / k. A constant map therefore scores exactly the
 * area share.</li>
 * <li>Mass share: {@code sum(map inside) / sum(map)}, negative values counted as 0 (GA maps are
 * sigmoid outputs, never negative); a map without mass counts as uniform (the area share).</li>
 * <li>Baseline: a map of independent random values (any distribution) points inside with
 * probability equal to the region's area share, and its expected mass share is the area share
 * too; so the area share is reported as the chance level next to both.</li>
 * </ul>
 * NaN map pixels are never the maximum and carry no mass. Stateless, thread safe.
 */
public final class Faithfulness {
	private Faithfulness() {}

	/**
	 * @param map attention values, row-major
	 * @param region true where the face moved, same length, at least one pixel true
	 * @throws IllegalArgumentException for different lengths, an empty region or a map without a finite value
	 */
	public static AttentionScore score(float[] map, boolean[] region) {
		if (map.length != region.length) throw new IllegalArgumentException("map has " + map.length + " pixels, region " + region.length);
		int inside = 0;
		for (boolean r : region)
			if (r) inside++;
		if (inside == 0) throw new IllegalArgumentException("empty region");
		double area = (double) inside / region.length;
		float max = Float.NEGATIVE_INFINITY;
		for (float v : map)
			if (v > max) max = v;
		if (max == Float.NEGATIVE_INFINITY) throw new IllegalArgumentException("map has no finite value");
		int atMax = 0, atMaxInside = 0;
		double mass = 0, massInside = 0;
		for (int p = 0; p < map.length; p++) {
			float v = map[p];
			if (v == max) {
				atMax++;
				if (region[p]) atMaxInside++;
			}
			if (v > 0) {
				mass += v;
				if (region[p]) massInside += v;
			}
		}
		return new AttentionScore((double) atMaxInside / atMax, mass > 0 ? Math.min(1, massInside / mass) : area, area);
	}

	/**
	 * Scores every view of one input's block maps against its region at {@code size x size}.
	 *
	 * @param region {@code size * size} pixels, at least one true
	 * @return view id to score, in the order of {@code views}; views naming a block the network
	 *         lacks are left out
	 */
	public static Map<String, AttentionScore> scoreViews(BlockMaps maps, boolean[] region, int size, List<AttentionView> views) {
		Map<String, AttentionScore> out = new LinkedHashMap<>();
		for (AttentionView v : views)
			if (v.block() <= maps.count()) out.put(v.id(), score(v.render(maps, size, size), region));
		return out;
	}
}
