package org.mer.net;

import java.util.ArrayList;
import java.util.List;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * ResNet-18 and ResNet-50 (He et al. 2016; torchvision's v1.5 layout, stride on the 3x3 conv of
 * a bottleneck). Base width b (standard 64): conv1 7x7 stride 2 (3->b, no bias) bn1 ReLU,
 * max pool 3x3 stride 2 padding 1, layer1..layer4 with b, 2b, 4b, 8b channels (times 4 for
 * bottlenecks), stride 1, 2, 2, 2, global average pool, fc. Parameter names:
 * {@code conv1, bn1, layerN.blockM.(conv1|bn1|...|shortcut_conv|shortcut_bn), fc}. Forward
 * returns {@code [logits]}.
 */
public final class ResNet extends CompositeBlock {
	private final Conv2d conv1;
	private final BatchNorm bn1;
	private final List<Layer> layers = new ArrayList<>();
	private final Linear fc;

	private ResNet(int width, int numClasses, int[] blocks, boolean bottleneck) {
		conv1 = child("conv1", conv(width, 7, 2));
		bn1 = child("bn1", bn());
		int in = width;
		for (int i = 0; i < blocks.length; i++) {
			int channels = width << i;
			int stride = i == 0 ? 1 : 2;
			Layer layer = child("layer" + (i + 1), new Layer());
			for (int j = 0; j < blocks[i]; j++) {
				int s = j == 0 ? stride : 1;
				ResidualBlock b = bottleneck ? ResidualBlock.bottleneck(in, channels, s)
					: ResidualBlock.basic(in, channels, s, false);
				layer.add("block" + (j + 1), b);
				in = bottleneck ? 4 * channels : channels;
			}
			layers.add(layer);
		}
		fc = child("fc", Linear.builder().setUnits(numClasses).build());
	}

	/** ResNet-18: basic blocks 2-2-2-2. */
	public static ResNet resnet18(int width, int numClasses) {
		return new ResNet(width, numClasses, new int[] { 2, 2, 2, 2 }, false);
	}

	/** ResNet-50: bottleneck blocks 3-4-6-3. */
	public static ResNet resnet50(int width, int numClasses) {
		return new ResNet(width, numClasses, new int[] { 3, 4, 6, 3 }, true);
	}

	@Override
	protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
		NDArray x = Activation.relu(apply(bn1, ps, apply(conv1, ps, inputs.head(), training, params), training, params));
		x = Pool.maxPool2d(x, new Shape(3, 3), new Shape(2, 2), new Shape(1, 1), false);
		for (Layer layer : layers) x = apply(layer, ps, x, training, params);
		return new NDList(apply(fc, ps, globalAveragePool(x), training, params));
	}

	@Override
	Shape[] trace(Shape[] input, ShapeVisitor v) {
		Shape x = visit(v, bn1, visit(v, conv1, input[0]));
		x = new Shape(x.get(0), x.get(1), (x.get(2) - 1) / 2 + 1, (x.get(3) - 1) / 2 + 1);
		for (Layer layer : layers) x = visit(v, layer, x);
		return new Shape[] { visit(v, fc, pooledShape(x)) };
	}

	/** A plain chain of single-input, single-output children under their given names. */
	static final class Layer extends CompositeBlock {
		private final List<Block> blocks = new ArrayList<>();

		void add(String name, Block block) {
			blocks.add(child(name, block));
		}

		@Override
		protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
			NDList x = inputs;
			for (Block b : blocks) x = b.forward(ps, x, training, params);
			return x;
		}

		@Override
		Shape[] trace(Shape[] input, ShapeVisitor v) {
			Shape[] x = input;
			for (Block b : blocks) x = v.visit(b, x);
			return x;
		}
	}
}
