package org.mer.net;

import ai.djl.ndarray.NDManager;

/**
 * A network whose batch norms can be folded into the convolutions before them for inference
 * ({@link ConvBn}: one convolution with bias instead of a convolution and a batch norm, the same
 * logits up to float rounding, about 1e-6 relative). Training is unaffected: a forward with
 * {@code training = true} always runs the batch norms. The folded weights are a snapshot: fold
 * only networks whose weights no longer change (a loaded model folder), or unfold before
 * changing them. Not thread safe while folding.
 */
public interface BatchNormFolding {
	/** Folds every batch norm; the folded arrays are kept in {@code manager} (the model's). */
	void foldBatchNorm(NDManager manager);

	/** Back to separate convolution and batch norm in inference; frees the folded arrays. */
	void unfoldBatchNorm();

	/** Whether every batch norm is folded now. */
	boolean batchNormFolded();
}
