package org.mer.bench;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;

import org.mer.net.NetworkSpec;
import org.mer.train.LogitsLoss;

/**
 * One MEGANet training step through DJL exactly as {@code scripts/bench_meganet.py} does it in
 * PyTorch: train mode, Adam (lr 1e-3), unweighted cross-entropy on the logits, forward, backward,
 * update, on a fixed batch. Owns its model and trainer: close it.
 */
final class JavaTrainStep implements AutoCloseable {
	private final Model model;
	private final Trainer trainer;
	private final float[] x;
	private final int[] y;
	private final Shape shape;

	JavaTrainStep(NetworkSpec spec, int batch) {
		model = BenchModels.model(spec, 7);
		DefaultTrainingConfig config = new DefaultTrainingConfig(new LogitsLoss(null, 0))
			.optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(1e-3f)).build()).optDevices(new Device[] { Device.cpu() });
		trainer = model.newTrainer(config);
		int s = spec.inputSize();
		shape = new Shape(batch, 3, s, s);
		trainer.initialize(shape);
		x = BenchModels.input(batch * 3 * s * s, 8);
		y = new int[batch];
		for (int i = 0; i < batch; i++)
			y[i] = i % spec.numClasses();
	}

	/** @return the loss of the step (read back, so the step has finished) */
	float step() {
		float value;
		try (NDManager call = trainer.getManager().newSubManager()) {
			NDArray input = call.create(x, shape);
			NDList labels = new NDList(call.create(y));
			try (GradientCollector collector = trainer.newGradientCollector()) {
				NDList predictions = trainer.forward(new NDList(input), labels);
				NDArray loss = trainer.getLoss().evaluate(labels, predictions);
				collector.backward(loss);
				value = loss.getFloat();
			}
			trainer.step();
		}
		return value;
	}

	/**
	 * One step as {@link #step()}, timed by phase.
	 *
	 * @return seconds of {forward + loss, backward, optimizer update (Adam)}
	 */
	double[] timedStep() {
		double[] t = new double[3];
		try (NDManager call = trainer.getManager().newSubManager()) {
			NDArray input = call.create(x, shape);
			NDList labels = new NDList(call.create(y));
			try (GradientCollector collector = trainer.newGradientCollector()) {
				long t0 = System.nanoTime();
				NDList predictions = trainer.forward(new NDList(input), labels);
				NDArray loss = trainer.getLoss().evaluate(labels, predictions);
				loss.getFloat();
				long t1 = System.nanoTime();
				collector.backward(loss);
				trainer.getModel().getBlock().getParameters().get(0).getValue().getArray().getGradient().getFloat(0, 0, 0, 0);
				long t2 = System.nanoTime();
				t[0] = (t1 - t0) / 1e9;
				t[1] = (t2 - t1) / 1e9;
			}
			long t3 = System.nanoTime();
			trainer.step();
			t[2] = (System.nanoTime() - t3) / 1e9;
		}
		return t;
	}

	@Override
	public void close() {
		trainer.close();
		model.close();
	}
}
