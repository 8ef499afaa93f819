package org.mer.net;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * A convolution without bias followed by a batch norm, the pair every block of this package is
 * built from, with an optional inference form folded into one convolution with bias:
 * {@code s = gamma / sqrt(running_var + eps)}, {@code W' = W * s} (per output channel),
 * {@code b' = beta - running_mean * s}. In inference mode the batch norm is an affine map per
 * channel, so {@code conv(x, W') + b' = BN(conv(x, W))} up to float rounding, and one operator
 * (and one pass over the feature map) replaces two.
 * <p>
 * Training always runs the two blocks (batch statistics, running averages, gradients); only
 * {@code forward(..., training = false)} after {@link #fold} takes the folded path. The folded
 * arrays are a snapshot of the parameters when {@link #fold} ran: fold again (or
 * {@link #unfold}) after the weights change. They live in the manager given to fold and on the
 * weight's device; a forward on another device takes the unfolded path. Not thread safe while
 * folding.
 */
final class ConvBn {
	private final Conv2d conv;
	private final BatchNorm bn;
	private volatile NDArray weight, bias;

	ConvBn(Conv2d conv, BatchNorm bn) {
		this.conv = conv;
		this.bn = bn;
	}

	Conv2d conv() { return conv; }

	BatchNorm bn() { return bn; }

	/** conv then batch norm, or the folded convolution in inference once folded. */
	NDArray forward(ParameterStore ps, NDArray x, boolean training, PairList<String, Object> params) {
		NDArray w = weight, b = bias;
		if (training || w == null || !w.getDevice().equals(x.getDevice()))
			return CompositeBlock.apply(bn, ps, CompositeBlock.apply(conv, ps, x, training, params), training, params);
		return Conv2d.conv2d(x, w, b, conv.getStride(), conv.getPadding(), conv.getDilation(), conv.getGroups()).head();
	}

	/** Computes the folded weight and bias from the current parameters, in {@code manager}. */
	void fold(NDManager manager) {
		NDArray folded, shift;
		try (NDScope scope = new NDScope()) {
			NDArray w = param(conv, "weight"), gamma = param(bn, "gamma"), beta = param(bn, "beta");
			NDArray mean = param(bn, "runningMean"), var = param(bn, "runningVar");
			DataType type = w.getDataType();
			NDArray scale = f64(gamma).div(f64(var).add(CompositeBlock.BN_EPSILON).sqrt());
			folded = f64(w).mul(scale.reshape(w.getShape().get(0), 1, 1, 1)).toType(type, false);
			shift = f64(beta).sub(f64(mean).mul(scale)).toType(type, false);
			NDScope.unregister(folded, shift);
		}
		folded.attach(manager);
		shift.attach(manager);
		unfold();
		weight = folded;
		bias = shift;
	}

	/** A double copy, so the folded values are rounded to float once. */
	private static NDArray f64(NDArray a) {
		return a.toType(DataType.FLOAT64, true);
	}

	/** Drops the folded arrays; inference runs the two blocks again. */
	void unfold() {
		NDArray w = weight, b = bias;
		weight = null;
		bias = null;
		if (w != null) w.close();
		if (b != null) b.close();
	}

	boolean folded() {
		return weight != null;
	}

	private static NDArray param(ai.djl.nn.Block block, String name) {
		Parameter p = block.getParameters().get(name);
		if (p == null || !p.isInitialized()) throw new IllegalStateException(block + " has no initialised parameter " + name);
		return p.getArray();
	}
}
