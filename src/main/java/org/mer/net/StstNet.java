package org.mer.net;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * STSTNet, the shallow triple-stream network of Liong et al. 2019 (MEGC 2019). Three streams on
 * the same input: conv3x3 padding 1 with 3, 5 and 8 filters (with bias, no BN, as published),
 * ReLU, max pool 3x3 stride 3 padding 1 (TensorFlow's "same": output ceil(S/3)); the 16 maps are
 * concatenated, average pooled 2x2 stride 2 ("same": ceil, padding excluded from the mean),
 * flattened and classified by one dense layer.
 * <p>
 * The paper feeds 28 x 28 (16 x 5 x 5 = 400 features); here the layout is kept for any S, so the
 * dense layer has 16 * ceil(ceil(S/3)/2)² inputs (1936 at S = 64, 5776 at S = 112) and the
 * network is tied to the S it was built and initialised for. Parameter names:
 * {@code stream1_conv, stream2_conv, stream3_conv, fc}. Forward returns {@code [logits]}.
 */
public final class StstNet extends CompositeBlock {
	/** Filters of the three streams, as published. */
	static final int[] FILTERS = { 3, 5, 8 };

	private final Conv2d[] streams = new Conv2d[FILTERS.length];
	private final Linear fc;

	public StstNet(int numClasses) {
		for (int i = 0; i < FILTERS.length; i++) {
			streams[i] = child("stream" + (i + 1) + "_conv", Conv2d.builder().setFilters(FILTERS[i])
				.setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1)).optBias(true).build());
		}
		fc = child("fc", Linear.builder().setUnits(numClasses).build());
	}

	@Override
	protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
		NDArray x = inputs.head();
		NDList maps = new NDList();
		for (Conv2d conv : streams) {
			NDArray y = Activation.relu(apply(conv, ps, x, training, params));
			maps.add(Pool.maxPool2d(y, new Shape(3, 3), new Shape(3, 3), new Shape(1, 1), false));
		}
		NDArray y = NDArrays.concat(maps, 1);
		y = Pool.avgPool2d(y, new Shape(2, 2), new Shape(2, 2), new Shape(0, 0), true, false);
		return new NDList(apply(fc, ps, y.reshape(y.getShape().get(0), -1), training, params));
	}

	@Override
	Shape[] trace(Shape[] input, ShapeVisitor v) {
		Shape x = input[0];
		long channels = 0;
		for (Conv2d conv : streams) channels += visit(v, conv, x).get(1);
		long h = ((x.get(2) - 1) / 3 + 2) / 2, w = ((x.get(3) - 1) / 3 + 2) / 2;
		return new Shape[] { visit(v, fc, new Shape(x.get(0), channels * h * w)) };
	}
}
