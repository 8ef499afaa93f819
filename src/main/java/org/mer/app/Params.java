package org.mer.app;

import static org.mer.app.FrontEnd.CLI;
import static org.mer.app.FrontEnd.IMAGEJ1;
import static org.mer.app.FrontEnd.SCIJAVA;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.mer.align.AlignMode;
import org.mer.attention.AttentionRegions;
import org.mer.clip.ApexMethod;
import org.mer.core.Ids;
import org.mer.data.DatasetKind;
import org.mer.export.ExportFormat;
import org.mer.ij.AttentionOverlay;
import org.mer.ij.HeatLuts;
import org.mer.mesti.MestiWeighting;
import org.mer.mesti.ModalityKind;
import org.mer.net.DeviceChoice;

/**
 * The one parameter catalogue: every user parameter of the plugin, with its macro key, its
 * command-line flag, its type, default, choices and help ({@link Param}). The SciJava commands
 * name their fields by {@link Param#key()}, the ImageJ 1.x dialogs are built from these entries,
 * and the command line's options are made from them, so the three front ends cannot drift apart;
 * {@link UseCase} says which parameters each operation takes. This class holds the clip, modality,
 * model, attention, dataset and output parameters; {@link TrainingParams} the network and
 * optimisation ones, {@link SynthParams} the generator's. {@link #all()} lists them all.
 * <p>
 * Keys are lowercase snake_case and no key is the tail of another (ImageJ 1.x finds
 * {@code key=} anywhere after a non-letter in a macro's options, so {@code file} would also match
 * inside {@code output_file=}); {@code ParamsTest} checks it.
 */
public final class Params {
	private Params() {}

	// the clip
	public static final Param<String> CLIP = Param.path("clip", "--clip", Param.Type.FILE_OR_FOLDER).aliases("--frames", "--video")
		.label("Clip (frame folder or video)")
		.help("Frame folder (jpg, png, bmp, tif; numbered files, sorted numerically) or video file (avi, mp4, mov; frames numbered from 1); in Fiji, empty means the current image.")
		.build();
	public static final Param<Integer> ONSET_FRAME = Param.integer("onset_frame", "--onset", 0).min(0)
		.help("Onset frame number, absolute as the file names or the sheet give it; 0 = the first frame.").build();
	public static final Param<Integer> APEX_FRAME = Param.integer("apex_frame", "--apex", 0).min(0)
		.help("Apex frame number; 0 = spotted with the apex method (a given apex outside the clip is refused).").build();
	public static final Param<Integer> OFFSET_FRAME = Param.integer("offset_frame", "--offset", 0).min(0)
		.help("Offset frame number; 0 = the last frame.").build();
	public static final Param<String> APEX_METHOD = Param.choice("apex_method", "--apex-method", () -> Ids.ids(ApexMethod.class, ApexMethod::spots),
		ApexMethod.MOTION.id()).help("How the apex is spotted when none is given: motion (largest change from the onset) or midpoint.").build();
	public static final Param<String> ALIGN = Param.choice("align", "--align", AlignMode.class, AlignMode.NONE)
		.help("Head-motion alignment (SPEC §11) before anything reads the frames: each frame registered to the onset (a clip) or, when "
			+ "spotting a recording, to a reference renewed every 100 frames: none, translation, similarity or affine.").build();
	public static final Param<Boolean> CROP_FACE = Param.flag("crop_face", "--crop-face", false)
		.help("Detect the face on the onset frame and crop every frame to that box.").build();

	// the modality
	public static final Param<String> MODALITY = Param.choice("modality", "--modality", ModalityKind.class, ModalityKind.MESTI)
		.help("Input modality: mesti, dynamic-image, apex, difference or flow (onset-apex TV-L1 flow with strain).").build();
	public static final Param<String> WEIGHTING = Param.choice("weighting", "--weighting", MestiWeighting.class, MestiWeighting.APEX_PEAK)
		.help("MESTI weighting: apex_peak (largest weight at the apex) or rank_pooled; MESTI only.").build();
	public static final Param<String> OUTPUT_TYPE = Param.choice("output_type", "--output-type", Choices.OutputType.class, Choices.OutputType.RAW)
		.only(SCIJAVA, IMAGEJ1).help("The returned image: raw 32-bit values or the 8-bit form (global min-max).").build();
	public static final Param<String> OUTPUT_FILE = Param.path("output_file", "--out", Param.Type.FILE).label("Output file (.tif or .png)")
		.help("File to write: .png gives the 8-bit PNG, any other name an ImageJ TIFF (raw 32-bit, one slice per channel, settings in its Info); empty writes nothing.")
		.build();
	public static final Param<String> PNG_FILE = Param.path("png_file", "--png", Param.Type.FILE).only(CLI)
		.help("Also write the 8-bit form (global min-max) as PNG.").build();

