package org.mer.app;

import static org.mer.app.FrontEnd.CLI;
import static org.mer.app.FrontEnd.IMAGEJ1;
import static org.mer.app.FrontEnd.SCIJAVA;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.mer.align.AlignMode;
import org.mer.attention.AttentionView;

/**
 * The operations the front ends offer and the parameters each takes, in dialog order: an
 * ImageJ 1.x dialog shows them in this order and the macro recorder records them so. Parameters
 * added in later versions come last, so recorded macro lines keep their earlier keys in place.
 * An {@link UseCaseEntry} may give a parameter another default, command-line flag or set of front
 * ends for one operation, and names the command-line spellings that are deprecated.
 */
public enum UseCase {
	ABOUT("About MESTI-MEGANet", null),
	MODEL_SEAL("Seal Model Folder", "model seal", e(Params.MODEL_FOLDER).asPositional()),
	MODEL_VERIFY("Verify Model Folder", "model verify", e(Params.MODEL_FOLDER).asPositional()),
	MESTI("Create MESTI", "mesti", e(Params.CLIP), e(Params.ONSET_FRAME), e(Params.APEX_FRAME), e(Params.OFFSET_FRAME), e(Params.WEIGHTING),
		e(Params.OUTPUT_TYPE), e(Params.CROP_FACE), e(Params.OUTPUT_FILE), e(Params.APEX_METHOD), e(Params.PNG_FILE), e(Params.ALIGN)),
	MODALITY("Create Input Modality", "modality", e(Params.CLIP), e(Params.MODALITY).deprecated("--kind"), e(Params.ONSET_FRAME),
		e(Params.APEX_FRAME), e(Params.OFFSET_FRAME), e(Params.WEIGHTING), e(Params.OUTPUT_TYPE), e(Params.CROP_FACE), e(Params.OUTPUT_FILE),
		e(Params.APEX_METHOD), e(Params.PNG_FILE), e(Params.ALIGN)),
	CLASSIFY("Classify Micro-expression", "classify", e(Params.CLIP), e(Params.ONSET_FRAME), e(Params.APEX_FRAME), e(Params.OFFSET_FRAME),
		e(Params.CROP_FACE), e(Params.MODEL), e(Params.MODEL_FOLDER), e(Params.DEVICE), e(Params.SHOW_ATTENTION), e(Params.OVERLAY_ON),
		e(Params.HEAT_LUT), e(Params.OPACITY), e(Params.QUANTILE), e(Params.OUTPUT_FOLDER), e(Params.CLIPS_FOLDER),
		e(Params.DATASET_SHEET).only(CLI).deprecated("--dataset"), e(Params.FRAMES_ROOT).only(CLI), e(Params.DATASET_KIND).only(CLI),
		e(Params.CLASS_SET).only(CLI), e(Params.PREDICTIONS_FILE), e(Params.ATTENTION_FOLDER), e(Params.RESUME), e(Params.OVERWRITE),
		e(Params.ENGINE), e(Params.MASTER), e(Params.SPARK_CONF), e(SpotParams.SPOT_INTERVALS), e(SpotParams.FRAME_RATE).only(CLI),
		spotting(CLI), spottingAlignment().only(CLI)),
	SHOW_ATTENTION("Show Gradient Attention", null, e(Params.ATTENTION_MAP).defaultValue(AttentionView.DEFAULT.map()), e(Params.HEAT_LUT), e(Params.OPACITY),
		e(Params.QUANTILE), e(Params.OUTPUT_FOLDER)),
	TRAIN("Train MEGANet", "train", training(false, false, e(TrainingParams.RESULT_FOLDER).only(SCIJAVA, IMAGEJ1), e(TrainingParams.MODEL_OUTPUT),
		e(TrainingParams.REPORT_FOLDER))),
	EVALUATE("Evaluate (Leave-One-Subject-Out)", "evaluate", training(false, true, e(TrainingParams.RESULT_FOLDER).flag("--report"))),
	COMPARE("Compare Input Modalities", "compare", training(true, true, e(TrainingParams.RESULT_FOLDER))),
	STUDY("Compare Settings (Variant Study)", "study", study()),
	SYNTHESISE("Generate Synthetic Dataset", "synth", e(TrainingParams.RESULT_FOLDER), e(SynthParams.SUBJECTS), e(SynthParams.CLIPS_PER_CLASS),
		e(TrainingParams.SEED).defaultValue(42), e(SynthParams.LAYOUT), e(SynthParams.IMAGE_SIZE).deprecated("--size"),
		e(SynthParams.CLASS_NAMES).deprecated("--classes"), e(SynthParams.CLIP_LENGTH).deprecated("--frames"),
		e(SynthParams.APEX_SHIFT).deprecated("--peak"), e(SynthParams.PNG_FRAMES).deprecated("--png"), e(SynthParams.DEMO_CLIP),
		e(SynthParams.LONG_RECORDINGS), e(SynthParams.RECORDING_FPS), e(SynthParams.MINUTES), e(SynthParams.VIDEOS_PER_SUBJECT),
		e(SynthParams.PRESET)),
	SPOT("Spot Micro-expressions", "spot", e(Params.CLIP), e(SpotParams.FRAME_RATE), spotting(), e(Params.OUTPUT_FOLDER),
		e(SpotParams.CLASSIFY_INTERVALS), e(Params.MODEL), e(Params.MODEL_FOLDER).only(SCIJAVA, IMAGEJ1), e(Params.DEVICE).only(SCIJAVA, IMAGEJ1),
		e(Params.CROP_FACE).only(SCIJAVA, IMAGEJ1), e(Params.CLIPS_FOLDER), e(SpotParams.INTERVALS_FILE), e(SpotParams.PLOTS_FOLDER), e(Params.RESUME),
		e(Params.OVERWRITE), spottingAlignment()),
	SPOT_EVALUATE("Evaluate Spotting (MEGC)", "spot-evaluate", e(SpotParams.RECORDING_KIND).deprecated("--dataset"), e(Params.FRAMES_ROOT), e(Params.DATASET_SHEET),
		spotting(), e(TrainingParams.RESULT_FOLDER).flag("--report"), spottingAlignment()),
	EXPORT("Export Modality Images", "export", e(Params.DATASET_KIND), e(Params.FRAMES_ROOT), e(Params.DATASET_SHEET), e(Params.CLASS_SET),
		e(TrainingParams.MODALITIES), e(TrainingParams.INPUT_SIZE), e(Params.EXPORT_FORMAT), e(TrainingParams.RESULT_FOLDER), e(Params.APEX_METHOD));

