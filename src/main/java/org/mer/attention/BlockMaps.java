package org.mer.attention;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The raw spatial attention maps of one input, one per Gradient Attention block in network
 * order, each at its block's resolution (MEGANet: S/2, S/4, S/8, S/16 for input side S),
 * row-major ({@code map[y * width + x]}), values as the network gave them (sigmoid outputs in
 * (0, 1)). Immutable once built; the arrays are not copied, so callers must not modify them.
 */
public final class BlockMaps {
	private final List<float[]> maps = new ArrayList<>();
	private final List<int[]> sizes = new ArrayList<>();

	/** Adds block {@link #count()} + 1 (a builder step; call only while building). */
	public BlockMaps add(float[] map, int width, int height) {
		if (width < 1 || height < 1 || map.length != (long) width * height)
			throw new IllegalArgumentException("block map has " + map.length + " values, not " + width + " x " + height);
		maps.add(map);
		sizes.add(new int[] { width, height });
		return this;
	}

	/** Number of blocks. */
	public int count() { return maps.size(); }

	/** Block {@code i}'s map (0-based), row-major. */
	public float[] map(int i) { return maps.get(i); }

	public int width(int i) { return sizes.get(i)[0]; }

	public int height(int i) { return sizes.get(i)[1]; }

	/** Every block's map brought to {@code width x height} with {@code upsampling}, in block order. */
	public List<float[]> upsampled(Upsampling upsampling, int width, int height) {
		List<float[]> out = new ArrayList<>(maps.size());
		for (int i = 0; i < maps.size(); i++)
			out.add(upsampling.resize(maps.get(i), width(i), height(i), width, height));
		return Collections.unmodifiableList(out);
	}
}
