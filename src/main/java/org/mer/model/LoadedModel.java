package org.mer.model;

import java.nio.file.Path;
import java.util.Objects;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;

import org.mer.net.BatchNormFolding;

/**
 * A model folder loaded onto one device: its config, the network block with its weights, and
 * the DJL {@link Model} that owns the block's native memory. Made by
 * {@link ModelFolder#load(Path, Device)}; the caller closes it, which frees every parameter
 * array. Not thread safe: use it from one thread at a time (a
 * {@link org.mer.classify.Classifier} per thread).
 */
public final class LoadedModel implements AutoCloseable {
	private final Path dir;
	private final ModelConfig config;
	private final Model model;
	private final Block block;
	private final WeightFile weights;

	LoadedModel(Path dir, ModelConfig config, Model model, Block block, WeightFile weights) {
		this.dir = Objects.requireNonNull(dir);
		this.config = Objects.requireNonNull(config);
		this.model = Objects.requireNonNull(model);
		this.block = Objects.requireNonNull(block);
		this.weights = Objects.requireNonNull(weights);
	}

	/** The model folder it was loaded from. */
	public Path dir() { return dir; }

	public ModelConfig config() { return config; }

	/**
	 * The network, weights loaded, for inference: {@code forward(store, [B x 3 x S x S], false)}
	 * returns logits B x K first, then any attention maps (B x 1 x h x w each).
	 */
	public Block block() { return block; }

	/** The weight file the block was loaded from. */
	public WeightFile weights() { return weights; }

	/** True for a TorchScript import, false for a DJL parameter file. */
	public boolean isTorchScript() { return weights.kind() == WeightFile.Kind.TORCHSCRIPT; }

	/** The device the weights live on. */
	public Device device() { return model.getNDManager().getDevice(); }

	/**
	 * The manager owning the weights. Make per-call sub-managers from it
	 * ({@link NDManager#newSubManager()}) and close them; never close this one directly.
	 */
	public NDManager manager() { return model.getNDManager(); }

	/**
	 * Folds the network's batch norms into its convolutions when it can
	 * ({@link BatchNormFolding}, MEGANet; nothing otherwise): the same logits up to float rounding
	 * (about 1e-6 relative), one pass less over each feature map per convolution. For inference
	 * only: a forward in training mode ignores the fold, and weights changed afterwards are not
	 * seen until {@link BatchNormFolding#foldBatchNorm} runs again. Idempotent; a
	 * {@link org.mer.classify.Classifier} calls it when it is made.
	 */
	public void foldBatchNorms() {
		if (block instanceof BatchNormFolding && !((BatchNormFolding) block).batchNormFolded())
			((BatchNormFolding) block).foldBatchNorm(model.getNDManager());
	}

	/** Whether the block's batch norms are folded ({@link #foldBatchNorms()}). */
	public boolean batchNormsFolded() {
		return block instanceof BatchNormFolding && ((BatchNormFolding) block).batchNormFolded();
	}

	/** Frees the weights and the native model. */
	@Override
	public void close() {
		model.close();
	}

	@Override
	public String toString() {
		return dir + " (" + weights.file() + " on " + device() + ")";
	}
}
