package org.mer.app;

import static org.mer.app.FrontEnd.CLI;
import static org.mer.app.FrontEnd.IMAGEJ1;
import static org.mer.app.FrontEnd.SCIJAVA;

import org.mer.mesti.InputScaling;
import org.mer.mesti.ScalingSettings;
import org.mer.net.Architecture;
import org.mer.train.LossKind;
import org.mer.train.Protocol;

/**
 * The catalogue's network, protocol and optimisation parameters (see {@link Params}). The
 * defaults are the training defaults of {@link org.mer.train.TrainSettings}, the input size is
 * SPEC §7's 112, and the comparison grid is the paper's: every modality against MEGANet, its
 * no-GA ablation and three baselines.
 */
public final class TrainingParams {
	private TrainingParams() {}

	public static final Param<String> NETWORK = Param.choice("network", "--network", Architecture.class, Architecture.MEGANET)
		.help("Network: meganet, meganet-noga (the ablation without Gradient Attention), resnet18, resnet50, vgg19, efficientnet-b0 or ststnet.")
		.build();
	public static final Param<String> NETWORKS = Param.list("networks", "--networks", "meganet,meganet-noga,resnet18,vgg19,ststnet")
		.help("Comma-separated network ids to compare.").build();
	public static final Param<String> MODALITIES = Param.list("modalities", "--modalities", "apex,flow,dynamic-image,mesti,mesti-rank_pooled")
		.help("Comma-separated modalities to compare: mesti (apex_peak), mesti-rank_pooled, dynamic-image, apex, difference, flow.").build();
	public static final Param<Integer> INPUT_SIZE = Param.integer("input_size", "--input-size", 112).min(64).max(256).label("Input size (px)")
		.help("Network input size in pixels (square).").build();
	public static final Param<Integer> NETWORK_WIDTH = Param.integer("network_width", "--network-width", 0).min(0)
		.label("Network width (0 = default)").help("Channels of the network's first stage; 0 = the architecture's default.").build();
	public static final Param<String> PROTOCOL = Param.choice("protocol", "--protocol", Protocol.class, Protocol.LOSO)
		.help("Evaluation protocol: loso (leave one subject out), kfold (k folds of whole subjects) or fixed (given test subjects).").build();
	public static final Param<Integer> FOLDS = Param.integer("folds", "--folds", 5).min(2).help("k of the kfold protocol.").build();
	public static final Param<String> TEST_SUBJECTS = Param.list("test_set", "--test-subjects", "")
		.help("Comma-separated test subjects of the fixed protocol.").build();
	public static final Param<Integer> EPOCHS = Param.integer("epochs", "--epochs", 40).min(1)
		.help("Epochs per fold (the most epochs with early stopping).").build();
	public static final Param<Integer> BATCH_SIZE = Param.integer("batch_size", "--batch-size", 16).min(1).help("Batch size.").build();
	public static final Param<Double> LEARNING_RATE = Param.number("learning_rate", "--learning-rate", 1e-3).aliases("--lr").min(0)
		.help("Adam learning rate.").build();
	public static final Param<Double> WEIGHT_DECAY = Param.number("weight_decay", "--weight-decay", 1e-4).min(0).help("Adam weight decay.").build();
	public static final Param<String> LOSS = Param.choice("loss", "--loss", LossKind.class, LossKind.WEIGHTED_CE)
		.help("Loss: ce, weighted-ce (inverse class frequency) or focal.").build();
	public static final Param<Double> FOCAL_GAMMA = Param.number("focal_gamma", "--focal-gamma", 2).min(0).help("Focal loss exponent.").build();
	public static final Param<Double> VALIDATION = Param.number("validation", "--validation", 0).min(0).max(0.9)
		.help("Early stopping on this fraction of the training subjects (never the test subjects); 0 = fixed epochs.").build();
	public static final Param<Integer> PATIENCE = Param.integer("patience", "--patience", 10).min(1).help("Early-stopping patience in epochs.").build();
	public static final Param<Boolean> AUGMENT = Param.flag("augment", "--augment", true)
		.help("Augment training images by flip, small rotation and translation, brightness (--no-augment switches it off).").build();
	public static final Param<Integer> SEED = Param.integer("seed", "--seed", 0).min(0)
		.help("Seed of initialisation, shuffling and augmentation (the generator's seed for synthetic data).").build();
	public static final Param<Integer> THREADS = Param.integer("threads", "--threads", 0).min(0).help("libtorch CPU threads; 0 = the engine's default.")
		.build();
	public static final Param<String> CACHE_FOLDER = Param.path("cache_folder", "--cache", Param.Type.FOLDER)
		.help("Modality image cache; empty: modality-cache next to the output.").build();
	public static final Param<String> RESULT_FOLDER = Param.path("result_folder", "--out", Param.Type.FOLDER)
		.help("Folder the results are written to.").build();
	public static final Param<String> MODEL_OUTPUT = Param.path("model_output", "--out", Param.Type.FOLDER).only(CLI)
		.help("Model folder to write (a folder this tool wrote may be replaced; nothing else is).").build();
	public static final Param<String> REPORT_FOLDER = Param.path("report_folder", "--report", Param.Type.FOLDER).only(CLI)
		.help("Report folder; default: <model folder>-report next to the model folder.").build();

	public static final Param<String> SEEDS = Param.text("seeds", "--seeds", "1")
		.help("Training seeds: a count N (seeds seed, seed+1, ..., seed+N-1) or a comma-separated list (1,7,42; '42,' is the one seed 42). "
			+ "With more than one seed every run is repeated per seed, each in its own seed-<n> folder, and the report gives mean +- sd "
			+ "and 95% intervals over the seeds (docs/statistics.md).")
		.build();
	public static final Param<String> INPUT_SCALING = Param.choice("input_scaling", "--input-scaling", InputScaling.class, InputScaling.MINMAX)
		.help("How network inputs are scaled to [0, 1]: minmax (global min-max per image), percentile (clip to the p-th and (100-p)-th "
			+ "percentile per image), zscore (per-image z-score clipped to +-limit) or dataset (per-channel range fitted on the training images). "
			+ "Recorded in model.json.")
		.build();
	public static final Param<Double> SCALING_PERCENTILE = Param.number("scaling_percentile", "--scaling-percentile", ScalingSettings.DEFAULT_PERCENTILE)
		.min(0).max(49.9).help("p in percent for input scaling percentile and dataset, 0 <= p < 50.").build();
	public static final Param<Double> ZSCORE_LIMIT = Param.number("zscore_limit", "--zscore-limit", ScalingSettings.DEFAULT_ZSCORE_CLIP).min(0.1)
		.help("Input scaling zscore: z-scores are clipped to +-this limit (> 0) before mapping to [0, 1].").build();

	public static final Param<String> STUDY = Param.choice("study", "--study", Choices.StudiedSetting.class, Choices.StudiedSetting.ALIGN)
		.label("Setting to study")
		.help("The setting whose values are compared on the same grid of modalities x networks x seeds: align (face alignment) or "
			+ "input_scaling; every variant is tested against the first with paired subject bootstraps (docs/statistics.md).").build();
	public static final Param<String> VARIANTS = Param.list("variants", "--variants", "")
		.help("Comma-separated values of the studied setting, the reference first (e.g. none,similarity); empty: every value, "
			+ "the one its own parameter gives first.").build();

	/** Fiji's training commands write everything into one folder: the evaluation report, the model, the cache. */
	static final FrontEnd[] IMAGEJ = { SCIJAVA, IMAGEJ1 };
}
