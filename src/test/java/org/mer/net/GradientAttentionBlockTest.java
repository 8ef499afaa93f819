package org.mer.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;

class GradientAttentionBlockTest {
	@BeforeAll
	static void engine() {
		Engines.pytorch();
	}

	private static NDManager manager() {
		return NDManager.newBaseManager(Engines.pytorch().defaultDevice(), "PyTorch");
	}

	@Test
	void attentionForcedToZeroIsExactlyIdentity() {
		try (NDManager m = manager()) {
			GradientAttentionBlock ga = new GradientAttentionBlock(16);
			ga.setInitializer(new ai.djl.training.initializer.NormalInitializer(), Parameter.Type.WEIGHT);
			ga.initialize(m, DataType.FLOAT32, new Shape(2, 16, 12, 10));
			NDArray f = m.randomNormal(new Shape(2, 16, 12, 10)).mul(100);
			ParameterStore ps = new ParameterStore(m, false);
			NDList normal = ga.forward(ps, new NDList(f), false);
			assertFalse(Arrays.equals(f.toFloatArray(), normal.head().toFloatArray()), "GA active changes its input");
			ga.setAttentionForcedToZero(true);
			for (boolean training : new boolean[] { false, true }) {
				NDList out = ga.forward(ps, new NDList(f), training);
				assertArrayEquals(f.toFloatArray(), out.head().toFloatArray(), 0f);
				assertEquals(new Shape(2, 1, 12, 10), out.get(1).getShape());
				assertEquals(0f, out.get(1).abs().max().getFloat(), 0f);
			}
		}
	}

	@Test
	void gradientMagnitudeOfRampIsSobelGain() {
		try (NDManager m = manager()) {
			// channel 0: F = 3x (horizontal ramp), channel 1: F = -2y (vertical ramp)
			int h = 6, w = 7;
			float[] data = new float[2 * h * w];
			for (int y = 0; y < h; y++)
				for (int x = 0; x < w; x++) {
					data[y * w + x] = 3 * x;
					data[h * w + y * w + x] = -2 * y;
				}
			float[] mag = GradientAttentionBlock.gradientMagnitude(m.create(data, new Shape(1, 2, h, w))).toFloatArray();
			for (int y = 1; y < h - 1; y++)
				for (int x = 1; x < w - 1; x++) {
					assertEquals(Math.sqrt(24 * 24 + 1e-6), mag[y * w + x], 1e-5, "channel 0 at " + x + "," + y);
					assertEquals(Math.sqrt(16 * 16 + 1e-6), mag[h * w + y * w + x], 1e-5, "channel 1 at " + x + "," + y);
				}
			// corner (0,0) of channel 0 with zero padding: Gx = 2*3 + 1*3 = 9, Gy = -(2*0 + 1*3) = -3
			assertEquals(Math.sqrt(81 + 9 + 1e-6), mag[0], 1e-5);
		}
	}

	@Test
	void constantInputGivesEpsilonMagnitudeInside() {
		try (NDManager m = manager()) {
			float[] mag = GradientAttentionBlock.gradientMagnitude(m.ones(new Shape(1, 1, 5, 5)).mul(7)).toFloatArray();
			assertEquals(Math.sqrt(1e-6), mag[2 * 5 + 2], 1e-7);
		}
	}

	@Test
	void sobelKernelsAreNotParameters() {
		GradientAttentionBlock ga = new GradientAttentionBlock(64);
		Map<String, Parameter> p = Networks.namedParameters(ga);
		assertEquals(Arrays.asList("spatial_conv.weight", "spatial_bn.weight", "spatial_bn.bias", "spatial_bn.running_mean",
			"spatial_bn.running_var", "fc1.weight", "fc1.bias", "fc2.weight", "fc2.bias"), new java.util.ArrayList<>(p.keySet()));
		try (NDManager m = manager()) {
			ga.setInitializer(new ai.djl.training.initializer.NormalInitializer(), Parameter.Type.WEIGHT);
			ga.initialize(m, DataType.FLOAT32, new Shape(1, 64, 8, 8));
			assertEquals(new Shape(1, 2, 7, 7), p.get("spatial_conv.weight").getArray().getShape());
			assertEquals(new Shape(8, 64), p.get("fc1.weight").getArray().getShape());
			assertEquals(new Shape(64, 8), p.get("fc2.weight").getArray().getShape());
			assertTrue(p.values().stream().allMatch(Parameter::isInitialized));
		}
	}
}