	// the model and the attention
	public static final Param<String> MODEL = Param.choice("model", "--installed-model", InstalledModels::choices, InstalledModels.DEMO)
		.only(SCIJAVA, IMAGEJ1).label("Installed model").help("A model installed under <Fiji>/models/MEGANet/.").build();
	public static final Param<String> MODEL_FOLDER = Param.path("model_folder", "--model", Param.Type.FOLDER).aliases("--model-folder")
		.help("A model folder (model.json and weights); in Fiji it wins over the installed model when not empty.").build();
	public static final Param<String> DEVICE = Param.choice("device", "--device", DeviceChoice.class, DeviceChoice.AUTO)
		.help("Where the network runs: auto (a CUDA GPU when one is seen), cpu or gpu.").build();
	public static final Param<Boolean> SHOW_ATTENTION = Param.flag("show_attention", "--show-attention", true).only(SCIJAVA, IMAGEJ1)
		.help("Draw the Gradient Attention overlay on the result image.").build();
	public static final Param<String> OVERLAY_ON = Param.choice("overlay_on", "--overlay-on", Choices.OverlayBase.class, Choices.OverlayBase.MODALITY_IMAGE)
		.help("The image the attention overlay is drawn on.").build();
	public static final Param<String> ATTENTION_MAP = Param.text("attention_map", "--attention-map").only(SCIJAVA, IMAGEJ1)
		.help("mean, product (geometric mean) or max of all Gradient Attention blocks, or block 1, block 2, ... (1 = the first, finest block).").build();
	public static final Param<String> HEAT_LUT = Param.choice("heat_lut", "--heat-lut", HeatLuts::names, HeatLuts.HEAT).label("Heat LUT")
		.help("Colour table of the attention overlay.").build();
	public static final Param<Double> OPACITY = Param.number("opacity", "--opacity", AttentionOverlay.DEFAULT_OPACITY).min(0).max(1)
		.help("Opacity of the attention overlay, 0..1.").build();
	public static final Param<Double> QUANTILE = Param.number("quantile", "--quantile", AttentionRegions.DEFAULT_QUANTILE).min(0).max(0.999)
		.label("Quantile (regions: pixels above it)").help("Attention regions are the pixels above this quantile of the map (0.9: the top 10%).").build();
	public static final Param<String> OUTPUT_FOLDER = Param.path("output_folder", "--output-folder", Param.Type.FOLDER).only(SCIJAVA, IMAGEJ1)
		.help("Folder for the outputs (Classify: predictions.csv, the image PNG and the attention PNG, TIFF and ROI zip; Spot: intervals.csv, its settings and the signal plot PNG); empty writes nothing.").build();

	// datasets
	public static final Param<String> DATASET_KIND = Param.choice("dataset_kind", "--kind", DatasetKind.class, DatasetKind.CASME2)
		.help("Dataset layout: casme2, samm, smic, casme3, mmew, megc or csv.").build();
	public static final Param<String> FRAMES_ROOT = Param.path("frames_root", "--root", Param.Type.FOLDER).label("Frames root (dataset folder)")
		.help("The dataset folder as distributed; the sheet's frame folders are relative to it.").build();
	public static final Param<String> DATASET_SHEET = Param.path("dataset_sheet", "--sheet", Param.Type.FILE)
		.help("Coding sheet (xls, xlsx, csv); empty: the one found under the frames root.").build();
	public static final Param<String> CLASS_SET = Param.text("class_set", "--classes")
		.help("Class set (e.g. megc-3, casme2-5) or an 'emotion,class' csv file; empty: the dataset's usual set.").build();

	// export
	public static final Param<String> EXPORT_FORMAT = Param.choice("export_format", "--format", ExportFormat.class, ExportFormat.NPZ)
		.help("File format of the exported images: npz (one archive per sample, a float32 (channel, y, x) array per modality), png (8-bit, for looking) or tiff (float32 ImageJ TIFF).")
		.build();

	// command-line only: batches, resuming, engines
	public static final Param<String> CLIPS_FOLDER = Param.path("clips_folder", "--tree", Param.Type.FOLDER).only(CLI)
		.help("Every clip under a folder: each folder of frame files and each video file.").build();
	public static final Param<String> PREDICTIONS_FILE = Param.path("predictions_file", "--out", Param.Type.FILE).only(CLI)
		.help("Prediction CSV to write (one row per clip).").build();
	public static final Param<String> ATTENTION_FOLDER = Param.path("attention_folder", "--attention-dir", Param.Type.FOLDER).only(CLI)
		.help("Also write, per clip, the modality PNG and the attention overlay PNG, map TIFF and ROI zip here.").build();
	public static final Param<Boolean> RESUME = Param.flag("resume", "--resume", false).only(CLI)
		.help("Keep what an interrupted run wrote (CSV rows, fold checkpoints) and do only what is missing.").build();
	public static final Param<Boolean> OVERWRITE = Param.flag("overwrite", "--overwrite", false).only(CLI)
		.help("Replace an existing output that this tool did not start (never a folder holding an input).").build();
	public static final Param<String> ENGINE = Param.choice("engine", "--engine", Choices.Engine.class, Choices.Engine.LOCAL).only(CLI)
		.help("Where the work runs: local (this JVM) or spark (each fold or clip batch a Spark task; see docs/spark.md).").build();
	public static final Param<String> MASTER = Param.text("master", "--master").only(CLI)
		.help("Spark master with --engine spark: local[*], spark://host:port, yarn, k8s://... (default: spark-submit's, else local[*]).").build();
	public static final Param<String> SPARK_CONF = Param.list("spark_conf", "--spark-conf", "").only(CLI)
		.help("Spark settings with --engine spark, comma-separated key=value (repeatable), e.g. spark.executor.memory=4g.").build();

	/** Every parameter of the catalogue ({@link Params}, {@link TrainingParams}, {@link SynthParams}, {@link SpotParams}). */
	public static List<Param<?>> all() {
		List<Param<?>> all = new ArrayList<>();
		for (Class<?> holder : new Class<?>[] { Params.class, TrainingParams.class, SynthParams.class, SpotParams.class })
			for (Field f : holder.getFields())
				if (Modifier.isStatic(f.getModifiers()) && f.getType() == Param.class) {
					try {
						all.add((Param<?>) f.get(null));
					}
					catch (IllegalAccessException e) {
						throw new IllegalStateException(e);
					}
				}
		return Collections.unmodifiableList(all);
	}

	/** The entry whose key is {@code key}, or null. */
	public static Param<?> byKey(String key) {
		for (Param<?> p : all())
			if (p.key().equals(key)) return p;
		return null;
	}
}
