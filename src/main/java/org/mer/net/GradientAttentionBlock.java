package org.mer.net;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Gradient Attention block GA(C) of SPEC §7. Input F (B x C x H x W, float); forward returns
 * {@code [F + F * A * c, A]}:
 * <ol>
 * <li>Gx, Gy: depthwise 3x3 Sobel convolution of F, padding 1 (cross-correlation with
 * Sx = [[-1,0,1],[-2,0,2],[-1,0,1]] and Sy = its transpose).</li>
 * <li>M = sqrt(Gx² + Gy² + 1e-6).</li>
 * <li>A = sigmoid(BN(conv7x7([mean_c M; max_c M]) -> 1 channel)), B x 1 x H x W.</li>
 * <li>c = sigmoid(fc2(ReLU(fc1(GAP(M))))), fc1: C -> max(1, C/8), fc2: back to C; B x C x 1 x 1.</li>
 * </ol>
 * The Sobel kernels are constants made in {@code forward} on the input's device, never
 * parameters: they are not trained, not saved and not in {@link Networks#namedParameters}.
 * Children (parameter names under this block): {@code spatial_conv} (2 -> 1, 7x7, padding 3,
 * no bias since a BN follows), {@code spatial_bn}, {@code fc1}, {@code fc2} (both with bias).
 * Not thread safe while {@link #setAttentionForcedToZero} is being changed.
 */
public final class GradientAttentionBlock extends CompositeBlock {
	/** Added under the square root of the gradient magnitude (SPEC §7 step 2). */
	public static final float MAGNITUDE_EPSILON = 1e-6f;

	private static final float[] SOBEL_X = { -1, 0, 1, -2, 0, 2, -1, 0, 1 };
	private static final float[] SOBEL_Y = { -1, -2, -1, 0, 0, 0, 1, 2, 1 };

	private final int channels;
	private final Conv2d spatialConv;
	private final BatchNorm spatialBn;
	private final Linear fc1;
	private final Linear fc2;
	private final ConvBn spatial;
	private volatile boolean attentionForcedToZero;

	/** @param channels C, the number of channels of the input this block will see */
	public GradientAttentionBlock(int channels) {
		if (channels < 1) throw new IllegalArgumentException("channels must be >= 1: " + channels);
		this.channels = channels;
		spatialConv = child("spatial_conv", conv(1, 7, 1));
		spatialBn = child("spatial_bn", bn());
		fc1 = child("fc1", Linear.builder().setUnits(reducedChannels(channels)).build());
		fc2 = child("fc2", Linear.builder().setUnits(channels).build());
		spatial = new ConvBn(spatialConv, spatialBn);
	}

	Linear fc1() { return fc1; }

	Linear fc2() { return fc2; }

	/** The spatial conv and its batch norm (for folding). */
	ConvBn convBn() {
		return spatial;
	}

	/** Width of the channel attention's bottleneck: max(1, C/8). */
	public static int reducedChannels(int channels) {
		return Math.max(1, channels / 8);
	}

	/** @return C */
	public int channels() {
		return channels;
	}

	/**
	 * Test hook: when on, A is replaced by zeros, so the block's output is exactly its input
	 * (F + F * 0 * c = F) and the returned attention map is all zeros.
	 */
	void setAttentionForcedToZero(boolean on) {
		attentionForcedToZero = on;
	}

	@Override
	protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
		NDArray f = inputs.head();
		NDArray m = gradientMagnitude(f);
		NDArray pooled = m.mean(new int[] { 1 }, true).concat(m.max(new int[] { 1 }, true), 1);
		NDArray a = Activation.sigmoid(spatial.forward(ps, pooled, training, params));
		if (attentionForcedToZero) a = a.zerosLike();
		NDArray hidden = Activation.relu(apply(fc1, ps, globalAveragePool(m), training, params));
		NDArray c = Activation.sigmoid(apply(fc2, ps, hidden, training, params));
		c = c.reshape(c.getShape().get(0), channels, 1, 1);
		return new NDList(f.add(f.mul(a).mul(c)), a);
	}

	/**
	 * M = sqrt(Gx² + Gy² + eps) per channel, B x C x H x W. Gx and Gy are two depthwise
	 * convolutions (one kernel per channel), not one with two output channels per group: the
	 * depthwise path of libtorch's CPU convolution takes only the former and is about 1.5 times
	 * faster (the values are the same, see BENCHMARKS.md).
	 */
	static NDArray gradientMagnitude(NDArray f) {
		int c = (int) f.getShape().get(1);
		NDArray gx = sobel(f, SOBEL_X, c), gy = sobel(f, SOBEL_Y, c);
		return gx.square().add(gy.square()).add(MAGNITUDE_EPSILON).sqrt();
	}

	/** The depthwise cross-correlation of every channel of f with one 3x3 kernel, padding 1. */
	private static NDArray sobel(NDArray f, float[] kernel, int c) {
		float[] kernels = new float[c * 9];
		for (int i = 0; i < c; i++)
			System.arraycopy(kernel, 0, kernels, 9 * i, 9);
		// the kernel array must stay open until f's manager closes: on CPU its memory is the Java
		// buffer it was made from, and the backward pass of the convolution reads it (closing it
		// early let the garbage collector free that memory before backward, giving run-to-run
		// differences and NaN losses)
		NDArray weight = f.getManager().create(kernels, new Shape(c, 1, 3, 3)).toType(f.getDataType(), false);
		NDArray w = weight.getDevice().equals(f.getDevice()) ? weight : weight.toDevice(f.getDevice(), false);
		return Conv2d.conv2d(f, w, null, new Shape(1, 1), new Shape(1, 1), new Shape(1, 1), c).head();
	}

	@Override
	Shape[] trace(Shape[] input, ShapeVisitor v) {
		Shape f = input[0];
		long b = f.get(0), h = f.get(2), w = f.get(3);
		v.addFlops(2L * 2 * b * channels * h * w * 9);
		Shape a = visit(v, spatialBn, visit(v, spatialConv, new Shape(b, 2, h, w)));
		visit(v, fc2, visit(v, fc1, new Shape(b, channels)));
		return new Shape[] { f, a };
	}

	@Override
	public String toString() {
		return "GradientAttention(" + channels + ")";
	}
}