	private final String title, command;
	private final List<UseCaseEntry> entries;

	UseCase(String title, String command, Object... entries) {
		this.title = title;
		this.command = command;
		List<UseCaseEntry> list = new ArrayList<>();
		for (Object o : entries) {
			if (o instanceof UseCaseEntry) list.add((UseCaseEntry) o);
			else list.addAll(Arrays.asList((UseCaseEntry[]) o));
		}
		this.entries = Collections.unmodifiableList(list);
	}

	/** The Fiji menu title (Plugins &gt; Micro-expression &gt; title), which macros {@code run}. */
	public String title() { return title; }

	/**
	 * The {@code ./mer} subcommand ("model seal": the subcommand {@code seal} of {@code model}), or
	 * null when the operation exists in Fiji only.
	 */
	public String command() { return command; }

	/** Every entry, in dialog order. */
	public List<UseCaseEntry> entries() { return entries; }

	/**
	 * True when the front end offers this operation: the command line those with a
	 * {@link #command()}, Fiji and ImageJ 1.x all but the model-folder maintenance of the command
	 * line (sealing and verifying model.json).
	 */
	public boolean in(FrontEnd frontEnd) {
		if (frontEnd == FrontEnd.CLI) return command != null;
		return this != MODEL_SEAL && this != MODEL_VERIFY;
	}

	/** The entries a front end exposes, in dialog order; none when it does not offer the operation. */
	public List<UseCaseEntry> entries(FrontEnd frontEnd) {
		List<UseCaseEntry> out = new ArrayList<>();
		if (!in(frontEnd)) return out;
		for (UseCaseEntry e : entries)
			if (e.in(frontEnd)) out.add(e);
		return out;
	}

	/** The entry of {@code param}, or null when this operation does not take it. */
	public UseCaseEntry entry(Param<?> param) {
		for (UseCaseEntry e : entries)
			if (e.param() == param) return e;
		return null;
	}

