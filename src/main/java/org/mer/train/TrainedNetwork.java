package org.mer.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;

import org.mer.attention.BlockMaps;

/**
 * A network trained by {@link FoldTrainer}: the DJL model that owns its weights (those of the
 * selected epoch), the input statistics it was trained with, and its epoch history. Owns the
 * model: close it. Not thread safe.
 */
public final class TrainedNetwork implements AutoCloseable {
	private final Model model;
	private final InputStats stats;
	private final List<EpochRecord> history;
	private final int selectedEpoch;

	TrainedNetwork(Model model, InputStats stats, List<EpochRecord> history, int selectedEpoch) {
		this.model = model;
		this.stats = stats;
		this.history = Collections.unmodifiableList(history);
		this.selectedEpoch = selectedEpoch;
	}

	public Block block() { return model.getBlock(); }

	public InputStats stats() { return stats; }

	public List<EpochRecord> history() { return history; }

	/** 1-based epoch whose weights the network holds (the last one with fixed epochs). */
	public int selectedEpoch() { return selectedEpoch; }

	/**
	 * Class probabilities (softmax of output element 0) of each example, inference mode,
	 * standardised with {@link #stats()}; no augmentation.
	 *
	 * @return one row of K probabilities per example, in input order
	 */
	public float[][] predict(List<Example> examples, int batchSize) {
		float[][] out = new float[examples.size()][];
		Block block = model.getBlock();
		for (int from = 0; from < examples.size(); from += batchSize) {
			int to = Math.min(examples.size(), from + batchSize);
			try (NDManager manager = model.getNDManager().newSubManager()) {
				NDArray x = Batches.inputs(manager, examples.subList(from, to), stats, null);
				NDList result = block.forward(new ParameterStore(manager, false), new NDList(x), false);
				NDArray probabilities = result.get(0).softmax(1);
				float[] flat = probabilities.toFloatArray();
				int k = (int) probabilities.getShape().get(1);
				for (int i = 0; i < to - from; i++) {
					out[from + i] = new float[k];
					System.arraycopy(flat, i * k, out[from + i], 0, k);
				}
			}
		}
		return out;
	}

	/**
	 * The raw attention maps of each example (forward outputs 1.. of shape B x 1 x h x w, as
	 * {@link org.mer.net.Networks} documents), inference mode, inputs as in {@link #predict}.
	 *
	 * @return one {@link BlockMaps} per example, in input order; each empty for a network without attention
	 */
	public List<BlockMaps> attentionMaps(List<Example> examples, int batchSize) {
		List<BlockMaps> out = new ArrayList<>(examples.size());
		Block block = model.getBlock();
		for (int from = 0; from < examples.size(); from += batchSize) {
			int to = Math.min(examples.size(), from + batchSize);
			List<BlockMaps> batch = new ArrayList<>();
			for (int i = from; i < to; i++)
				batch.add(new BlockMaps());
			try (NDManager manager = model.getNDManager().newSubManager()) {
				NDArray x = Batches.inputs(manager, examples.subList(from, to), stats, null);
				NDList result = block.forward(new ParameterStore(manager, false), new NDList(x), false);
				for (int k = 1; k < result.size(); k++) {
					Shape shape = result.get(k).getShape();
					if (shape.dimension() != 4 || shape.get(0) != to - from || shape.get(1) != 1) continue;
					int h = (int) shape.get(2), w = (int) shape.get(3);
					float[] flat = result.get(k).toType(DataType.FLOAT32, false).toFloatArray();
					for (int i = 0; i < to - from; i++)
						batch.get(i).add(Arrays.copyOfRange(flat, i * w * h, (i + 1) * w * h), w, h);
				}
			}
			out.addAll(batch);
		}
		return out;
	}

	/** Index of the largest value; the first one on ties. */
	public static int argMax(float[] values) {
		int best = 0;
		for (int i = 1; i < values.length; i++)
			if (values[i] > values[best]) best = i;
		return best;
	}

	/** Shape of one input batch of this network's size. */
	static Shape inputShape(int batch, int size) {
		return new Shape(batch, 3, size, size);
	}

	@Override
	public void close() {
		model.close();
	}
}
