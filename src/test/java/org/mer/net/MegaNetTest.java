package org.mer.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;

class MegaNetTest {
	@BeforeAll
	static void engine() {
		Engines.pytorch();
	}

	private static NDManager manager() {
		return NDManager.newBaseManager(Engines.pytorch().defaultDevice(), "PyTorch");
	}

	@Test
	void parameterNamesAreStableAndReadable() {
		Map<String, Parameter> p = Networks.namedParameters(Networks.build(new NetworkSpec(Architecture.MEGANET, 112, 3)));
		List<String> names = new ArrayList<>(p.keySet());
		assertEquals(Arrays.asList("stem.conv1.weight", "stem.bn1.weight", "stem.bn1.bias", "stem.bn1.running_mean",
			"stem.bn1.running_var", "stem.conv2.weight"), names.subList(0, 6));
		for (int s = 1; s <= 4; s++) {
			for (String n : new String[] { "res.conv1.weight", "res.bn1.weight", "res.conv2.weight", "res.bn2.running_var",
				"res.shortcut_conv.weight", "res.shortcut_bn.weight", "ga.spatial_conv.weight", "ga.spatial_bn.running_mean",
				"ga.fc1.weight", "ga.fc1.bias", "ga.fc2.weight", "ga.fc2.bias" })
				assertTrue(p.containsKey("stage" + s + "." + n), "stage" + s + "." + n);
		}
		assertEquals(Arrays.asList("fc.weight", "fc.bias"), names.subList(names.size() - 2, names.size()));
		// 4 stem BN + conv: 2 convs + 2 x 4 BN = 10; per stage res 3 convs + 3 x 4 BN = 15, ga 1 + 4 + 4 = 9; fc 2
		assertEquals(10 + 4 * (15 + 9) + 2, names.size());
	}

	@Test
	void ablationHasNoGradientAttentionParametersAndSameRest() {
		NetworkSpec ga = new NetworkSpec(Architecture.MEGANET, 64, 8, 3);
		NetworkSpec noGa = new NetworkSpec(Architecture.MEGANET_NO_GA, 64, 8, 3);
		Map<String, Parameter> with = Networks.namedParameters(Networks.build(ga));
		Map<String, Parameter> without = Networks.namedParameters(Networks.build(noGa));
		assertTrue(without.keySet().stream().noneMatch(n -> n.contains(".ga.")), without.keySet().toString());
		List<String> expected = new ArrayList<>(with.keySet());
		expected.removeIf(n -> n.contains(".ga."));
		assertEquals(expected, new ArrayList<>(without.keySet()));
		assertEquals(0, Architecture.MEGANET_NO_GA.attentionMaps());
	}

	@Test
	void sameSeedSameInitialOutputs() {
		NetworkSpec spec = new NetworkSpec(Architecture.MEGANET, 64, 8, 3);
		float[][] logits = new float[3][];
		float[][] attention = new float[3][];
		for (int run = 0; run < 3; run++) {
			try (NDManager m = manager()) {
				Engine.getInstance().setRandomSeed(run < 2 ? 1234 : 99);
				Block block = Networks.build(spec);
				block.initialize(m, DataType.FLOAT32, new Shape(2, 3, 64, 64));
				NDArray x = m.randomUniform(0, 1, new Shape(2, 3, 64, 64));
				NDList out = block.forward(new ParameterStore(m, false), new NDList(x), false);
				logits[run] = out.get(0).toFloatArray();
				attention[run] = out.get(4).toFloatArray();
			}
		}
		assertArrayEquals(logits[0], logits[1], 0f);
		assertArrayEquals(attention[0], attention[1], 0f);
		assertFalse(Arrays.equals(logits[0], logits[2]), "another seed gives other weights");
	}

	@Test
	void attentionZeroInEveryBlockMakesGaNetworkEqualAblationWithSameWeights() {
		try (NDManager m = manager()) {
			MegaNet ga = (MegaNet) Networks.build(new NetworkSpec(Architecture.MEGANET, 64, 8, 3));
			MegaNet plain = (MegaNet) Networks.build(new NetworkSpec(Architecture.MEGANET_NO_GA, 64, 8, 3));
			Shape in = new Shape(2, 3, 64, 64);
			ga.initialize(m, DataType.FLOAT32, in);
			plain.initialize(m, DataType.FLOAT32, in);
			Map<String, Parameter> source = Networks.namedParameters(ga);
			for (Map.Entry<String, Parameter> e : Networks.namedParameters(plain).entrySet())
				e.getValue().getArray().set(source.get(e.getKey()).getArray().toFloatArray());
			for (int i = 0; i < MegaNet.STAGES; i++) ga.attention(i).setAttentionForcedToZero(true);
			NDArray x = m.randomUniform(0, 1, in);
			ParameterStore ps = new ParameterStore(m, false);
			float[] a = ga.forward(ps, new NDList(x), false).head().toFloatArray();
			float[] b = plain.forward(ps, new NDList(x), false).head().toFloatArray();
			assertArrayEquals(b, a, 0f);
		}
	}
}
