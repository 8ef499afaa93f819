package org.mer.attention;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.mer.core.InputException;

/**
 * Turns an attention map into ranked regions: keep the pixels at or above the map's
 * {@code quantile} (0.9 keeps the top 10%), split them into 8-connected components and rank
 * those by mean attention, highest first. UI-free and stateless; thread safe.
 */
public final class AttentionRegions {
	/** Default quantile: the top 10% of the map. */
	public static final double DEFAULT_QUANTILE = 0.9;

	private AttentionRegions() {}

	/**
	 * @param map row-major attention values, {@code map[y * width + x]}; NaN pixels are never kept
	 * @param quantile in [0, 1): the threshold is the finite value of rank
	 *          {@code floor(quantile * n)} in ascending order (n finite values), so 0.9 keeps the
	 *          top 10% of distinct values, and ties at the threshold are all kept; pixels at the
	 *          map's minimum are never kept (a sparse map's background is no region)
	 * @return the regions, rank 1 first; empty when the map is constant (nothing stands out)
	 * @throws InputException when the sizes disagree or the quantile is outside [0, 1)
	 */
	public static List<AttentionRegion> find(float[] map, int width, int height, double quantile) {
		if (width <= 0 || height <= 0 || map == null || map.length != (long) width * height)
			throw new InputException("attention map has " + (map == null ? 0 : map.length) + " values, not " + width + " x " + height);
		if (!(quantile >= 0 && quantile < 1))
			throw new InputException("attention quantile must be in [0, 1), got " + quantile);
		float threshold = threshold(map, quantile);
		if (Float.isNaN(threshold)) return new ArrayList<>();
		float min = Float.POSITIVE_INFINITY, max = Float.NEGATIVE_INFINITY;
		for (float v : map) {
			if (Float.isNaN(v)) continue;
			min = Math.min(min, v);
			max = Math.max(max, v);
		}
		if (!(max > min)) return new ArrayList<>();
		boolean[] kept = new boolean[map.length];
		for (int i = 0; i < map.length; i++)
			kept[i] = map[i] >= threshold && map[i] > min;
		List<AttentionRegion> regions = components(map, kept, width, height);
		regions.sort(Comparator.comparingDouble(AttentionRegion::meanAttention).reversed()
			.thenComparing(Comparator.comparingInt(AttentionRegion::area).reversed()));
		List<AttentionRegion> ranked = new ArrayList<>(regions.size());
		for (int r = 0; r < regions.size(); r++)
			ranked.add(regions.get(r).withRank(r + 1));
		return ranked;
	}

	/** The value at {@code quantile} of the finite values (nearest rank), or NaN when none are finite. */
	static float threshold(float[] map, double quantile) {
		float[] sorted = new float[map.length];
		int n = 0;
		for (float v : map)
			if (!Float.isNaN(v)) sorted[n++] = v;
		if (n == 0) return Float.NaN;
		sorted = Arrays.copyOf(sorted, n);
		Arrays.sort(sorted);
		int index = (int) Math.floor(quantile * n);
		return sorted[Math.min(n - 1, index)];
	}

	private static List<AttentionRegion> components(float[] map, boolean[] kept, int width, int height) {
		int[] label = new int[map.length];
		int[] stack = new int[map.length];
		List<AttentionRegion> regions = new ArrayList<>();
		int next = 0;
		for (int start = 0; start < map.length; start++) {
			if (!kept[start] || label[start] != 0) continue;
			next++;
			int top = 0, count = 0;
			double sum = 0;
			stack[top++] = start;
			label[start] = next;
			int[] members = new int[16];
			while (top > 0) {
				int i = stack[--top];
				if (count == members.length) members = Arrays.copyOf(members, count * 2);
				members[count++] = i;
				sum += map[i];
				int x = i % width, y = i / width;
				for (int dy = -1; dy <= 1; dy++) {
					int ny = y + dy;
					if (ny < 0 || ny >= height) continue;
					for (int dx = -1; dx <= 1; dx++) {
						int nx = x + dx;
						if (nx < 0 || nx >= width || (dx == 0 && dy == 0)) continue;
						int j = ny * width + nx;
						if (kept[j] && label[j] == 0) {
							label[j] = next;
							stack[top++] = j;
						}
					}
				}
			}
			int[] pixels = Arrays.copyOf(members, count);
			Arrays.sort(pixels);
			regions.add(new AttentionRegion(0, pixels, width, sum / count));
		}
		return regions;
	}
}
