package org.mer.attention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.mer.core.InputException;

/**
 * Which attention map is looked at: a combination of all Gradient Attention blocks
 * ({@link MapCombination}) or one block, and how the block maps are upsampled before they are
 * combined ({@link Upsampling}). The map is named as the user types it ({@link #map()}:
 * {@code mean}, {@code product}, {@code max}, {@code block 1} ... {@code block N}); the
 * {@link #id()} adds the upsampling ({@code mean@bilinear}). Immutable, thread safe.
 */
public final class AttentionView {
	/**
	 * The view the attention overlay shows and the evaluation report leads with: the pixel-wise
	 * maximum of the blocks, upsampled bilinearly. On synthetic data its peak falls inside the
	 * moving region about 2.5 times as often as the mean's, which the overlay showed before
	 * (docs/attention.md).
	 */
	public static final AttentionView DEFAULT = new AttentionView(MapCombination.MAX, 0, Upsampling.BILINEAR);

	private final MapCombination combination;
	private final int block;
	private final Upsampling upsampling;

	private AttentionView(MapCombination combination, int block, Upsampling upsampling) {
		this.combination = combination;
		this.block = block;
		this.upsampling = Objects.requireNonNull(upsampling);
	}

	/** All blocks combined by {@code combination}. */
	public static AttentionView of(MapCombination combination, Upsampling upsampling) {
		return new AttentionView(Objects.requireNonNull(combination), 0, upsampling);
	}

	/** Block {@code block} alone (1-based, network order: 1 is the first, highest-resolution block). */
	public static AttentionView block(int block, Upsampling upsampling) {
		if (block < 1) throw new IllegalArgumentException("blocks are numbered from 1, got " + block);
		return new AttentionView(null, block, upsampling);
	}

	/** Every combination, then every block, each with every upsampling: the views the evaluation scores. */
	public static List<AttentionView> all(int blocks) {
		List<AttentionView> out = new ArrayList<>();
		for (Upsampling u : Upsampling.values()) {
			for (MapCombination c : MapCombination.values())
				out.add(of(c, u));
			for (int b = 1; b <= blocks; b++)
				out.add(block(b, u));
		}
		return out;
	}

	/** The map names a user may choose for {@code blocks} blocks: the combinations, then "block 1".."block N". */
	public static List<String> mapChoices(int blocks) {
		List<String> out = new ArrayList<>();
		for (MapCombination c : MapCombination.values())
			out.add(c.id());
		for (int b = 1; b <= blocks; b++)
			out.add("block " + b);
		return out;
	}

	/**
	 * @param map a combination id or "block N" ("block_N", "blockN"), any case; empty means
	 *          {@link #DEFAULT}'s map
	 * @param blocks how many blocks the network has
	 * @throws InputException listing the valid names when {@code map} is none of them
	 */
	public static AttentionView parse(String map, int blocks, Upsampling upsampling) {
		String w = map == null ? "" : map.trim().toLowerCase(Locale.ROOT);
		if (w.isEmpty()) w = DEFAULT.map();
		for (MapCombination c : MapCombination.values())
			if (c.id().equals(w)) return of(c, upsampling);
		if (w.startsWith("block")) {
			try {
				int b = Integer.parseInt(w.substring(5).replace("_", "").trim());
				if (b >= 1 && b <= blocks) return block(b, upsampling);
			}
			catch (NumberFormatException e) {
				// reported below
			}
		}
		throw new InputException("attention map must be one of " + String.join(", ", mapChoices(blocks)) + "; got '" + map + "'");
	}

	/** The combination, or null for a single block. */
	public MapCombination combination() { return combination; }

	/** The 1-based block, or 0 for a combination. */
	public int block() { return block; }

	public Upsampling upsampling() { return upsampling; }

	/** "mean", "product", "max" or "block N". */
	public String map() {
		return combination != null ? combination.id() : "block " + block;
	}

	/** {@link #map()} "@" the upsampling id, e.g. "mean@bilinear", "block 4@nearest". */
	public String id() {
		return map() + "@" + upsampling.id();
	}

	/**
	 * The view's map of raw block maps at {@code width x height}.
	 *
	 * @throws InputException when the view names a block the network does not have
	 */
	public float[] render(BlockMaps maps, int width, int height) {
		if (combination == null) {
			checkBlock(maps.count());
			return upsampling.resize(maps.map(block - 1), maps.width(block - 1), maps.height(block - 1), width, height);
		}
		if (maps.count() == 0) throw new InputException("the network gave no attention map");
		return combination.combine(maps.upsampled(upsampling, width, height));
	}

	/**
	 * The view's map of block maps already brought to one size (as {@code Prediction} holds
	 * them); the view's upsampling is not applied again.
	 */
	public float[] select(List<float[]> upsampled) {
		if (combination != null) {
			if (upsampled.isEmpty()) throw new InputException("the network gave no attention map");
			return combination.combine(upsampled);
		}
		checkBlock(upsampled.size());
		return upsampled.get(block - 1);
	}

	private void checkBlock(int blocks) {
		if (block > blocks) throw new InputException("attention map must be one of " + String.join(", ", mapChoices(blocks)) + "; got '" + map() + "'");
	}

	@Override
	public boolean equals(Object o) {
		if (!(o instanceof AttentionView)) return false;
		AttentionView v = (AttentionView) o;
		return combination == v.combination && block == v.block && upsampling == v.upsampling;
	}

	@Override
	public int hashCode() {
		return Objects.hash(combination, block, upsampling);
	}

	@Override
	public String toString() {
		return id();
	}
}
