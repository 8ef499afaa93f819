package org.mer.app;

import static org.mer.app.FrontEnd.CLI;
import static org.mer.app.FrontEnd.IMAGEJ1;
import static org.mer.app.FrontEnd.SCIJAVA;

import org.mer.data.recording.RecordingKind;
import org.mer.spot.FaceMode;
import org.mer.spot.FlowMethod;
import org.mer.spot.HeadMotion;
import org.mer.spot.SignalKind;
import org.mer.spot.ThresholdRule;

/**
 * The catalogue's spotting parameters (see {@link Params}): one per decision of
 * {@link org.mer.spot.SpotSettings}, with its defaults (durations in seconds, so one setting
 * serves 30 and 200 fps recordings), the recording's frame rate, the long-video dataset layout
 * and the spotting outputs. {@link SpotValues} turns them into settings.
 */
public final class SpotParams {
	private SpotParams() {}

	// the recording
	public static final Param<Double> FRAME_RATE = Param.number("frame_rate", "--fps", 0).min(0).label("Frame rate (fps)")
		.help("Frames per second of the recording; 0 = the video's own rate (or the image's Frame interval). A frame folder needs it.").build();

	// the spotter's decisions, in dialog order
	public static final Param<String> FACE_MODE = Param.choice("face_mode", "--face", FaceMode.class, FaceMode.WHOLE)
		.help("Where the face is: whole (the frames are face crops), given (face_box) or detect (Haar cascade on the first frame, then fixed).").build();
	public static final Param<String> FACE_BOX = Param.text("face_box", "--face-box").label("Face box (WxH+X+Y)")
		.help("The face box in source pixels for face_mode given, e.g. 200x200+220+140.").build();
	public static final Param<String> SIGNAL = Param.choice("spot_signal", "--signal", SignalKind.class, SignalKind.TRANSIENT).label("Signal")
		.help("How frame t is compared with t-k and t+k: transient (min of both sides, k = window) or megc (mean of both sides, k = (N+1)/2, MEGC baseline).")
		.build();
	public static final Param<Double> WINDOW = Param.number("window_s", "--window", 1).min(0.01).label("Window (s)")
		.help("The transient signal's k in seconds: about the longest expression to spot.").build();
	public static final Param<Double> ME_LENGTH = Param.number("me_length_s", "--me-length", 0.5).min(0.01).label("Micro-expression length N (s)")
		.help("The megc signal's typical micro-expression length N; k = (N + 1) / 2 frames.").build();
	public static final Param<String> THRESHOLD_RULE = Param.choice("threshold_rule", "--threshold-rule", ThresholdRule.class, ThresholdRule.MAD)
		.help("mad: median + c * 1.4826 MAD of the recording's signal (robust); megc: mean + p (max - mean) (MEGC baseline).").build();
	public static final Param<Double> THRESHOLD_VALUE = Param.number("threshold_value", "--threshold", 0).min(0).label("Threshold c or p")
		.help("c of the mad rule or p (0..1) of the megc rule; 0 = the rule's default (c = 6, p = 0.3).").build();
	public static final Param<Double> THRESHOLD_FLOOR = Param.number("threshold_floor_px", "--threshold-floor", 0.05).min(0)
		.label("Threshold floor (px)").help("Least height of the threshold above the signal's median, flow pixels: keeps a still recording quiet.").build();
	public static final Param<String> FLOW = Param.choice("flow_method", "--flow", FlowMethod.class, FlowMethod.FARNEBACK)
		.help("Dense optical flow of the signal: farneback (default, more sensitive) or dis (faster).").build();
	public static final Param<String> HEAD_MOTION = Param.choice("head_motion", "--head-motion", HeadMotion.class, HeadMotion.NOSE)
		.help("nose: head translation removed with the nose region as reference; none: flow as it is (for aligned input).").build();
	public static final Param<Integer> ANALYSIS_SIZE = Param.integer("analysis_size", "--analysis-size", 128).min(16).max(1024)
		.label("Analysis size (px)").help("Width the face box is resized to before the flow.").build();
	public static final Param<Double> SMOOTHING = Param.number("smoothing_s", "--smoothing", 0.1).min(0).label("Smoothing (s)")
		.help("Length of the moving average over the signal; 0 = none.").build();
	public static final Param<Double> SUPPORT_FRACTION = Param.number("support_fraction", "--support-fraction", 0.15).min(0.01).max(0.99)
		.help("An interval reaches out from its peak while the signal stays above baseline + this fraction of the peak's height.").build();
	public static final Param<Double> MIN_GAP = Param.number("min_gap_s", "--min-gap", 0.25).min(0).label("Min gap (s)")
		.help("Least gap between two intervals; a peak closer to a stronger one's interval is dropped.").build();
	public static final Param<Double> MIN_LENGTH = Param.number("min_length_s", "--min-length", 0.1).min(0).label("Min length (s)")
		.help("Shortest interval kept.").build();
	public static final Param<Double> MAX_LENGTH = Param.number("max_length_s", "--max-length", 4).min(0.01).label("Max length (s)")
		.help("Longest interval kept; longer motion (talking, posture) is dropped.").build();
	public static final Param<Double> MICRO_MAX = Param.number("micro_max_s", "--micro-max", 0.5).min(0.01).label("Micro max (s)")
		.help("The longest duration still called micro (SPEC: 0.5 s); longer intervals are macro.").build();

	// outputs and batches
	public static final Param<String> INTERVALS_FILE = Param.path("intervals_file", "--out", Param.Type.FILE).only(CLI)
		.help("Intervals CSV to write (path, onset, apex, offset, type, score, error); the settings go to <name>.settings.json beside it.").build();
	public static final Param<String> PLOTS_FOLDER = Param.path("plots_folder", "--plots", Param.Type.FOLDER).only(CLI)
		.help("Also write each recording's signal plot (PNG: signal, threshold, intervals) here.").build();
	public static final Param<Boolean> CLASSIFY_INTERVALS = Param.flag("classify_intervals", "--classify-intervals", false).only(SCIJAVA, IMAGEJ1)
		.label("Classify each micro interval").help("Classify each spotted micro interval with the model (MESTI from the spotted onset, apex, offset).")
		.build();
	public static final Param<Boolean> SPOT_INTERVALS = Param.flag("spot_intervals", "--spot", false).only(CLI)
		.help("Spot the micro-expressions of each recording first, then classify each micro interval (one row per interval; spotting settings apply).")
		.build();

	// spotting evaluation
	public static final Param<String> RECORDING_KIND = Param.choice("recording_kind", "--kind", RecordingKind.class, RecordingKind.CASME2_LV)
		.help("Long-video dataset layout: casme2-lv, samm-lv, casme3-lv or synth-lv (./mer synth --long).").build();

	/** The spotter's decisions, in dialog order (most often changed first). */
	static java.util.List<Param<?>> decisions() {
		return java.util.Arrays.asList(FACE_MODE, FACE_BOX, SIGNAL, WINDOW, ME_LENGTH, THRESHOLD_RULE, THRESHOLD_VALUE, THRESHOLD_FLOOR, FLOW, HEAD_MOTION,
			ANALYSIS_SIZE, SMOOTHING, SUPPORT_FRACTION, MIN_GAP, MIN_LENGTH, MAX_LENGTH, MICRO_MAX);
	}
}
