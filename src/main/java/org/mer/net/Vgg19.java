package org.mer.net;

import java.util.ArrayList;
import java.util.List;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * VGG-19 layout (Simonyan and Zisserman 2015) with batch norm: 16 convolutions 3x3 padding 1 in
 * five blocks of 2, 2, 4, 4, 4 with w, 2w, 4w, 8w, 8w channels (w = width, standard 64), each
 * conv followed by BN and ReLU (convs without bias), a 2x2 stride-2 max pool after each block.
 * Departure from the paper, so that inputs of 64 px work: the three 4096-unit FC layers are
 * replaced by a global average pool, dropout 0.5 and one linear layer. Parameter names:
 * {@code blockB.convI, blockB.bnI} (B 1..5, I from 1), {@code fc}. Forward returns {@code [logits]}.
 */
public final class Vgg19 extends CompositeBlock {
	private static final int[] CONVS_PER_BLOCK = { 2, 2, 4, 4, 4 };
	private static final int[] WIDTH_MULTIPLIER = { 1, 2, 4, 8, 8 };

	private final List<VggBlock> blocks = new ArrayList<>();
	private final Dropout dropout;
	private final Linear fc;

	/** @param width channels of block 1 */
	public Vgg19(int width, int numClasses) {
		for (int b = 0; b < CONVS_PER_BLOCK.length; b++)
			blocks.add(child("block" + (b + 1), new VggBlock(CONVS_PER_BLOCK[b], width * WIDTH_MULTIPLIER[b])));
		dropout = child("dropout", Dropout.builder().optRate(0.5f).build());
		fc = child("fc", Linear.builder().setUnits(numClasses).build());
	}

	@Override
	protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
		NDArray x = inputs.head();
		for (VggBlock b : blocks) x = apply(b, ps, x, training, params);
		return new NDList(apply(fc, ps, apply(dropout, ps, globalAveragePool(x), training, params), training, params));
	}

	@Override
	Shape[] trace(Shape[] input, ShapeVisitor v) {
		Shape x = input[0];
		for (VggBlock b : blocks) x = visit(v, b, x);
		return new Shape[] { visit(v, fc, visit(v, dropout, pooledShape(x))) };
	}

	/** n times (conv3x3 BN ReLU), then max pool 2x2 stride 2. */
	static final class VggBlock extends CompositeBlock {
		private final List<Conv2d> convs = new ArrayList<>();
		private final List<BatchNorm> norms = new ArrayList<>();

		VggBlock(int n, int channels) {
			for (int i = 1; i <= n; i++) {
				convs.add(child("conv" + i, conv(channels, 3, 1)));
				norms.add(child("bn" + i, bn()));
			}
		}

		@Override
		protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
			NDArray x = inputs.head();
			for (int i = 0; i < convs.size(); i++)
				x = Activation.relu(apply(norms.get(i), ps, apply(convs.get(i), ps, x, training, params), training, params));
			return new NDList(Pool.maxPool2d(x, new Shape(2, 2), new Shape(2, 2), new Shape(0, 0), false));
		}

		@Override
		Shape[] trace(Shape[] input, ShapeVisitor v) {
			Shape x = input[0];
			for (int i = 0; i < convs.size(); i++) x = visit(v, norms.get(i), visit(v, convs.get(i), x));
			return new Shape[] { new Shape(x.get(0), x.get(1), x.get(2) / 2, x.get(3) / 2) };
		}
	}
}
