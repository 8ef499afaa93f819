package org.mer.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.ParameterStore;

import org.mer.mesti.MestiWeighting;
import org.mer.mesti.ModalitySettings;
import org.mer.model.ModelConfig;
import org.mer.model.ModelFolder;
import org.mer.model.Provenance;
import org.mer.net.Architecture;
import org.mer.net.Engines;
import org.mer.net.NetworkSpec;
import org.mer.net.Networks;

/** Randomly initialised MEGANets for timing: in-memory models and saved model folders. */
final class BenchModels {
	static final List<String> CLASSES = Arrays.asList("negative", "positive", "surprise");

	private BenchModels() {}

	static NetworkSpec spec(int size) {
		return new NetworkSpec(Architecture.MEGANET, size, CLASSES.size());
	}

	/** Sets libtorch's intra-op threads to the core count (as PyTorch is run) and returns it. */
	static int useAllCores() {
		Engines.pytorch();
		int n = Runtime.getRuntime().availableProcessors();
		JniUtils.setNumThreads(n);
		return JniUtils.getNumThreads();
	}

	/** A DJL model holding an initialised MEGANet (seeded); the caller closes it. */
	static Model model(NetworkSpec spec, int seed) {
		Engines.pytorch().setRandomSeed(seed);
		Block block = Networks.build(spec);
		Model model = Model.newInstance("bench", Device.cpu(), "PyTorch");
		model.setBlock(block);
		block.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, 3, spec.inputSize(), spec.inputSize()));
		return model;
	}

	/** Saves a randomly initialised MEGANet (MESTI input) as a model folder {@code dir}. */
	static void saveFolder(NetworkSpec spec, Path dir, int seed) throws IOException {
		try (Model model = model(spec, seed)) {
			ModelConfig config = new ModelConfig(spec, CLASSES, ModalitySettings.mesti(MestiWeighting.APEX_PEAK),
				new float[] { 0.5f, 0.5f, 0.5f }, new float[] { 0.25f, 0.25f, 0.25f }, Provenance.unknown(), java.util.Collections.emptyList());
			ModelFolder.save(model.getBlock(), config, dir);
		}
	}

	/**
	 * One inference forward pass of {@code input} (B x 3 x S x S values) in a manager closed
	 * before returning; reads the logits back (so the pass has finished) and returns them.
	 */
	static float[] forward(Model model, float[] input, int batch, int size) {
		try (NDManager call = model.getNDManager().newSubManager()) {
			NDArray x = call.create(input, new Shape(batch, 3, size, size));
			NDList out = model.getBlock().forward(new ParameterStore(call, false), new NDList(x), false);
			for (int i = 1; i < out.size(); i++)
				out.get(i).toFloatArray();
			return out.get(0).toFloatArray();
		}
	}

	/** Deterministic pseudo-random input values in [-1, 1). */
	static float[] input(int values, long seed) {
		java.util.Random r = new java.util.Random(seed);
		float[] x = new float[values];
		for (int i = 0; i < x.length; i++)
			x[i] = r.nextFloat() * 2 - 1;
		return x;
	}
}
