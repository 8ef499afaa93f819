package org.mer.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mer.attention.AttentionScore;
import org.mer.attention.AttentionView;
import org.mer.attention.BlockMaps;
import org.mer.attention.Faithfulness;

/**
 * Scores a fold network's attention on its test examples whose moving region is known
 * ({@link Example#movingRegion()}, synthetic datasets only): every view of
 * {@link AttentionView#all} (each combination and each block, each upsampling) against the
 * region, at the network input resolution S x S ({@link Faithfulness#scoreViews}). Stateless.
 */
final class FoldAttention {
	private FoldAttention() {}

	/**
	 * @return per test example (input order), view id to score; empty when the network has no
	 *         attention maps or the example no region
	 */
	static List<Map<String, AttentionScore>> score(TrainedNetwork net, List<Example> test, TrainSettings settings) {
		List<Example> withRegion = new ArrayList<>();
		for (Example e : test)
			if (e.movingRegion() != null) withRegion.add(e);
		int blocks = settings.network().architecture().attentionMaps();
		List<BlockMaps> maps = blocks == 0 || withRegion.isEmpty() ? new ArrayList<>() : net.attentionMaps(withRegion, settings.batchSize());
		List<AttentionView> views = AttentionView.all(blocks);
		List<Map<String, AttentionScore>> out = new ArrayList<>();
		int next = 0;
		for (Example e : test) {
			if (e.movingRegion() == null || maps.isEmpty()) {
				out.add(new LinkedHashMap<>());
				continue;
			}
			BlockMaps m = maps.get(next++);
			out.add(m.count() == 0 ? new LinkedHashMap<>() : Faithfulness.scoreViews(m, e.movingRegion(), settings.inputSize(), views));
		}
		return out;
	}
}