	private static UseCaseEntry e(Param<?> p) {
		return new UseCaseEntry(p);
	}

	/**
	 * Every decision of the spotter ({@link SpotParams}), most often changed first; for
	 * {@code only} front ends when given (Classify takes them on the command line, with --spot).
	 */
	private static UseCaseEntry[] spotting(FrontEnd... only) {
		Param<?>[] params = SpotParams.decisions().toArray(new Param<?>[0]);
		UseCaseEntry[] out = new UseCaseEntry[params.length];
		for (int i = 0; i < params.length; i++) {
			out[i] = e(params[i]);
			if (only.length > 0) out[i].only(only[0], Arrays.copyOfRange(only, 1, only.length));
		}
		return out;
	}

	/**
	 * Alignment before spotting: similarity by default, as measured on the long synthetic
	 * recordings (micro-expression F1 0.023 without, 0.222 with; README "Spotting").
	 */
	private static UseCaseEntry spottingAlignment() {
		return e(Params.ALIGN).defaultValue(AlignMode.SIMILARITY.id());
	}

	/** Compare Settings: what is studied, then Compare's parameters. */
	private static UseCaseEntry[] study() {
		List<UseCaseEntry> list = new ArrayList<>(Arrays.asList(e(TrainingParams.STUDY), e(TrainingParams.VARIANTS)));
		list.addAll(Arrays.asList(training(true, true, e(TrainingParams.RESULT_FOLDER))));
		return list.toArray(new UseCaseEntry[0]);
	}

	/**
	 * Train, Evaluate and Compare: the dataset, the modality and network (or the lists Compare
	 * crosses), the input size and the optimisation, then the folders of {@code outputs}; the
	 * parameters that Fiji gained in version 0.2 come after the folders, then those of 0.3: the
	 * seeds of a multi-seed run ({@code seeds}: Evaluate and Compare) and the input scaling. New
	 * models align the faces (similarity) by default: the alignment study on the hard synthetic
	 * set (README, "Alignment") found it never significantly worse and significantly better for
	 * Dynamic Images; a single modality image (Create MESTI) keeps {@code none}.
	 */
	private static UseCaseEntry[] training(boolean compare, boolean seeds, UseCaseEntry... outputs) {
		List<UseCaseEntry> list = new ArrayList<>(Arrays.asList(e(Params.DATASET_KIND).deprecated("--dataset"), e(Params.FRAMES_ROOT),
			e(Params.DATASET_SHEET), e(Params.CLASS_SET)));
		if (compare) list.addAll(Arrays.asList(e(TrainingParams.MODALITIES), e(TrainingParams.NETWORKS)));
		else list.addAll(Arrays.asList(e(Params.MODALITY), e(Params.WEIGHTING), e(TrainingParams.NETWORK)));
		list.addAll(Arrays.asList(e(TrainingParams.INPUT_SIZE).deprecated("--size"), e(TrainingParams.NETWORK_WIDTH).deprecated("--width"),
			e(TrainingParams.EPOCHS), e(TrainingParams.BATCH_SIZE), e(TrainingParams.LEARNING_RATE), e(TrainingParams.SEED), e(Params.DEVICE)));
		list.addAll(Arrays.asList(outputs));
		list.addAll(Arrays.asList(e(Params.APEX_METHOD), e(TrainingParams.PROTOCOL), e(TrainingParams.FOLDS), e(TrainingParams.TEST_SUBJECTS),
			e(TrainingParams.WEIGHT_DECAY), e(TrainingParams.LOSS), e(TrainingParams.FOCAL_GAMMA), e(TrainingParams.VALIDATION),
			e(TrainingParams.PATIENCE), e(TrainingParams.AUGMENT), e(TrainingParams.THREADS), e(TrainingParams.CACHE_FOLDER), e(Params.RESUME),
			e(Params.ENGINE), e(Params.MASTER), e(Params.SPARK_CONF),
			e(Params.ALIGN).defaultValue(AlignMode.SIMILARITY.id())));
		if (seeds) list.add(e(TrainingParams.SEEDS));
		list.addAll(Arrays.asList(e(TrainingParams.INPUT_SCALING), e(TrainingParams.SCALING_PERCENTILE), e(TrainingParams.ZSCORE_LIMIT)));
		return list.toArray(new UseCaseEntry[0]);
	}
}
