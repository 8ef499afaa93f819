package org.mer.data.synth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Immutable settings of synthetic long recordings ({@link LongRecordingGenerator}). Build with
 * {@link #builder()}; a bad value throws naming the field. Sizes in pixels, durations in seconds,
 * rates per minute of recording, displacements in pixels at the apex, noise in grey levels.
 * Defaults and ranges:
 * <ul>
 * <li>subjects 3 (1..99), videosPerSubject 2 (1..99), seed 42, size 128x128 (16..1024; even when
 * an mp4 is written), fps 30 (1..1000; the public sets use 30, 100 or 200);</li>
 * <li>recording duration 60..180 s (each recording draws its own; 0.5..1800);</li>
 * <li>classes positive, negative, surprise (labels of the expressions; each its motions,
 * {@link ClassMotions});</li>
 * <li>micro-expressions 4 per minute, 0.2..0.5 s (at most 0.5 s, SPEC §10's micro rule), peak
 * 0.3..1.0 px; macro-expressions 3 per minute, 0.6..4 s (more than 0.5 s), peak 2..5 px; both
 * Poisson, placed without overlapping each other (gap at least 0.3 s);</li>
 * <li>blinks 15 per minute (0..60), 0.1..0.4 s each, anywhere (also during expressions);</li>
 * <li>nuisances {@link Nuisances#hard()} (drift, quick turns outside expressions, light, flicker,
 * shot noise, JPEG quality drawn per recording), read noise 2;</li>
 * <li>outputs: frame folders (JPEG), a lossless video (FFV1 in .avi; or .mkv) and an mp4, all on;
 * grey false (RGB).</li>
 * </ul>
 */
public final class LongSynthSettings {
	private final int subjects, videosPerSubject, width, height, jpegQuality;
	private final long seed;
	private final double fps, minSeconds, maxSeconds, microPerMinute, macroPerMinute, blinksPerMinute, noiseSigma;
	private final double minMicroSeconds, maxMicroSeconds, minMicroPeak, maxMicroPeak, minMacroSeconds, maxMacroSeconds, minMacroPeak, maxMacroPeak;
	private final List<String> classes;
	private final Nuisances nuisances;
	private final FrameFormat format;
	private final boolean frames, lossless, mp4, grey;
	private final String losslessContainer;

	private LongSynthSettings(Builder b) {
		subjects = range("subjects", b.subjects, 1, 99);
		videosPerSubject = range("videosPerSubject", b.videosPerSubject, 1, 99);
		width = range("width", b.width, 16, 1024);
		height = range("height", b.height, 16, 1024);
		jpegQuality = range("jpegQuality", b.jpegQuality, 1, 100);
		seed = b.seed;
		fps = range("fps", b.fps, 1, 1000);
		minSeconds = range("minSeconds", b.minSeconds, 0.5, 1800);
		maxSeconds = range("maxSeconds", b.maxSeconds, minSeconds, 1800);
		microPerMinute = range("microPerMinute", b.microPerMinute, 0, 60);
		macroPerMinute = range("macroPerMinute", b.macroPerMinute, 0, 60);
		blinksPerMinute = range("blinksPerMinute", b.blinksPerMinute, 0, 60);
		noiseSigma = range("noiseSigma", b.noiseSigma, 0, 50);
		minMicroSeconds = range("minMicroSeconds", b.minMicroSeconds, 0.01, 0.5);
		maxMicroSeconds = range("maxMicroSeconds", b.maxMicroSeconds, minMicroSeconds, 0.5);
		minMicroPeak = range("minMicroPeak", b.minMicroPeak, 0.01, 5);
		maxMicroPeak = range("maxMicroPeak", b.maxMicroPeak, minMicroPeak, 5);
		if (!(b.minMacroSeconds > 0.5)) throw new IllegalArgumentException("minMacroSeconds must be more than 0.5, got " + b.minMacroSeconds);
		minMacroSeconds = b.minMacroSeconds;
		maxMacroSeconds = range("maxMacroSeconds", b.maxMacroSeconds, minMacroSeconds, 10);
		minMacroPeak = range("minMacroPeak", b.minMacroPeak, 0.1, 30);
		maxMacroPeak = range("maxMacroPeak", b.maxMacroPeak, minMacroPeak, 30);
		if (b.classes.isEmpty()) throw new IllegalArgumentException("classes: at least one");
		List<String> cl = new ArrayList<>();
		for (String c : b.classes) {
			String n = c.trim().toLowerCase(Locale.ROOT);
			if (n.isEmpty() || cl.contains(n)) throw new IllegalArgumentException("classes must be distinct and non-empty: " + b.classes);
			cl.add(n);
		}
		classes = Collections.unmodifiableList(cl);
		nuisances = Objects.requireNonNull(b.nuisances, "nuisances");
		format = Objects.requireNonNull(b.format, "format");
		frames = b.frames;
		lossless = b.lossless;
		mp4 = b.mp4;
		grey = b.grey;
		if (!b.losslessContainer.equals("avi") && !b.losslessContainer.equals("mkv"))
			throw new IllegalArgumentException("losslessContainer must be avi or mkv, got " + b.losslessContainer);
		losslessContainer = b.losslessContainer;
		if (!frames && !lossless && !mp4) throw new IllegalArgumentException("outputs: at least one of frames, lossless video, mp4");
		if (mp4 && (width % 2 != 0 || height % 2 != 0)) throw new IllegalArgumentException("width and height must be even for mp4, got " + width + "x" + height);
	}

	private static int range(String field, int v, int min, int max) {
		if (v < min || v > max) throw new IllegalArgumentException(field + " must be in " + min + ".." + max + ", got " + v);
		return v;
	}

	private static double range(String field, double v, double min, double max) {
		if (!(v >= min && v <= max)) throw new IllegalArgumentException(field + " must be in [" + min + ", " + max + "], got " + v);
		return v;
	}

	public static Builder builder() {
		return new Builder();
	}

	public int subjects() { return subjects; }
	public int videosPerSubject() { return videosPerSubject; }
	public long seed() { return seed; }
	public int width() { return width; }
	public int height() { return height; }
	public double fps() { return fps; }
	/** Range of the recording durations, seconds. */
	public double minSeconds() { return minSeconds; }
	public double maxSeconds() { return maxSeconds; }
	public List<String> classes() { return classes; }
	public double microPerMinute() { return microPerMinute; }
	public double macroPerMinute() { return macroPerMinute; }
	public double blinksPerMinute() { return blinksPerMinute; }
	public double minMicroSeconds() { return minMicroSeconds; }
	public double maxMicroSeconds() { return maxMicroSeconds; }
	public double minMicroPeak() { return minMicroPeak; }
	public double maxMicroPeak() { return maxMicroPeak; }
	public double minMacroSeconds() { return minMacroSeconds; }
	public double maxMacroSeconds() { return maxMacroSeconds; }
	public double minMacroPeak() { return minMacroPeak; }
	public double maxMacroPeak() { return maxMacroPeak; }
	public Nuisances nuisances() { return nuisances; }
	/** Standard deviation of the Gaussian read noise, grey levels. */
	public double noiseSigma() { return noiseSigma; }
	public FrameFormat format() { return format; }
	/** JPEG quality when the nuisances give no range. */
	public int jpegQuality() { return jpegQuality; }
	public boolean writesFrames() { return frames; }
	public boolean writesLossless() { return lossless; }
	public boolean writesMp4() { return mp4; }
	/** "avi" or "mkv". */
	public String losslessContainer() { return losslessContainer; }
	public boolean grey() { return grey; }

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "subjects=%d videos=%d seed=%d size=%dx%d fps=%s seconds=%s..%s classes=%s micro=%s/min(%s..%ss, %s..%spx) "
			+ "macro=%s/min(%s..%ss, %s..%spx) blinks=%s/min noise=%s format=%s jpeg=%d outputs=%s%s%s grey=%s nuisances=[%s]", subjects,
			videosPerSubject, seed, width, height, fps, minSeconds, maxSeconds, classes, microPerMinute, minMicroSeconds, maxMicroSeconds, minMicroPeak,
			maxMicroPeak, macroPerMinute, minMacroSeconds, maxMacroSeconds, minMacroPeak, maxMacroPeak, blinksPerMinute, noiseSigma, format.extension(),
			jpegQuality, frames ? "frames " : "", lossless ? losslessContainer + " " : "", mp4 ? "mp4" : "", grey, nuisances);
	}

	/** Mutable builder with the defaults listed on {@link LongSynthSettings}. */
	public static final class Builder {
		private int subjects = 3, videosPerSubject = 2, width = 128, height = 128, jpegQuality = 90;
		private long seed = 42;
		private double fps = 30, minSeconds = 60, maxSeconds = 180, microPerMinute = 4, macroPerMinute = 3, blinksPerMinute = 15, noiseSigma = 2;
		private double minMicroSeconds = 0.2, maxMicroSeconds = 0.5, minMicroPeak = 0.3, maxMicroPeak = 1.0;
		private double minMacroSeconds = 0.6, maxMacroSeconds = 4, minMacroPeak = 2, maxMacroPeak = 5;
		private List<String> classes = Arrays.asList("positive", "negative", "surprise");
		private Nuisances nuisances = Nuisances.hard();
		private FrameFormat format = FrameFormat.JPEG;
		private boolean frames = true, lossless = true, mp4 = true, grey;
		private String losslessContainer = "avi";

		public Builder subjects(int n) { subjects = n; return this; }
		public Builder videosPerSubject(int n) { videosPerSubject = n; return this; }
		public Builder seed(long s) { seed = s; return this; }
		public Builder size(int w, int h) { width = w; height = h; return this; }
		public Builder fps(double f) { fps = f; return this; }
		public Builder seconds(double min, double max) { minSeconds = min; maxSeconds = max; return this; }
		public Builder classes(String... names) { classes = Arrays.asList(names); return this; }
		public Builder micro(double perMinute, double minSec, double maxSec, double minPeakPx, double maxPeakPx) {
			microPerMinute = perMinute; minMicroSeconds = minSec; maxMicroSeconds = maxSec; minMicroPeak = minPeakPx; maxMicroPeak = maxPeakPx;
			return this;
		}
		public Builder macro(double perMinute, double minSec, double maxSec, double minPeakPx, double maxPeakPx) {
			macroPerMinute = perMinute; minMacroSeconds = minSec; maxMacroSeconds = maxSec; minMacroPeak = minPeakPx; maxMacroPeak = maxPeakPx;
			return this;
		}
		public Builder blinksPerMinute(double n) { blinksPerMinute = n; return this; }
		public Builder nuisances(Nuisances n) { nuisances = n; return this; }
		public Builder noiseSigma(double s) { noiseSigma = s; return this; }
		public Builder format(FrameFormat f) { format = f; return this; }
		public Builder jpegQuality(int q) { jpegQuality = q; return this; }
		/** Which outputs to write; at least one. @param container of the lossless video, "avi" or "mkv" */
		public Builder outputs(boolean frameFolders, boolean losslessVideo, String container, boolean mp4Video) {
			frames = frameFolders; lossless = losslessVideo; losslessContainer = container; mp4 = mp4Video;
			return this;
		}
		public Builder grey(boolean g) { grey = g; return this; }

		public LongSynthSettings build() {
			return new LongSynthSettings(this);
		}
	}
}
