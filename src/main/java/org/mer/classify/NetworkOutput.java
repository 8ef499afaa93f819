package org.mer.classify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What one inference forward pass of a classifier gives, read back from the engine: the logits
 * (one per class) and the raw attention maps (row-major, at the network's resolution: stage i of
 * MEGANet gives S/2^i x S/2^i), before upsampling. Immutable; the arrays are not copied, so
 * callers must not modify them.
 */
public final class NetworkOutput {
	private final float[] logits;
	private final List<float[]> maps;
	private final List<int[]> sizes;

	/** @param sizes {width, height} of each map */
	NetworkOutput(float[] logits, List<float[]> maps, List<int[]> sizes) {
		if (maps.size() != sizes.size()) throw new IllegalArgumentException(maps.size() + " maps but " + sizes.size() + " sizes");
		this.logits = logits;
		this.maps = Collections.unmodifiableList(new ArrayList<>(maps));
		this.sizes = Collections.unmodifiableList(new ArrayList<>(sizes));
	}

	public float[] logits() { return logits; }

	/** Number of attention maps (0 for a network without attention). */
	public int maps() { return maps.size(); }

	/** Map {@code i}, {@code map[y * width + x]}. */
	public float[] map(int i) { return maps.get(i); }

	/** {width, height} of map {@code i} (a copy). */
	public int[] mapSize(int i) { return sizes.get(i).clone(); }
}
