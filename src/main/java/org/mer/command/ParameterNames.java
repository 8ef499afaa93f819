package org.mer.command;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.mer.attention.AttentionRegions;
import org.mer.ij.AttentionOverlay;
import org.mer.ij.HeatLuts;
import org.mer.mesti.MestiWeighting;
import org.mer.mesti.ModalityKind;

/**
 * The one place for parameter names, choices and defaults shared by the SciJava commands,
 * the ImageJ 1.x plug-ins (whose dialog labels are these names with the first letter upper
 * case, so the macro recorder records exactly these keys) and the command line.
 * <p>
 * Names are lowercase snake_case and no name is the tail of another: ImageJ's option parser
 * finds {@code key=} anywhere after a non-letter, so {@code path} would also match inside
 * {@code model_path=}. {@code ParameterNamesTest} checks this for every constant whose name
 * does not start with {@code DEFAULT_} or {@code CHOICE_}.
 */
public final class ParameterNames {
	private ParameterNames() {}

	/** Frame folder or video file; empty means the current image. */
	public static final String CLIP = "clip";
	/** Absolute frame numbers; 0 means first frame / spotted apex / last frame. */
	public static final String ONSET_FRAME = "onset_frame";
	public static final String APEX_FRAME = "apex_frame";
	public static final String OFFSET_FRAME = "offset_frame";
	/** MESTI weighting: a {@link MestiWeighting#id()}. */
	public static final String WEIGHTING = "weighting";
	/** Input modality: a {@link ModalityKind#id()}. */
	public static final String MODALITY = "modality";
	/** {@link #CHOICE_RAW} or {@link #CHOICE_8BIT}. */
	public static final String OUTPUT_TYPE = "output_type";
	/** Crop every frame to the face found in the onset frame. */
	public static final String CROP_FACE = "crop_face";
	/** Optional file to write the result to (.tif, or .png for 8-bit); empty writes nothing. */
	public static final String OUTPUT_FILE = "output_file";
	/** Installed model name (under {@code <ImageJ>/models/MEGANet/}). */
	public static final String MODEL = "model";
	/** Any model folder; when not empty it wins over {@link #MODEL}. */
	public static final String MODEL_FOLDER = "model_folder";
	/** "auto", "cpu" or "gpu". */
	public static final String DEVICE = "device";
	/** Show the Gradient Attention overlay on the classified image. */
	public static final String SHOW_ATTENTION = "show_attention";
	/** "mean" or "block 1", "block 2", ... */
	public static final String ATTENTION_MAP = "attention_map";
	/** Base image for the attention overlay: {@link #CHOICE_MODALITY_IMAGE} or {@link #CHOICE_APEX_FRAME}. */
	public static final String OVERLAY_ON = "overlay_on";
	/** Heat-map LUT, one of {@link HeatLuts#names()}. */
	public static final String HEAT_LUT = "heat_lut";
	public static final String OPACITY = "opacity";
	/** Regions are the pixels above this quantile of the map (0.9: the top 10%). */
	public static final String QUANTILE = "quantile";
	/** Folder for per-clip outputs (CSV, attention PNG/TIFF/ROI zip); empty writes nothing. */
	public static final String OUTPUT_FOLDER = "output_folder";
	/** Dataset sheet (CSV or Excel) and the root its frame folders are relative to. */
	public static final String DATASET_SHEET = "dataset_sheet";
	public static final String FRAMES_ROOT = "frames_root";
	/** Dataset layout id: casme2, samm, smic, casme3, mmew, megc or csv. */
	public static final String DATASET_KIND = "dataset_kind";
	/** Class set name (e.g. megc-3, casme2-5) or a mapping csv; empty: the dataset's usual set. */
	public static final String CLASS_SET = "class_set";
	/** Network architecture id (meganet, meganet-noga, resnet18, ...); {@link #NETWORKS} for a list. */
	public static final String NETWORK = "network";
	public static final String NETWORKS = "networks";
	/** Channels of the network's first stage; 0 = the architecture's default. */
	public static final String NETWORK_WIDTH = "network_width";
	/** Network input size in pixels (square). */
	public static final String INPUT_SIZE = "input_size";
	/** Folder a trained model or a report is written to. */
	public static final String RESULT_FOLDER = "result_folder";
	public static final String EPOCHS = "epochs";
	public static final String BATCH_SIZE = "batch_size";
	public static final String LEARNING_RATE = "learning_rate";
	public static final String SEED = "seed";
	/** Comma-separated modality ids to compare. */
	public static final String MODALITIES = "modalities";
	public static final String SUBJECTS = "subjects";
	public static final String CLIPS_PER_CLASS = "clips_per_class";
	public static final String IMAGE_SIZE = "image_size";
	/** Synthetic dataset layout: {@link #CHOICE_CASME2} or {@link #CHOICE_SAMM}. */
	public static final String LAYOUT = "layout";

