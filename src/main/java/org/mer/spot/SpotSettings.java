package org.mer.spot;

import java.util.LinkedHashMap;
import java.util.Map;

import org.mer.core.InputException;
import org.mer.face.FaceBox;

/**
 * Every decision of the classical spotter, as an immutable value (build with {@link #builder()};
 * {@link #toMap()} puts all of them, and the frame counts they give at the recording's fps, into
 * outputs). Durations are in seconds and become frames at the recording's fps, so one settings
 * object serves recordings of 30 and 200 fps alike; the fps itself is left unset in a template
 * and filled in per recording with {@link #withFps(double)}.
 * <p>
 * The window: the signal at frame t compares t with t - k and t + k ({@link SignalKind}); k is
 * K = round(window * fps) for the default transient signal and the MEGC baseline's
 * k = (N + 1) / 2, N = round(meLength * fps) (SPEC §10, after Moilanen et al., ICPR 2014) for the
 * MEGC signal. A recording needs at least 2k + 1 frames.
 * <p>
 * Bad values throw {@link InputException} naming the field by its {@link #toMap()} key.
 */
public final class SpotSettings {
	private final double fps, meLength, window, smoothing, thresholdValue, thresholdFloor, supportFraction;
	private final double minGap, minLength, maxLength, microMax;
	private final int analysisSize;
	private final SignalKind signal;
	private final FlowMethod flow;
	private final HeadMotion headMotion;
	private final ThresholdRule thresholdRule;
	private final FaceMode faceMode;
	private final FaceBox faceBox;

	private SpotSettings(Builder b) {
		if (!Double.isNaN(b.fps)) checkFps(b.fps);
		positive("me_length_s", b.meLength);
		positive("window_s", b.window);
		if (b.analysisSize < 16 || b.analysisSize > 1024)
			throw new InputException("analysis_size must be in 16..1024 pixels, got " + b.analysisSize);
		atLeastZero("smoothing_s", b.smoothing);
		atLeastZero("threshold_value", b.thresholdValue);
		if (b.thresholdRule == ThresholdRule.MEGC && b.thresholdValue > 1)
			throw new InputException("threshold_value (p of the megc rule) must be in [0, 1], got " + b.thresholdValue);
		atLeastZero("threshold_floor_px", b.thresholdFloor);
		if (!(b.supportFraction > 0 && b.supportFraction < 1))
			throw new InputException("support_fraction must be in (0, 1), got " + b.supportFraction);
		atLeastZero("min_gap_s", b.minGap);
		atLeastZero("min_length_s", b.minLength);
		positive("max_length_s", b.maxLength);
		if (b.maxLength < b.minLength)
			throw new InputException("max_length_s (" + b.maxLength + ") must not be below min_length_s (" + b.minLength + ")");
		positive("micro_max_s", b.microMax);
		if (b.signal == null || b.flow == null || b.headMotion == null || b.thresholdRule == null || b.faceMode == null)
			throw new InputException("signal, flow, head_motion, threshold_rule and face must be set");
		if (b.faceMode == FaceMode.GIVEN && b.faceBox == null)
			throw new InputException("face_box must be given when face is 'given'");
		fps = b.fps;
		meLength = b.meLength;
		signal = b.signal;
		window = b.window;
		analysisSize = b.analysisSize;
		flow = b.flow;
		headMotion = b.headMotion;
		smoothing = b.smoothing;
		thresholdRule = b.thresholdRule;
		thresholdValue = b.thresholdValue;
		thresholdFloor = b.thresholdFloor;
		supportFraction = b.supportFraction;
		minGap = b.minGap;
		minLength = b.minLength;
		maxLength = b.maxLength;
		microMax = b.microMax;
		faceMode = b.faceMode;
		faceBox = b.faceMode == FaceMode.GIVEN ? b.faceBox : null;
	}

	private static void checkFps(double fps) {
		if (!(fps > 0) || Double.isInfinite(fps))
			throw new InputException("fps must be a frame rate > 0, got " + fps + " (missing or zero frame rate?)");
	}

	private static void positive(String field, double v) {
		if (!(v > 0) || Double.isInfinite(v)) throw new InputException(field + " must be > 0, got " + v);
	}

	private static void atLeastZero(String field, double v) {
		if (!(v >= 0) || Double.isInfinite(v)) throw new InputException(field + " must be >= 0, got " + v);
	}

	public static Builder builder() {
		return new Builder();
	}

	/** A builder preset with these settings. */
	public Builder toBuilder() {
		Builder b = new Builder();
		b.fps = fps; b.meLength = meLength; b.signal = signal; b.window = window; b.analysisSize = analysisSize; b.flow = flow; b.headMotion = headMotion;
		b.smoothing = smoothing; b.thresholdRule = thresholdRule; b.thresholdValue = thresholdValue;
		b.thresholdFloor = thresholdFloor; b.supportFraction = supportFraction; b.minGap = minGap;
		b.minLength = minLength; b.maxLength = maxLength; b.microMax = microMax; b.faceMode = faceMode; b.faceBox = faceBox;
		return b;
	}

