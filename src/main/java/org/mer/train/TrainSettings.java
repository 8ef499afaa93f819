package org.mer.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.mer.core.Ids;
import org.mer.core.InputException;
import org.mer.mesti.InputScaling;
import org.mer.mesti.ModalitySettings;
import org.mer.mesti.ScalingSettings;
import org.mer.net.DeviceChoice;
import org.mer.net.NetworkSpec;

/**
 * Everything that determines a training run (SPEC §8): network, input modality, evaluation
 * protocol, optimisation (epochs, batch size, Adam learning rate and weight decay, loss), model
 * selection (fixed epochs, or early stopping on a validation split of other subjects), augmentation,
 * input scaling to [0, 1] ({@link ScalingSettings}, default global min-max; a dataset scaling is
 * fitted per fold on its training images, so a range given here is dropped), seed, device and CPU
 * threads. Immutable; make one with {@link #builder(NetworkSpec, ModalitySettings)}
 * and change it with {@link #toBuilder()}. The input size is the network's.
 * <p>
 * Model selection: when {@link #validationFraction()} is 0 every fold trains exactly
 * {@link #epochs()} epochs ("fixed-epochs"); otherwise that fraction of the training subjects is
 * held out and the epoch with the lowest validation loss (at most {@code epochs}, stopping after
 * {@link #patience()} epochs without improvement) is kept ("early-stopping").
 */
public final class TrainSettings {
	/** {@link #threads()} may be at most this many per core ({@link #maxThreads()}). */
	public static final int THREADS_PER_CORE = 8;
	/** {@link #maxThreads()} is never below this, so settings move between small and large machines. */
	public static final int MIN_THREAD_LIMIT = 64;
	private final NetworkSpec network;
	private final ModalitySettings modality;
	private final Protocol protocol;
	private final int kFolds;
	private final List<String> testSubjects;
	private final int epochs, batchSize, patience, threads;
	private final float learningRate, weightDecay, focalGamma;
	private final LossKind loss;
	private final double validationFraction;
	private final boolean augment;
	private final long seed;
	private final String device;
	private final ScalingSettings scaling;

	private TrainSettings(Builder b) {
		network = Objects.requireNonNull(b.network, "network");
		modality = Objects.requireNonNull(b.modality, "modality");
		protocol = Objects.requireNonNull(b.protocol, "protocol");
		kFolds = b.kFolds;
		testSubjects = Collections.unmodifiableList(new ArrayList<>(b.testSubjects));
		epochs = b.epochs;
		batchSize = b.batchSize;
		patience = b.patience;
		threads = b.threads;
		learningRate = b.learningRate;
		weightDecay = b.weightDecay;
		focalGamma = b.focalGamma;
		loss = Objects.requireNonNull(b.loss, "loss");
		validationFraction = b.validationFraction;
		augment = b.augment;
		seed = b.seed;
		device = Ids.parse(DeviceChoice.class, b.device, "device").id();
		scaling = Objects.requireNonNull(b.scaling, "scaling").withoutRange();
		if (epochs < 1) throw new InputException("epochs must be at least 1, got " + epochs);
		if (batchSize < 1) throw new InputException("batch size must be at least 1, got " + batchSize);
		if (!(learningRate > 0)) throw new InputException("learning rate must be positive, got " + learningRate);
		if (weightDecay < 0) throw new InputException("weight decay must be >= 0, got " + weightDecay);
		if (focalGamma < 0) throw new InputException("focal gamma must be >= 0, got " + focalGamma);
		if (validationFraction < 0 || validationFraction >= 1)
			throw new InputException("validation fraction must be in [0, 1), got " + validationFraction);
		if (patience < 1) throw new InputException("patience must be at least 1, got " + patience);
		if (threads < 0) throw new InputException("threads must be >= 0 (0 = engine default), got " + threads);
		if (threads > maxThreads())
			throw new InputException("threads " + threads + " is more than " + maxThreads() + " (" + THREADS_PER_CORE + " per core on this machine's "
				+ Runtime.getRuntime().availableProcessors() + " cores, at least " + MIN_THREAD_LIMIT
				+ "): more threads than that only add switching and memory; use 0 for the engine default");
		if (protocol == Protocol.KFOLD && kFolds < 2) throw new InputException("k-fold needs k >= 2, got " + kFolds);
		if (protocol == Protocol.FIXED && testSubjects.isEmpty())
			throw new InputException("the fixed protocol needs test subjects");
	}

