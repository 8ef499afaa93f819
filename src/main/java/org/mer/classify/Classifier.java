package org.mer.classify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;

import org.mer.attention.MapCombination;
import org.mer.attention.Upsampling;
import org.mer.clip.Clip;
import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.mesti.Modalities;
import org.mer.mesti.ModalityImage;
import org.mer.mesti.ModalitySettings;
import org.mer.mesti.NetworkInput;
import org.mer.model.LoadedModel;
import org.mer.model.ModelConfig;
import org.mer.model.ModelFolder;

/**
 * Classifies clips or ready modality images with one loaded model (steps, each public for timing
 * and reuse: {@link #networkInput}, {@link #forward}, {@link #predict}). Create it once per model and
 * reuse it: the engine and weights stay loaded. Each call computes the model's input modality
 * (for clips), prepares the network input with {@link NetworkInput#toChw} using the model's
 * input size and normalisation (its input scaling, then mean/std), runs the forward pass in inference mode inside a per-call
 * {@link NDManager} that is closed before returning (no NDArray outlives a call), and returns
 * softmax probabilities and upsampled attention maps as a {@link Prediction}.
 * <p>
 * Making a classifier folds the model's batch norms into its convolutions
 * ({@link LoadedModel#foldBatchNorms()}): inference only, the same logits to about 1e-6 relative.
 * <p>
 * Thread confinement: a classifier and its model must be used by one thread at a time; for
 * parallel classification, load the model once per thread. Closing the classifier closes the
 * model only when the classifier opened it ({@link #open(Path, Device)}).
 */
public final class Classifier implements AutoCloseable {
	private final LoadedModel model;
	private final boolean ownsModel;
	private final ModelConfig config;
	private final ModalitySettings modality;
	private final float[] mean, std;

	/** Uses a loaded model; the caller keeps ownership and closes it after this classifier. */
	public Classifier(LoadedModel model) {
		this(model, false);
	}

	private Classifier(LoadedModel model, boolean ownsModel) {
		this.model = model;
		this.ownsModel = ownsModel;
		this.config = model.config();
		this.modality = config.modalitySettings();
		this.mean = config.mean();
		this.std = config.std();
		model.foldBatchNorms();
	}

	/** Loads a model folder and owns it: {@link #close()} frees it. */
	public static Classifier open(Path modelDir, Device device) {
		return open(modelDir, device, Progress.NONE);
	}

	/** As {@link #open(Path, Device)}; a model.json without seal is loaded with a one-line warning to {@code progress}. */
	public static Classifier open(Path modelDir, Device device, Progress progress) {
		return new Classifier(ModelFolder.load(modelDir, device, progress), true);
	}

	public LoadedModel model() { return model; }

	/** The modality the model expects (from its model.json). */
	public ModalitySettings modality() { return modality; }

	/**
	 * Computes the model's modality image for a clip and classifies it.
	 *
	 * @param progress receives modality computation progress; may cancel
	 */
	public Prediction classify(Clip clip, Progress progress) {
		long t0 = System.nanoTime();
		ModalityImage image = Modalities.compute(clip, modality, progress == null ? Progress.NONE : progress);
		return classify(image, t0);
	}

	/**
	 * Classifies a ready modality image (axis order X, Y, C; C = 1 or 3). Its settings should be
	 * the model's {@link #modality()}; this is not enforced, so images made otherwise can be
	 * tried, but predictions are then meaningless.
	 */
	public Prediction classify(ModalityImage image) {
		return classify(image, System.nanoTime());
	}

	/** Classifies a ready image; {@code t0} ({@link System#nanoTime()}) is when the clip's work began. */
	Prediction classify(ModalityImage image, long t0) {
		return predict(image, forward(networkInput(image)), t0);
	}

	/**
	 * Step 1 of classifying an image: the network input, {@link NetworkInput#toChw} with the
	 * model's input size, scaling, mean and std (3 x S x S values, C, H, W order).
	 */
	public float[] networkInput(ModalityImage image) {
		return NetworkInput.toChw(image.image(), config.inputSize(), config.scaling(), mean, std);
	}

	/**
	 * Step 2: one inference forward pass of a network input from {@link #networkInput}, in a
	 * manager closed before returning.
	 */
	public NetworkOutput forward(float[] chw) {
		int s = config.inputSize();
		float[] logits;
		List<float[]> raw = new ArrayList<>();
		List<int[]> rawSize = new ArrayList<>();
		try (NDManager call = model.manager().newSubManager()) {
			NDArray x = call.create(chw, new Shape(1, 3, s, s));
			NDList out = model.block().forward(new ParameterStore(call, false), new NDList(x), false);
			logits = out.get(0).toType(ai.djl.ndarray.types.DataType.FLOAT32, false).toFloatArray();
			for (int i = 1; i < out.size(); i++) {
				Shape shape = out.get(i).getShape();
				if (shape.dimension() != 4 || shape.get(0) != 1 || shape.get(1) != 1) continue;
				raw.add(out.get(i).toType(ai.djl.ndarray.types.DataType.FLOAT32, false).toFloatArray());
				rawSize.add(new int[] { (int) shape.get(3), (int) shape.get(2) });
			}
		}
		if (logits.length != config.classNames().size())
			throw new InputException("model " + model.dir() + " gave " + logits.length + " outputs but lists "
				+ config.classNames().size() + " classes");
		return new NetworkOutput(logits, raw, rawSize);
	}

	/**
	 * Step 3: the prediction of a forward pass on {@code image}: softmax probabilities and the
	 * attention maps upsampled to the image's size (clamped to [0, 1]) with their mean.
	 *
	 * @param t0 {@link System#nanoTime()} when the clip's work began (for {@link Prediction#timeMs()})
	 */
	public Prediction predict(ModalityImage image, NetworkOutput out, long t0) {
		int width = (int) image.image().dimension(0), height = (int) image.image().dimension(1);
		List<float[]> maps = new ArrayList<>();
		for (int i = 0; i < out.maps(); i++) {
			int[] size = out.mapSize(i);
			float[] up = Upsampling.BILINEAR.resize(out.map(i), size[0], size[1], width, height);
			for (int p = 0; p < up.length; p++)
				up[p] = Math.min(1f, Math.max(0f, up[p]));
			maps.add(up);
		}
		float[] meanMap = maps.isEmpty() ? null : MapCombination.MEAN.combine(maps);
		double ms = (System.nanoTime() - t0) / 1e6;
		float[] logits = out.logits();
		return new Prediction(config.classNames(), logits, softmax(logits), image, maps, meanMap, width, height, ms);
	}

	/** Softmax in double (max subtracted), so the probabilities sum to 1 up to float rounding. */
	static float[] softmax(float[] logits) {
		double max = Double.NEGATIVE_INFINITY;
		for (float l : logits)
			max = Math.max(max, l);
		double[] e = new double[logits.length];
		double sum = 0;
		for (int i = 0; i < logits.length; i++)
			sum += e[i] = Math.exp(logits[i] - max);
		float[] p = new float[logits.length];
		for (int i = 0; i < p.length; i++)
			p[i] = (float) (e[i] / sum);
		return p;
	}

	/** Closes the model when this classifier opened it. */
	@Override
	public void close() {
		if (ownsModel) model.close();
	}
}
