package org.mer.train;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;

import org.mer.net.Devices;
import org.mer.core.CanceledException;
import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.net.Engines;
import org.mer.net.Networks;

/**
 * Trains one freshly initialised network (SPEC §8) with DJL's {@link Trainer}: Adam with weight
 * decay, {@link LogitsLoss} with class weights from the training examples, {@link Augmenter}
 * augmentation and a shuffled batch order, for {@link TrainSettings#epochs()} epochs or until
 * early stopping on the validation examples.
 * <p>
 * Repeatability: everything random derives from the {@code seed} argument: the engine generator
 * (weight initialisation, dropout) is reseeded with it before the network is built, and the
 * batch order and augmentation use two {@link Random}s seeded from it. Same seed, same examples,
 * same settings and thread count on CPU give the same weights and numbers. Not thread safe (the
 * engine seed is global): train one fold at a time.
 * <p>
 * Cancellation: {@link Progress#isCanceled()} is checked after every batch; then everything is
 * closed and {@link CanceledException} is thrown.
 */
public final class FoldTrainer {

	/** Receives per-batch and per-epoch numbers (for progress display). */
	public interface Listener {
		/** After each training batch: running mean loss and accuracy of the epoch so far. */
		void batch(int epoch, int batch, int batches, double loss, double accuracy);

		/** After each epoch. */
		void epoch(EpochRecord record);

		Listener NONE = new Listener() {
			@Override public void batch(int epoch, int batch, int batches, double loss, double accuracy) {}
			@Override public void epoch(EpochRecord record) {}
		};
	}

	private final TrainSettings settings;
	private final Device device;

	public FoldTrainer(TrainSettings settings) {
		this.settings = settings;
		this.device = Devices.pick(settings.device());
	}

	/** The device training runs on ({@link Devices#pick} of the settings' device). */
	public Device device() { return device; }

	/** Training batches per epoch for n examples (a trailing batch of one joins the previous one). */
	public static int batchesPerEpoch(int n, int batchSize) {
		int b = (n + batchSize - 1) / batchSize;
		return b > 1 && n % batchSize == 1 ? b - 1 : b;
	}