	/** These settings at another frame rate. @throws InputException when fps is not &gt; 0 */
	public SpotSettings withFps(double fps) {
		checkFps(fps);
		return toBuilder().fps(fps).build();
	}

	/** Frames per second of the recording; NaN when not set yet. */
	public double fps() { return fps; }
	public boolean hasFps() { return !Double.isNaN(fps); }
	/** How frame t is compared with t - k and t + k (default transient). */
	public SignalKind signal() { return signal; }
	/** Typical micro-expression length N for the MEGC signal's k = (N + 1) / 2, seconds (default 0.5). */
	public double meLengthSeconds() { return meLength; }
	/** The transient signal's K, about the longest expression to spot, seconds (default 1). */
	public double windowSeconds() { return window; }
	/** Width in pixels the face box is resized to before flow (height keeps the box's aspect; default 128). */
	public int analysisSize() { return analysisSize; }
	public FlowMethod flow() { return flow; }
	public HeadMotion headMotion() { return headMotion; }
	/** Length of the centred moving average over the combined signal, seconds (default 0.1; 0 = none). */
	public double smoothingSeconds() { return smoothing; }
	public ThresholdRule thresholdRule() { return thresholdRule; }
	/** c of the MAD rule or p of the MEGC rule. */
	public double thresholdValue() { return thresholdValue; }
	/**
	 * Least height of the threshold above the signal's median, in pixels of flow at the analysis
	 * size (default 0.05): keeps a still recording (MAD near 0) from turning noise into intervals.
	 */
	public double thresholdFloor() { return thresholdFloor; }
	/**
	 * An interval reaches out from its peak while the signal stays above baseline + this fraction of
	 * the peak's height above the baseline (default 0.15: a raised-cosine expression shorter than K
	 * then gets about 3/4 of its length), see {@link PeakDetector}.
	 */
	public double supportFraction() { return supportFraction; }
	/** Least gap between two intervals, seconds (default 0.25): a peak closer to a stronger one's interval is dropped. */
	public double minGapSeconds() { return minGap; }
	/** Shortest interval kept, seconds (default 0.1). */
	public double minLengthSeconds() { return minLength; }
	/** Longest interval kept, seconds (default 4): longer motion (talking, posture) is dropped. */
	public double maxLengthSeconds() { return maxLength; }
	/** Micro/macro split: the longest duration still micro, seconds (default 0.5, SPEC §10). */
	public double microMaxSeconds() { return microMax; }
	public FaceMode faceMode() { return faceMode; }
	/** The face box in source pixels for {@link FaceMode#GIVEN}, else null. */
	public FaceBox faceBox() { return faceBox; }

	/** @throws InputException "fps is missing ..." when no frame rate is set */
	public double requireFps() {
		if (!hasFps()) throw new InputException("fps is missing: the recording's frame rate is needed to place the spotting window");
		return fps;
	}

	/** N = round(meLength * fps), at least 1 (needs fps). */
	public int meLengthFrames() {
		return (int) Math.max(1, Math.round(meLength * requireFps()));
	}

	/**
	 * The distance in frames between compared frames (needs fps): for the MEGC signal
	 * k = (N + 1) / 2; for the transient signal K = round(window * fps); at least 1.
	 */
	public int k() {
		if (signal == SignalKind.MEGC) return Math.max(1, (meLengthFrames() + 1) / 2);
		return (int) Math.max(1, Math.round(window * requireFps()));
	}

	/** 2k + 1: the fewest frames a recording needs (needs fps). */
	public int windowFrames() {
		return 2 * k() + 1;
	}

	/** Moving-average length in frames: round(smoothing * fps), made odd, at least 1 (needs fps). */
	public int smoothingFrames() {
		int w = (int) Math.max(1, Math.round(smoothing * requireFps()));
		return w % 2 == 0 ? w + 1 : w;
	}

	public int minGapFrames() { return (int) Math.round(minGap * requireFps()); }
	public int minLengthFrames() { return (int) Math.max(1, Math.round(minLength * requireFps())); }
	public int maxLengthFrames() { return (int) Math.max(1, Math.round(maxLength * requireFps())); }

	/** The type of an interval of {@code length} frames at this fps. */
	public IntervalType typeOf(int length) {
		return IntervalType.ofLength(length, requireFps(), microMax);
	}