	/** Weighting ids as constants for annotation choice lists (same order as {@link MestiWeighting}). */
	public static final String CHOICE_APEX_PEAK = "apex_peak";
	public static final String CHOICE_RANK_POOLED = "rank_pooled";
	/** Modality ids as constants for annotation choice lists (same order as {@link ModalityKind}). */
	public static final String CHOICE_MESTI = "mesti";
	public static final String CHOICE_DYNAMIC_IMAGE = "dynamic-image";
	public static final String CHOICE_APEX = "apex";
	public static final String CHOICE_DIFFERENCE = "difference";
	public static final String CHOICE_FLOW = "flow";
	public static final String CHOICE_AUTO = "auto";
	public static final String CHOICE_CPU = "cpu";
	public static final String CHOICE_GPU = "gpu";
	public static final String CHOICE_CASME2 = "casme2";
	public static final String CHOICE_SAMM = "samm";
	public static final String CHOICE_MODALITY_IMAGE = "modality image";
	public static final String CHOICE_APEX_FRAME = "apex frame";
	public static final String CHOICE_HEAT = HeatLuts.HEAT;
	public static final String CHOICE_INFERNO = HeatLuts.INFERNO;
	public static final String CHOICE_JET = HeatLuts.JET;
	public static final String CHOICE_RAW = "raw 32-bit";
	public static final String CHOICE_8BIT = "8-bit";
	public static final String CHOICE_MEAN = "mean";

	public static final String DEFAULT_WEIGHTING = MestiWeighting.APEX_PEAK.id();
	public static final String DEFAULT_MODALITY = ModalityKind.MESTI.id();
	public static final String DEFAULT_OUTPUT_TYPE = CHOICE_RAW;
	public static final String DEFAULT_DEVICE = CHOICE_AUTO;
	public static final String DEFAULT_MODEL = "demo";
	public static final String DEFAULT_HEAT_LUT = HeatLuts.HEAT;
	public static final double DEFAULT_OPACITY = AttentionOverlay.DEFAULT_OPACITY;
	public static final double DEFAULT_QUANTILE = AttentionRegions.DEFAULT_QUANTILE;
	public static final String DEFAULT_ATTENTION_MAP = CHOICE_MEAN;
	public static final String DEFAULT_DATASET_KIND = "casme2";
	public static final String DEFAULT_NETWORK = "meganet";
	public static final String DEFAULT_NETWORKS = "meganet,resnet18";
	public static final String DEFAULT_MODALITIES = "mesti,dynamic-image,apex,difference,flow";
	public static final int DEFAULT_INPUT_SIZE = 128;
	public static final int DEFAULT_EPOCHS = 40;
	public static final int DEFAULT_BATCH_SIZE = 16;
	public static final double DEFAULT_LEARNING_RATE = 1e-3;
	public static final int DEFAULT_SUBJECTS = 8;
	public static final int DEFAULT_CLIPS_PER_CLASS = 4;
	public static final int DEFAULT_SEED = 42;
	public static final int DEFAULT_IMAGE_SIZE = 128;

	/** Output type choices, default first. */
	public static String[] outputTypes() {
		return new String[] { CHOICE_RAW, CHOICE_8BIT };
	}

	/** Weighting ids, default first. */
	public static String[] weightings() {
		MestiWeighting[] values = MestiWeighting.values();
		String[] ids = new String[values.length];
		for (int i = 0; i < values.length; i++)
			ids[i] = values[i].id();
		return ids;
	}

	/** Modality ids, MESTI first. */
	public static String[] modalities() {
		ModalityKind[] values = ModalityKind.values();
		String[] ids = new String[values.length];
		for (int i = 0; i < values.length; i++)
			ids[i] = values[i].id();
		return ids;
	}

	/** Device choices, default first. */
	public static String[] devices() {
		return new String[] { CHOICE_AUTO, CHOICE_CPU, CHOICE_GPU };
	}

	/** Heat-map LUT names, default first. */
	public static String[] heatLuts() {
		return HeatLuts.names().toArray(new String[0]);
	}

	/** "Onset_frame" for "onset_frame": an ImageJ 1.x dialog label whose macro key is the name. */
	public static String label(String name) {
		return Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

	/** Every parameter name declared here (for the tail check). */
	public static List<String> all() {
		List<String> names = new ArrayList<>();
		for (Field f : ParameterNames.class.getFields()) {
			if (!Modifier.isStatic(f.getModifiers()) || f.getType() != String.class) continue;
			if (f.getName().startsWith("DEFAULT_") || f.getName().startsWith("CHOICE_")) continue;
			try {
				names.add((String) f.get(null));
			}
			catch (IllegalAccessException e) {
				throw new IllegalStateException(e);
			}
		}
		return Collections.unmodifiableList(names);
	}
}
