package org.mer.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;

/** MEGANet through DJL's own Model and Trainer: one SGD step, then save and load. */
class DjlModelTest {
	@TempDir
	Path dir;

	@BeforeAll
	static void engine() {
		Engines.pytorch();
	}

	/** Softmax cross-entropy on element 0 of the prediction only (the attention maps are ignored). */
	static final class LogitsOnly extends Loss {
		private final Loss ce = Loss.softmaxCrossEntropyLoss();

		LogitsOnly() {
			super("logits-ce");
		}

		@Override
		public NDArray evaluate(NDList labels, NDList predictions) {
			return ce.evaluate(labels, new NDList(predictions.head()));
		}
	}

	@Test
	void trainerStepThenSaveAndLoadGiveIdenticalPredictions() throws Exception {
		NetworkSpec spec = new NetworkSpec(Architecture.MEGANET, 64, 8, 3);
		Shape in = new Shape(2, 3, 64, 64);
		float[] before, after;
		NDList saved;
		try (NDManager m = NDManager.newBaseManager(Engines.pytorch().defaultDevice(), "PyTorch");
			Model model = Model.newInstance("meganet", "PyTorch")) {
			model.setBlock(Networks.build(spec));
			NDArray x = m.randomUniform(0, 1, in);
			NDArray labels = m.create(new float[] { 1, 2 });
			DefaultTrainingConfig config = new DefaultTrainingConfig(new LogitsOnly())
				.optOptimizer(Optimizer.sgd().setLearningRateTracker(Tracker.fixed(0.1f)).build());
			try (Trainer trainer = model.newTrainer(config)) {
				trainer.initialize(in);
				before = model.getBlock().forward(new ParameterStore(m, false), new NDList(x), false).head().toFloatArray();
				try (GradientCollector gc = trainer.newGradientCollector()) {
					NDList prediction = trainer.forward(new NDList(x));
					assertEquals(5, prediction.size());
					gc.backward(config.getLossFunction().evaluate(new NDList(labels), prediction));
				}
				trainer.step();
			}
			saved = model.getBlock().forward(new ParameterStore(m, false), new NDList(x), false);
			after = saved.head().toFloatArray();
			assertFalse(Arrays.equals(before, after), "one SGD step changes the logits");
			model.save(dir, "meganet");

			try (Model loaded = Model.newInstance("meganet", "PyTorch")) {
				loaded.setBlock(Networks.build(spec));
				loaded.load(dir, "meganet");
				NDList again = loaded.getBlock().forward(new ParameterStore(m, false), new NDList(x), false);
				for (int i = 0; i < saved.size(); i++) assertArrayEquals(saved.get(i).toFloatArray(), again.get(i).toFloatArray(), 0f);
			}
		}
	}
}