	/**
	 * Every decision, keyed as in error messages: fps (null when unset), signal, signal_rule (the
	 * formula in words), me_length_s, window_s, flow,
	 * analysis_size, head_motion, smoothing_s, threshold_rule, threshold_value, threshold_floor_px,
	 * support_fraction, min_gap_s, min_length_s, max_length_s, micro_max_s, face, face_box (the box
	 * as "WxH+X+Y" for "given"); with fps also me_length_frames, k, window_frames, smoothing_frames,
	 * min_gap_frames, min_length_frames, max_length_frames.
	 */
	public Map<String, Object> toMap() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("fps", hasFps() ? fps : null);
		m.put("signal", signal.id());
		m.put("signal_rule", signal == SignalKind.MEGC
			? "(m(t-k,t) + m(t,t+k)) / 2, k = (N + 1) / 2, N = round(me_length_s * fps) (MEGC baseline, SPEC §10)"
			: "min(m(t-k,t), m(t,t+k)), k = round(window_s * fps)");
		m.put("me_length_s", meLength);
		m.put("window_s", window);
		m.put("flow", flow.id());
		m.put("analysis_size", analysisSize);
		m.put("head_motion", headMotion.id());
		m.put("smoothing_s", smoothing);
		m.put("threshold_rule", thresholdRule.id());
		m.put("threshold_value", thresholdValue);
		m.put("threshold_floor_px", thresholdFloor);
		m.put("support_fraction", supportFraction);
		m.put("min_gap_s", minGap);
		m.put("min_length_s", minLength);
		m.put("max_length_s", maxLength);
		m.put("micro_max_s", microMax);
		m.put("face", faceMode.id());
		m.put("face_box", faceBox == null ? null : faceBox.toString());
		if (hasFps()) {
			m.put("me_length_frames", meLengthFrames());
			m.put("k", k());
			m.put("window_frames", windowFrames());
			m.put("smoothing_frames", smoothingFrames());
			m.put("min_gap_frames", minGapFrames());
			m.put("min_length_frames", minLengthFrames());
			m.put("max_length_frames", maxLengthFrames());
		}
		return m;
	}

	@Override
	public String toString() {
		return toMap().toString();
	}

	/** Mutable builder; defaults as documented on the getters, fps unset, face "whole". */
	public static final class Builder {
		private double fps = Double.NaN, meLength = 0.5, window = 1, smoothing = 0.1, thresholdValue = ThresholdRule.MAD.defaultValue();
		private double thresholdFloor = 0.05, supportFraction = 0.15, minGap = 0.25, minLength = 0.1, maxLength = 4, microMax = 0.5;
		private int analysisSize = 128;
		private SignalKind signal = SignalKind.TRANSIENT;
		private FlowMethod flow = FlowMethod.FARNEBACK;
		private HeadMotion headMotion = HeadMotion.NOSE;
		private ThresholdRule thresholdRule = ThresholdRule.MAD;
		private FaceMode faceMode = FaceMode.WHOLE;
		private FaceBox faceBox;

		private Builder() {}

		/** Frames per second; NaN leaves it unset (checked when built). */
		public Builder fps(double v) { fps = v; return this; }
		public Builder signal(SignalKind v) { signal = v; return this; }
		public Builder meLengthSeconds(double v) { meLength = v; return this; }
		public Builder windowSeconds(double v) { window = v; return this; }
		public Builder analysisSize(int v) { analysisSize = v; return this; }
		public Builder flow(FlowMethod v) { flow = v; return this; }
		public Builder headMotion(HeadMotion v) { headMotion = v; return this; }
		public Builder smoothingSeconds(double v) { smoothing = v; return this; }
		/** Sets the rule and resets its value to the rule's default. */
		public Builder thresholdRule(ThresholdRule v) {
			thresholdRule = v;
			if (v != null) thresholdValue = v.defaultValue();
			return this;
		}
		/** Sets the rule and its value (c for MAD, p for MEGC). */
		public Builder threshold(ThresholdRule rule, double value) { thresholdRule = rule; thresholdValue = value; return this; }
		public Builder thresholdFloor(double px) { thresholdFloor = px; return this; }
		public Builder supportFraction(double v) { supportFraction = v; return this; }
		public Builder minGapSeconds(double v) { minGap = v; return this; }
		public Builder minLengthSeconds(double v) { minLength = v; return this; }
		public Builder maxLengthSeconds(double v) { maxLength = v; return this; }
		public Builder microMaxSeconds(double v) { microMax = v; return this; }
		/** Whole frame or detection (a given box needs {@link #faceBox}). */
		public Builder faceMode(FaceMode v) { faceMode = v; return this; }
		/** Sets the mode to {@link FaceMode#GIVEN} with this box (source pixels). */
		public Builder faceBox(FaceBox box) { faceMode = FaceMode.GIVEN; faceBox = box; return this; }

		/** @throws InputException naming the first bad field */
		public SpotSettings build() {
			return new SpotSettings(this);
		}
	}
}
