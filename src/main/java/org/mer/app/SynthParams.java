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

	// long recordings for spotting (synth-lv layout)
	public static final Param<Boolean> LONG_RECORDINGS = Param.flag("long_recordings", "--long", false).label("Long recordings (for spotting)")
		.help("Write long recordings with micro- and macro-expressions, blinks, head drift and turns (synth-lv layout: frame folders, videos, sheet, "
			+ "ground truth) instead of a dataset of clips; clips_per_class, layout, clip_length and apex_shift then do not apply.").build();
	public static final Param<Integer> RECORDING_FPS = Param.integer("recording_fps", "--fps", 30).min(1).max(1000).label("Recording fps")
		.help("Long recordings: frames per second (the public sets use 30, 100 or 200).").build();
	public static final Param<String> MINUTES = Param.text("minutes", "--minutes", "1..3").label("Minutes per recording")
		.help("Long recordings: duration of each recording in minutes, N or MIN..MAX (each recording draws its own).").build();
	public static final Param<Integer> VIDEOS_PER_SUBJECT = Param.integer("videos_per_subject", "--videos-per-subject", 2).min(1).max(99)
		.help("Long recordings: recordings per subject.").build();
}