	/**
	 * Builds, initialises and trains a network.
	 *
	 * @param train training examples (at least one)
	 * @param validation examples for early stopping (other subjects than the test subjects), or empty
	 * @param stats standardisation of the inputs (of the training examples)
	 * @return the trained network holding the weights of the selected epoch; the caller closes it
	 * @throws CanceledException when canceled (nothing is left open)
	 */
	public TrainedNetwork train(List<Example> train, List<Example> validation, InputStats stats, long seed,
		Listener listener, Progress progress)
	{
		if (train.isEmpty()) throw new InputException("no training samples");
		Engine engine = Engines.pytorch();
		if (settings.threads() > 0) JniUtils.setNumThreads(settings.threads());
		engine.setRandomSeed((int) (seed ^ (seed >>> 32)));
		Block block = Networks.build(settings.network());
		Model model = Model.newInstance("fold", device, "PyTorch");
		boolean ok = false;
		try {
			model.setBlock(block);
			int k = settings.network().numClasses();
			int[] labels = new int[train.size()];
			for (int i = 0; i < labels.length; i++)
				labels[i] = train.get(i).label();
			LogitsLoss loss = LogitsLoss.of(settings.loss(), LogitsLoss.inverseFrequency(labels, k), settings.focalGamma());
			Optimizer adam = Optimizer.adam().optLearningRateTracker(Tracker.fixed(settings.learningRate()))
				.optWeightDecays(settings.weightDecay()).build();
			DefaultTrainingConfig config = new DefaultTrainingConfig(loss).optOptimizer(adam).optDevices(new Device[] { device });
			List<EpochRecord> history = new ArrayList<>();
			byte[] best = null;
			int bestEpoch = 0;
			double bestLoss = Double.POSITIVE_INFINITY;
			try (Trainer trainer = model.newTrainer(config)) {
				trainer.initialize(TrainedNetwork.inputShape(Math.min(settings.batchSize(), train.size()), settings.inputSize()));
				Random order = new Random(seed), augment = new Random(~seed * 0x5DEECE66DL + 11);
				int sinceBest = 0;
				for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
					long start = System.nanoTime();
					double[] lossAcc = trainEpoch(trainer, train, stats, epoch, order, settings.augment() ? augment : null, listener, progress);
					double[] val = validation.isEmpty() ? new double[] { Double.NaN, Double.NaN }
						: evaluate(model, loss, validation, stats);
					EpochRecord record = new EpochRecord(epoch, lossAcc[0], lossAcc[1], val[0], val[1], (System.nanoTime() - start) / 1e9);
					history.add(record);
					listener.epoch(record);
					if (validation.isEmpty()) continue;
					if (val[0] < bestLoss) {
						bestLoss = val[0];
						bestEpoch = epoch;
						best = snapshot(block);
						sinceBest = 0;
					}
					else if (++sinceBest >= settings.patience()) break;
				}
			}
			if (best != null) restore(block, best, model.getNDManager());
			TrainedNetwork result = new TrainedNetwork(model, stats, history, best != null ? bestEpoch : history.size());
			ok = true;
			return result;
		}
		finally {
			if (!ok) model.close();
		}
	}

	private double[] trainEpoch(Trainer trainer, List<Example> train, InputStats stats, int epoch, Random order,
		Random augment, Listener listener, Progress progress)
	{
		List<Example> shuffled = new ArrayList<>(train);
		Collections.shuffle(shuffled, order);
		int bs = settings.batchSize();
		List<List<Example>> batches = new ArrayList<>();
		for (int from = 0; from < shuffled.size(); from += bs)
			batches.add(shuffled.subList(from, Math.min(shuffled.size(), from + bs)));
		// a trailing batch of one sample gives degenerate batch-norm statistics; it joins the previous batch
		if (batches.size() > 1 && batches.get(batches.size() - 1).size() == 1) {
			List<Example> last = batches.remove(batches.size() - 1), previous = batches.remove(batches.size() - 1);
			List<Example> merged = new ArrayList<>(previous);
			merged.addAll(last);
			batches.add(merged);
		}
		double lossSum = 0;
		long correct = 0, seen = 0;
		for (int b = 0; b < batches.size(); b++) {
			List<Example> batch = batches.get(b);
			try (NDManager manager = trainer.getManager().newSubManager()) {
				NDArray x = Batches.inputs(manager, batch, stats, augment);
				NDList y = new NDList(Batches.labels(manager, batch));
				NDList predictions;
				float batchLoss;
				try (GradientCollector collector = trainer.newGradientCollector()) {
					predictions = trainer.forward(new NDList(x), y);
					NDArray l = trainer.getLoss().evaluate(y, predictions);
					collector.backward(l);
					batchLoss = l.getFloat();
				}
				trainer.step();
				correct += countCorrect(predictions.get(0), batch);
				lossSum += batchLoss * batch.size();
				seen += batch.size();
			}
			listener.batch(epoch, b + 1, batches.size(), lossSum / seen, (double) correct / seen);
			if (progress.isCanceled()) throw new CanceledException();
		}
		return new double[] { lossSum / seen, (double) correct / seen };
	}

	/** Loss (the training loss function, inference mode) and accuracy on held-out examples. */
	private double[] evaluate(Model model, LogitsLoss loss, List<Example> examples, InputStats stats) {
		double lossSum = 0;
		long correct = 0;
		int bs = settings.batchSize();
		for (int from = 0; from < examples.size(); from += bs) {
			List<Example> batch = examples.subList(from, Math.min(examples.size(), from + bs));
			try (NDManager manager = model.getNDManager().newSubManager()) {
				NDArray x = Batches.inputs(manager, batch, stats, null);
				NDList predictions = model.getBlock().forward(new ParameterStore(manager, false), new NDList(x), false);
				lossSum += loss.evaluate(new NDList(Batches.labels(manager, batch)), predictions).getFloat() * batch.size();
				correct += countCorrect(predictions.get(0), batch);
			}
		}
		return new double[] { lossSum / examples.size(), (double) correct / examples.size() };
	}

	private static long countCorrect(NDArray logits, List<Example> batch) {
		float[] flat = logits.toFloatArray();
		int k = (int) logits.getShape().get(1);
		long correct = 0;
		for (int i = 0; i < batch.size(); i++) {
			float[] row = new float[k];
			System.arraycopy(flat, i * k, row, 0, k);
			if (TrainedNetwork.argMax(row) == batch.get(i).label()) correct++;
		}
		return correct;
	}

	private static byte[] snapshot(Block block) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			block.saveParameters(out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	private static void restore(Block block, byte[] snapshot, NDManager manager) {
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(snapshot))) {
			block.loadParameters(manager, in);
		}
		catch (IOException | MalformedModelException e) {
			throw new IllegalStateException("could not restore the best epoch's weights", e);
		}
	}
}