	/** Defaults: LOSO, 40 epochs, batch 16, lr 1e-3, weight decay 1e-4, weighted CE, fixed epochs, augmentation, seed 0, auto device. */
	public static Builder builder(NetworkSpec network, ModalitySettings modality) {
		Builder b = new Builder();
		b.network = network;
		b.modality = modality;
		return b;
	}

	public Builder toBuilder() {
		Builder b = new Builder();
		b.network = network;
		b.modality = modality;
		b.protocol = protocol;
		b.kFolds = kFolds;
		b.testSubjects = testSubjects;
		b.epochs = epochs;
		b.batchSize = batchSize;
		b.patience = patience;
		b.threads = threads;
		b.learningRate = learningRate;
		b.weightDecay = weightDecay;
		b.focalGamma = focalGamma;
		b.loss = loss;
		b.validationFraction = validationFraction;
		b.augment = augment;
		b.seed = seed;
		b.device = device;
		b.scaling = scaling;
		return b;
	}

	public NetworkSpec network() { return network; }
	public ModalitySettings modality() { return modality; }
	public Protocol protocol() { return protocol; }
	/** k of k-fold (ignored by the other protocols). */
	public int kFolds() { return kFolds; }
	/** Test subjects of the fixed protocol (ignored by the others). */
	public List<String> testSubjects() { return testSubjects; }
	/** Epochs per fold (fixed), or the most epochs per fold with early stopping. */
	public int epochs() { return epochs; }
	public int batchSize() { return batchSize; }
	public float learningRate() { return learningRate; }
	/** Adam weight decay (L2 added to the gradient, DJL's convention). */
	public float weightDecay() { return weightDecay; }
	public LossKind loss() { return loss; }
	/** Focal exponent (FOCAL loss only). */
	public float focalGamma() { return focalGamma; }
	/** Fraction of training subjects held out for early stopping; 0 = fixed epochs. */
	public double validationFraction() { return validationFraction; }
	/** Early-stopping patience in epochs (used only when validating). */
	public int patience() { return patience; }
	public boolean augment() { return augment; }
	public long seed() { return seed; }
	/** "auto" (GPU when the engine sees one), "cpu" or "gpu". */
	public String device() { return device; }
	/** Intra-op CPU threads for libtorch; 0 = engine default; at most {@link #maxThreads()}. */
	public int threads() { return threads; }
	/** How network inputs are scaled to [0, 1] before standardisation (never with a fitted range). */
	public ScalingSettings scaling() { return scaling; }

	/**
	 * The most {@link #threads()} accepted on this machine: {@value #THREADS_PER_CORE} per core,
	 * at least {@value #MIN_THREAD_LIMIT}. A number far above the cores is a typo (an extra zero)
	 * that would make libtorch create thousands of threads.
	 */
	public static int maxThreads() {
		return Math.max(MIN_THREAD_LIMIT, THREADS_PER_CORE * Runtime.getRuntime().availableProcessors());
	}
	/** Network input size S (the network's). */
	public int inputSize() { return network.inputSize(); }

	public boolean earlyStopping() { return validationFraction > 0; }

	/** "early-stopping" or "fixed-epochs", as written in reports. */
	public String modelSelection() {
		return earlyStopping() ? "early-stopping" : "fixed-epochs";
	}

	/** A sentence for reports saying how the epoch of each fold's model was chosen. */
	public String modelSelectionRule() {
		if (!earlyStopping()) return "fixed number of epochs (" + epochs + "); no validation data, the test subject is never looked at";
		return String.format(Locale.ROOT,
			"early stopping on the validation loss of %.0f%% of the training subjects (other subjects than the test subject), patience %d, at most %d epochs; the best epoch's weights are kept",
			validationFraction * 100, patience, epochs);
	}

