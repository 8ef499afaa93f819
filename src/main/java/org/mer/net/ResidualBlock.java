package org.mer.net;

import java.util.ArrayList;
import java.util.List;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * A residual block (He et al. 2016, v1.5 layout): a chain conv_i, bn_i with ReLU between the
 * pairs, plus a shortcut, added, then ReLU. Children: {@code conv1, bn1, conv2, bn2[, conv3,
 * bn3]} and, when the stride is not 1 or the channel count changes, the projection shortcut
 * {@code shortcut_conv} (1x1 with the block's stride, no bias) and {@code shortcut_bn} (a BN
 * after the projection, as in torchvision's ResNets); otherwise the shortcut is the identity.
 * Input and output B x C x H x W.
 */
public final class ResidualBlock extends CompositeBlock {
	private final List<Conv2d> convs = new ArrayList<>();
	private final List<BatchNorm> norms = new ArrayList<>();
	private final List<ConvBn> pairs = new ArrayList<>();
	private final Conv2d shortcutConv;
	private final BatchNorm shortcutBn;
	private final ConvBn shortcut;

	private ResidualBlock(int[] filters, int[] kernels, int[] strides, boolean projection) {
		for (int i = 0; i < filters.length; i++) {
			convs.add(child("conv" + (i + 1), conv(filters[i], kernels[i], strides[i])));
			norms.add(child("bn" + (i + 1), bn()));
			pairs.add(new ConvBn(convs.get(i), norms.get(i)));
		}
		if (projection) {
			int stride = 1;
			for (int s : strides) stride *= s;
			shortcutConv = child("shortcut_conv", conv(filters[filters.length - 1], 1, stride));
			shortcutBn = child("shortcut_bn", bn());
			shortcut = new ConvBn(shortcutConv, shortcutBn);
		}
		else {
			shortcutConv = null;
			shortcutBn = null;
			shortcut = null;
		}
	}

	/**
	 * Basic block: conv3x3(stride) BN ReLU, conv3x3 BN, shortcut, add, ReLU.
	 *
	 * @param in input channels
	 * @param out output channels
	 * @param stride stride of the first conv and of the projection
	 * @param forceProjection use a projection even when stride 1 and in == out
	 */
	public static ResidualBlock basic(int in, int out, int stride, boolean forceProjection) {
		return new ResidualBlock(new int[] { out, out }, new int[] { 3, 3 }, new int[] { stride, 1 },
			forceProjection || stride != 1 || in != out);
	}

	/**
	 * Bottleneck block: conv1x1(mid) BN ReLU, conv3x3(mid, stride) BN ReLU, conv1x1(4 mid) BN,
	 * shortcut, add, ReLU.
	 */
	public static ResidualBlock bottleneck(int in, int mid, int stride) {
		return new ResidualBlock(new int[] { mid, mid, 4 * mid }, new int[] { 1, 3, 1 }, new int[] { 1, stride, 1 },
			stride != 1 || in != 4 * mid);
	}

	@Override
	protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
		NDArray x = inputs.head();
		NDArray y = x;
		for (int i = 0; i < pairs.size(); i++) {
			y = pairs.get(i).forward(ps, y, training, params);
			if (i < pairs.size() - 1) y = Activation.relu(y);
		}
		NDArray s = shortcut == null ? x : shortcut.forward(ps, x, training, params);
		return new NDList(Activation.relu(y.add(s)));
	}

	/** The conv/batch-norm pairs, shortcut last (for folding). */
	List<ConvBn> convBns() {
		List<ConvBn> all = new ArrayList<>(pairs);
		if (shortcut != null) all.add(shortcut);
		return all;
	}

	@Override
	Shape[] trace(Shape[] input, ShapeVisitor v) {
		Shape y = input[0];
		for (int i = 0; i < convs.size(); i++) y = visit(v, norms.get(i), visit(v, convs.get(i), y));
		if (shortcutConv != null) visit(v, shortcutBn, visit(v, shortcutConv, input[0]));
		return new Shape[] { y };
	}
}
