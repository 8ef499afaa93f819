package org.mer.app;

import static org.mer.app.FrontEnd.CLI;

import org.mer.data.synth.SynthSettings;

/** The catalogue's synthetic-dataset parameters (see {@link Params}); defaults are the generator's. */
public final class SynthParams {
	private SynthParams() {}

	public static final Param<Integer> SUBJECTS = Param.integer("subjects", "--subjects", 8).min(1).help("Number of subjects.").build();
	public static final Param<Integer> CLIPS_PER_CLASS = Param.integer("clips_per_class", "--clips-per-class", 4).min(1)
		.help("Clips per class and subject.").build();
	public static final Param<String> LAYOUT = Param.choice("layout", "--layout", SynthSettings.Layout.class, SynthSettings.Layout.CASME2)
		.help("Folder and sheet layout: casme2 or samm.").build();
	public static final Param<Integer> IMAGE_SIZE = Param.integer("image_size", "--image-size", 128).min(32).label("Image size (px)")
		.help("Frame width and height in pixels.").build();
	public static final Param<String> CLASS_NAMES = Param.list("class_names", "--class-names", "positive,negative,surprise")
		.help("Class names, comma-separated (e.g. happiness,surprise,disgust,repression,others).").build();
	public static final Param<String> CLIP_LENGTH = Param.text("clip_length", "--clip-length", "24..40").help("Clip length in frames: N or MIN..MAX.").build();
	public static final Param<String> APEX_SHIFT = Param.text("apex_shift", "--apex-shift", "0.6..1.5")
		.help("Displacement at the apex in pixels: a value or MIN..MAX.").build();
	public static final Param<Boolean> PNG_FRAMES = Param.flag("png_frames", "--png-frames", false)
		.help("Write lossless PNG frames instead of JPEG (quality 95).").build();
	public static final Param<String> PRESET = Param.choice("preset", "--preset", SynthSettings.Preset.class, SynthSettings.Preset.DEFAULT)
		.help("Generator preset: default (the original clean faces) or hard (head motion, light changes, flicker, JPEG quality 75..95, "
			+ "blinks, macro-expression leak, classes sharing an action unit, 200 fps clips of 0.25..0.5 s, peak 0.2..1.5 px); with hard, "
			+ "clip_length and apex_shift at their defaults mean the preset's, other values replace them.")
		.build();
	public static final Param<Boolean> DEMO_CLIP = Param.flag("demo", "--demo", false).only(CLI)
		.help("Write one demo clip of the first class instead of a dataset.").build();
}