	/** Ordered map of every setting, for report.json and model.json (network and modality nested). */
	public Map<String, Object> toMap() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("network", network.toMap());
		m.put("modality", new LinkedHashMap<>(modality.toMap()));
		m.put("protocol", protocol.id());
		if (protocol == Protocol.KFOLD) m.put("k_folds", kFolds);
		if (protocol == Protocol.FIXED) m.put("test_subjects", testSubjects);
		m.put("epochs", epochs);
		m.put("batch_size", batchSize);
		m.put("optimizer", "adam");
		m.put("learning_rate", learningRate);
		m.put("weight_decay", weightDecay);
		m.put("loss", loss.id());
		if (loss == LossKind.FOCAL) m.put("focal_gamma", focalGamma);
		m.put("model_selection", modelSelection());
		if (earlyStopping()) {
			m.put("validation_fraction", validationFraction);
			m.put("patience", patience);
		}
		m.put("augmentation", augment);
		m.put("seed", seed);
		m.put("device", device);
		m.put("threads", threads);
		m.put("input_size", inputSize());
		m.put("input_scaling", scaling.toMap());
		return m;
	}

	/**
	 * The settings that change the numbers (all but device and threads), for checkpoint
	 * compatibility. The default min-max scaling is left out, so checkpoints made before the
	 * scaling option existed (always min-max) still resume.
	 */
	public Map<String, Object> resultMap() {
		Map<String, Object> m = toMap();
		m.remove("device");
		m.remove("threads");
		if (scaling.kind() == InputScaling.MINMAX) m.remove("input_scaling");
		return m;
	}

	@Override
	public String toString() {
		return "TrainSettings" + toMap();
	}

	/** Mutable builder; {@link #build()} validates (InputException naming the field). */
	public static final class Builder {
		private NetworkSpec network;
		private ModalitySettings modality;
		private Protocol protocol = Protocol.LOSO;
		private int kFolds = 5;
		private List<String> testSubjects = Collections.emptyList();
		private int epochs = 40, batchSize = 16, patience = 10, threads = 0;
		private float learningRate = 1e-3f, weightDecay = 1e-4f, focalGamma = 2f;
		private LossKind loss = LossKind.WEIGHTED_CE;
		private double validationFraction = 0;
		private boolean augment = true;
		private long seed = 0;
		private String device = "auto";
		private ScalingSettings scaling = ScalingSettings.minmax();

		private Builder() {}

		public Builder network(NetworkSpec v) { network = v; return this; }
		public Builder modality(ModalitySettings v) { modality = v; return this; }
		public Builder protocol(Protocol v) { protocol = v; return this; }
		public Builder kFolds(int v) { kFolds = v; return this; }
		public Builder testSubjects(List<String> v) { testSubjects = v; return this; }
		public Builder epochs(int v) { epochs = v; return this; }
		public Builder batchSize(int v) { batchSize = v; return this; }
		public Builder learningRate(float v) { learningRate = v; return this; }
		public Builder weightDecay(float v) { weightDecay = v; return this; }
		public Builder loss(LossKind v) { loss = v; return this; }
		public Builder focalGamma(float v) { focalGamma = v; return this; }
		/** 0 = fixed epochs; otherwise early stopping on this fraction of training subjects. */
		public Builder validationFraction(double v) { validationFraction = v; return this; }
		public Builder patience(int v) { patience = v; return this; }
		public Builder augment(boolean v) { augment = v; return this; }
		public Builder seed(long v) { seed = v; return this; }
		public Builder device(String v) { device = v; return this; }
		public Builder threads(int v) { threads = v; return this; }
		/** Input scaling; a fitted dataset range is dropped (each fold fits its own). */
		public Builder scaling(ScalingSettings v) { scaling = v; return this; }

		public TrainSettings build() {
			return new TrainSettings(this);
		}
	}
}
