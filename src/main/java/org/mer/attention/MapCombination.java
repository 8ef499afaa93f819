package org.mer.attention;

import java.util.List;

import org.mer.core.Identified;

/**
 * How the per-block attention maps (already brought to one size) become the one map that is
 * shown and scored. Every rule keeps values in [0, 1] when the block maps are in [0, 1].
 * Stateless, thread safe.
 */
public enum MapCombination implements Identified {
	/** Pixel-wise arithmetic mean of the blocks: the overlay's map before the faithfulness study of docs/attention.md ({@code Prediction.meanAttention()}). */
	MEAN("mean"),
	/**
	 * Pixel-wise geometric mean of the blocks, {@code exp(mean(log(max(a, 1e-12))))}: the
	 * product of the maps brought back to [0, 1]; same ranking of pixels as the plain product,
	 * so a pixel ranks high only when every block attends to it.
	 */
	PRODUCT("product"),
	/** Pixel-wise maximum of the blocks: a pixel ranks high when any block attends to it. */
	MAX("max");

	private static final double FLOOR = 1e-12;
	private final String id;

	MapCombination(String id) {
		this.id = id;
	}

	@Override
	public String id() {
		return id;
	}

	/**
	 * @param maps at least one map, all of the same length
	 * @return a new array
	 */
	public float[] combine(List<float[]> maps) {
		if (maps.isEmpty()) throw new IllegalArgumentException("no attention map to combine");
		int n = maps.get(0).length;
		float[] out = new float[n];
		for (int p = 0; p < n; p++) {
			double acc = this == MAX ? Double.NEGATIVE_INFINITY : 0;
			for (float[] m : maps) {
				if (m.length != n) throw new IllegalArgumentException("attention maps of different sizes: " + m.length + " and " + n);
				switch (this) {
					case MAX:
						acc = Math.max(acc, m[p]);
						break;
					case PRODUCT:
						acc += Math.log(Math.max(FLOOR, m[p]));
						break;
					default:
						acc += m[p];
				}
			}
			out[p] = (float) (this == MAX ? acc : this == PRODUCT ? Math.exp(acc / maps.size()) : acc / maps.size());
		}
		return out;
	}
}
