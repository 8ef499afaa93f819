package org.mer.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.classify.Classifier;
import org.mer.model.LoadedModel;
import org.mer.model.ModelFolder;
import org.mer.model.TinyModels;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;

/** Folding batch norms into the convolutions changes inference only by float rounding, and training not at all. */
class BatchNormFoldingTest {
	private static final int S = 64;

	@BeforeAll
	static void engine() {
		Engines.pytorch();
	}

	/**
	 * A MEGANet whose batch norms are not the identity (random gamma 0.5..1.5, beta and running
	 * mean about N(0, 0.3), running variance 0.5..2, as trained networks have), so a wrong fold
	 * (scale, shift, axis, epsilon) shows in the logits.
	 */
	private static MegaNet network(NDManager m, boolean ga) {
		Engine.getInstance().setRandomSeed(5);
		MegaNet net = (MegaNet) Networks.build(new NetworkSpec(ga ? Architecture.MEGANET : Architecture.MEGANET_NO_GA, S, 8, 3));
		net.initialize(m, DataType.FLOAT32, new Shape(2, 3, S, S));
		Random r = new Random(9);
		for (Map.Entry<String, Parameter> e : Networks.namedParameters(net).entrySet()) {
			String name = e.getKey();
			if (!name.contains("bn.") && !name.contains("bn1.") && !name.contains("bn2.")) continue;
			NDArray a = e.getValue().getArray();
			float[] v = new float[(int) a.size()];
			for (int i = 0; i < v.length; i++) {
				if (name.endsWith("running_var")) v[i] = 0.5f + 1.5f * r.nextFloat();
				else if (name.endsWith("weight")) v[i] = 0.5f + r.nextFloat();
				else v[i] = (float) r.nextGaussian() * 0.3f;
			}
			a.set(v);
		}
		return net;
	}

	private static NDList infer(MegaNet net, NDManager m, NDArray x) {
		return net.forward(new ParameterStore(m, false), new NDList(x), false);
	}

	@Test
	void foldedLogitsAndAttentionEqualUnfoldedTo1e5() {
		for (boolean ga : new boolean[] { true, false }) {
			try (NDManager m = NDManager.newBaseManager(Engines.pytorch().defaultDevice(), "PyTorch")) {
				MegaNet net = network(m, ga);
				NDArray x = m.randomNormal(new Shape(2, 3, S, S));
				NDList plain = infer(net, m, x);
				float[] logits = plain.get(0).toFloatArray();
				assertFalse(net.batchNormFolded());
				net.foldBatchNorm(m);
				assertTrue(net.batchNormFolded());
				NDList folded = infer(net, m, x);
				assertEquals(plain.size(), folded.size());
				float largest = 0;
				for (float l : logits)
					largest = Math.max(largest, Math.abs(l));
				assertTrue(largest > 0.1f, "logits of a few tenths or more: " + largest);
				assertArrayEquals(logits, folded.get(0).toFloatArray(), 1e-5f * Math.max(1, largest), "logits, GA " + ga);
				for (int i = 1; i < plain.size(); i++)
					assertArrayEquals(plain.get(i).toFloatArray(), folded.get(i).toFloatArray(), 1e-5f, "attention map " + i);
				net.unfoldBatchNorm();
				assertFalse(net.batchNormFolded());
				assertArrayEquals(logits, infer(net, m, x).get(0).toFloatArray(), 0f, "unfolded again: the batch norms run as before");
			}
		}
	}

	@Test
	void aTrainingForwardIgnoresTheFold() {
		try (NDManager m = NDManager.newBaseManager(Engines.pytorch().defaultDevice(), "PyTorch")) {
			MegaNet a = network(m, true), b = network(m, true);
			b.foldBatchNorm(m);
			NDArray x = m.randomNormal(new Shape(2, 3, S, S));
			Engine.getInstance().setRandomSeed(3); // the same dropout mask for both
			float[] unfolded = a.forward(new ParameterStore(m, false), new NDList(x), true).head().toFloatArray();
			Engine.getInstance().setRandomSeed(3);
			float[] folded = b.forward(new ParameterStore(m, false), new NDList(x), true).head().toFloatArray();
			assertArrayEquals(unfolded, folded, 0f, "training uses batch statistics and the separate batch norms, folded or not");
		}
	}

	@Test
	void aClassifierFoldsItsModelAndGivesTheUnfoldedLogits(@TempDir Path dir) throws Exception {
		TinyModels.save(dir, 8, 17);
		try (LoadedModel model = ModelFolder.load(dir, Engines.pytorch().defaultDevice()); NDManager m = model.manager().newSubManager()) {
			MegaNet net = (MegaNet) model.block();
			assertFalse(model.batchNormsFolded(), "loading alone keeps the saved network as it is");
			new Classifier(model);
			assertTrue(model.batchNormsFolded(), "a classifier folds its model for inference");
			NDArray x = m.randomNormal(new Shape(1, 3, TinyModels.SIZE, TinyModels.SIZE));
			float[] folded = infer(net, m, x).get(0).toFloatArray();
			net.unfoldBatchNorm();
			float[] plain = infer(net, m, x).get(0).toFloatArray();
			assertArrayEquals(plain, folded, 1e-5f);
		}
	}
}
