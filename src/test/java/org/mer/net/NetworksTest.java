package org.mer.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.loss.Loss;

/** Forward and backward of every architecture at S = 64, width 8, batch 2. */
class NetworksTest {
	static final int S = 64, WIDTH = 8, K = 3, B = 2;

	@BeforeAll
	static void engine() {
		Engines.pytorch();
	}

	@ParameterizedTest
	@EnumSource(Architecture.class)
	void forwardBackwardShapesAndGradientReachesFirstConv(Architecture arch) {
		NetworkSpec spec = new NetworkSpec(arch, S, WIDTH, K);
		try (NDManager m = NDManager.newBaseManager(Engines.pytorch().defaultDevice(), "PyTorch")) {
			Block block = Networks.build(spec);
			block.initialize(m, DataType.FLOAT32, new Shape(B, 3, S, S));
			Map<String, Parameter> named = Networks.namedParameters(block);
			String first = named.keySet().iterator().next();
			assertTrue(first.endsWith("conv.weight") || first.endsWith("conv1.weight"), first);
			assertEquals(block.getParameters().size(), named.size(), "every parameter named once");

			NDArray x = m.randomUniform(0, 1, new Shape(B, 3, S, S));
			NDArray labels = m.create(new float[] { 0, 2 });
			ParameterStore ps = new ParameterStore(m, false);
			try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
				NDList out = block.forward(ps, new NDList(x), true);
				assertEquals(1 + arch.attentionMaps(), out.size());
				assertEquals(new Shape(B, K), out.get(0).getShape());
				for (int i = 1; i <= arch.attentionMaps(); i++) {
					long side = S >> i;
					assertEquals(new Shape(B, 1, side, side), out.get(i).getShape(), "attention map " + i);
					float[] a = out.get(i).toFloatArray();
					for (float v : a) assertTrue(v > 0 && v < 1, "sigmoid range");
				}
				Shape[] declared = block.getOutputShapes(new Shape[] { new Shape(B, 3, S, S) });
				assertArrayEquals(out.getShapes(), declared);
				NDArray loss = Loss.softmaxCrossEntropyLoss().evaluate(new NDList(labels), new NDList(out.get(0)));
				gc.backward(loss);
			}
			NDArray grad = named.get(first).getArray().getGradient();
			assertTrue(grad.abs().sum().getFloat() > 0, "gradient of " + first + " is zero");
		}
	}
}
