package org.mer.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.loss.Loss;

/**
 * Classification loss computed on element 0 of the network's output (the logits, B x K); any
 * further outputs (MEGANet's attention maps) are ignored. Labels: element 0, B class indices
 * (any integer or float type).
 * <p>
 * Per sample i with class y: {@code l_i = -log softmax(z_i)_y} for cross-entropy, and
 * {@code l_i = -(1 - p_y)^gamma log p_y} for focal loss. The batch loss is the weighted mean
 * {@code sum_i w_y l_i / sum_i w_y} (as PyTorch's weighted cross-entropy), with {@code w = 1}
 * when no class weights are given. Stateless apart from DJL's evaluator accumulators.
 */
public final class LogitsLoss extends Loss {
	private final float[] classWeights;
	private final float gamma;

	/**
	 * @param classWeights one weight per class, or null for unweighted
	 * @param gamma focal exponent; 0 gives cross-entropy
	 */
	public LogitsLoss(float[] classWeights, float gamma) {
		super(gamma == 0 ? "ce_loss" : "focal_loss");
		if (gamma < 0) throw new IllegalArgumentException("focal gamma must be >= 0, got " + gamma);
		this.classWeights = classWeights == null ? null : classWeights.clone();
		this.gamma = gamma;
	}

	/** The loss of a run: weights used for WEIGHTED_CE and FOCAL, gamma for FOCAL only. */
	public static LogitsLoss of(LossKind kind, float[] classWeights, float gamma) {
		switch (kind) {
			case CE:
				return new LogitsLoss(null, 0);
			case WEIGHTED_CE:
				return new LogitsLoss(classWeights, 0);
			default:
				return new LogitsLoss(classWeights, gamma);
		}
	}

	/**
	 * Inverse class frequency {@code w_c = N / (K' N_c)} over the K' classes with samples
	 * (so a balanced set gets all ones); classes without samples get 0.
	 */
	public static float[] inverseFrequency(int[] labels, int numClasses) {
		int[] counts = new int[numClasses];
		for (int y : labels)
			counts[y]++;
		int present = 0;
		for (int c : counts)
			if (c > 0) present++;
		float[] w = new float[numClasses];
		for (int c = 0; c < numClasses; c++)
			w[c] = counts[c] == 0 ? 0 : (float) labels.length / (present * counts[c]);
		return w;
	}

	@Override
	public NDArray evaluate(NDList labels, NDList predictions) {
		NDArray logits = predictions.get(0);
		int k = (int) logits.getShape().get(1);
		NDArray oneHot = labels.get(0).toType(DataType.INT64, false).oneHot(k).toType(logits.getDataType(), false);
		NDArray logp = logits.logSoftmax(1).mul(oneHot).sum(new int[] { 1 });
		NDArray perSample = logp.neg();
		if (gamma != 0) perSample = perSample.mul(logp.exp().neg().add(1).pow(gamma));
		if (classWeights == null) return perSample.mean();
		NDArray w = oneHot.mul(logits.getManager().create(classWeights).toType(logits.getDataType(), false)).sum(new int[] { 1 });
		return perSample.mul(w).sum().div(w.sum().maximum(1e-12f));
	}
}
