package org.mer.data.synth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Immutable settings of a synthetic micro-expression dataset. Build with {@link #builder()}.
 * Sizes are in pixels, displacements in pixels at the apex, noise in grey levels (0..255).
 * <p>
 * The builder's defaults reproduce the original generator byte for byte (the bundled demo model
 * and tests rely on it). Realism comes from the "hard" preset ({@link Builder#hard()}) or from
 * the individual settings: {@link Nuisances} (head motion, light, flicker, shot noise, JPEG
 * quality range), a frame rate with clip durations in seconds, the apex position range
 * (asymmetric onset-apex and apex-offset phases), a macro-expression leaking into clips and
 * classes sharing an action unit. As soon as one of them differs from its default
 * ({@link #isOriginal()} is false) clips are rendered geometrically ({@link NuisanceClip}).
 */
public final class SynthSettings {
	/** The frame rate assumed for time-based nuisances (blinks, macro-expressions, flicker) when {@link #fps()} is 0: CASME II's and SAMM's. */
	public static final double NOMINAL_FPS = 200;

	/** Named starting points of the builder; {@link #id()} is the name front ends show. */
	public enum Preset implements org.mer.core.Identified {
		DEFAULT("default"), HARD("hard");

		private final String id;

		Preset(String id) { this.id = id; }

		@Override
		public String id() { return id; }


		/** A builder with this preset's settings. */
		public Builder builder() {
			return this == HARD ? SynthSettings.builder().hard() : SynthSettings.builder();
		}
	}

	/** Frame-folder and sheet layouts the generator writes. */
	public enum Layout implements org.mer.core.Identified {
		CASME2, SAMM;

		@Override
		public String id() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	private final int subjects, clipsPerClass, width, height, minFrames, maxFrames, jpegQuality;
	private final List<String> classes;
	private final long seed;
	private final Layout layout;
	private final FrameFormat format;
	private final double minPeak, maxPeak, noiseSigma, jitterSigma, blinkProbability, drift;
	private final Nuisances nuisances;
	private final double fps, minSeconds, maxSeconds, minApex, maxApex, macroProbability, minMacroPeak, maxMacroPeak;
	private final boolean classOverlap;

	private SynthSettings(Builder b) {
		if (b.subjects < 1) throw new IllegalArgumentException("subjects must be >= 1, got " + b.subjects);
		if (b.clipsPerClass < 1) throw new IllegalArgumentException("clipsPerClass must be >= 1, got " + b.clipsPerClass);
		if (b.width < 16 || b.height < 16) throw new IllegalArgumentException("frame size must be at least 16x16, got " + b.width + "x" + b.height);
		if (b.minFrames < 3 || b.maxFrames < b.minFrames) throw new IllegalArgumentException("need 3 <= minFrames <= maxFrames, got " + b.minFrames + ".." + b.maxFrames);
		if (!(b.minPeak > 0 && b.maxPeak >= b.minPeak)) throw new IllegalArgumentException("need 0 < minPeak <= maxPeak, got " + b.minPeak + ".." + b.maxPeak);
		if (b.classes.isEmpty()) throw new IllegalArgumentException("at least one class");
		List<String> cl = new ArrayList<>();
		for (String c : b.classes) {
			String n = c.trim().toLowerCase(Locale.ROOT);
			if (n.isEmpty() || cl.contains(n)) throw new IllegalArgumentException("class names must be distinct and non-empty: " + b.classes);
			cl.add(n);
		}
		subjects = b.subjects;
		clipsPerClass = b.clipsPerClass;
		classes = Collections.unmodifiableList(cl);
		seed = b.seed;
		width = b.width;
		height = b.height;
		minFrames = b.minFrames;
		maxFrames = b.maxFrames;
		layout = b.layout;
		format = b.format;
		jpegQuality = b.jpegQuality;
		minPeak = b.minPeak;
		maxPeak = b.maxPeak;
		noiseSigma = b.noiseSigma;
		jitterSigma = b.jitterSigma;
		blinkProbability = b.blinkProbability;
		drift = b.drift;
		nuisances = java.util.Objects.requireNonNull(b.nuisances, "nuisances");
		if (!(b.fps >= 0 && b.fps <= 1000)) throw new IllegalArgumentException("fps must be in [0, 1000] (0: lengths in frames), got " + b.fps);
		if (!(b.minSeconds > 0 && b.maxSeconds >= b.minSeconds && b.maxSeconds <= 10))
			throw new IllegalArgumentException("clip seconds must satisfy 0 < min <= max <= 10, got " + b.minSeconds + ".." + b.maxSeconds);
		if (!(b.minApex > 0 && b.maxApex >= b.minApex && b.maxApex < 1))
			throw new IllegalArgumentException("apex position must satisfy 0 < min <= max < 1, got " + b.minApex + ".." + b.maxApex);
		if (!(b.macroProbability >= 0 && b.macroProbability <= 1)) throw new IllegalArgumentException("macroProbability must be in [0, 1], got " + b.macroProbability);
		if (!(b.minMacroPeak > 0 && b.maxMacroPeak >= b.minMacroPeak && b.maxMacroPeak <= 30))
			throw new IllegalArgumentException("macro peak must satisfy 0 < min <= max <= 30 px, got " + b.minMacroPeak + ".." + b.maxMacroPeak);
		fps = b.fps;
		minSeconds = b.minSeconds;
		maxSeconds = b.maxSeconds;
		minApex = b.minApex;
		maxApex = b.maxApex;
		macroProbability = b.macroProbability;
		minMacroPeak = b.minMacroPeak;
		maxMacroPeak = b.maxMacroPeak;
		classOverlap = b.classOverlap;
	}

	public static Builder builder() {
		return new Builder();
	}

	/** A builder preset with these settings. */
	public Builder toBuilder() {
		Builder b = new Builder();
		b.subjects = subjects; b.clipsPerClass = clipsPerClass; b.classes = classes; b.seed = seed;
		b.width = width; b.height = height; b.minFrames = minFrames; b.maxFrames = maxFrames;
		b.layout = layout; b.format = format; b.jpegQuality = jpegQuality; b.minPeak = minPeak;
		b.maxPeak = maxPeak; b.noiseSigma = noiseSigma; b.jitterSigma = jitterSigma;
		b.blinkProbability = blinkProbability;
		b.drift = drift;
		b.nuisances = nuisances; b.fps = fps; b.minSeconds = minSeconds; b.maxSeconds = maxSeconds; b.minApex = minApex; b.maxApex = maxApex;
		b.macroProbability = macroProbability; b.minMacroPeak = minMacroPeak; b.maxMacroPeak = maxMacroPeak; b.classOverlap = classOverlap;
		return b;
	}

	public int subjects() { return subjects; }
	public int clipsPerClass() { return clipsPerClass; }
	/** Class names, lower case, in order; each gets its own set of moving regions ({@link ClassMotions}). */
	public List<String> classes() { return classes; }
	public long seed() { return seed; }
	public int width() { return width; }
	public int height() { return height; }
	/** Clip length range in frames, onset to offset inclusive. */
	public int minFrames() { return minFrames; }
	public int maxFrames() { return maxFrames; }
	public Layout layout() { return layout; }
	public FrameFormat format() { return format; }
	/** JPEG quality in 1..100. */
	public int jpegQuality() { return jpegQuality; }
	/** Range of the peak (apex) displacement of the expression in pixels. */
	public double minPeak() { return minPeak; }
	public double maxPeak() { return maxPeak; }
	/** Standard deviation of the additive Gaussian pixel noise, grey levels. */
	public double noiseSigma() { return noiseSigma; }
	/** Standard deviation of the global per-frame translation jitter, pixels. */
	public double jitterSigma() { return jitterSigma; }
	/** Probability that a clip contains one blink (independent of the class). */
	public double blinkProbability() { return blinkProbability; }
	/** Largest illumination drift over a clip: relative gain change (offset drift is 75 grey levels times this). */
	public double drift() { return drift; }
	/** Head motion, light, flicker, shot noise and JPEG quality range (default {@link Nuisances#NONE}). */
	public Nuisances nuisances() { return nuisances; }
	/** Frame rate, 0..1000; 0 (default): clip lengths come from {@link #minFrames()}..{@link #maxFrames()}; otherwise from the clip duration in seconds. */
	public double fps() { return fps; }
	/** The frame rate time-based nuisances use: {@link #fps()}, or {@link #NOMINAL_FPS} when that is 0. */
	public double effectiveFps() { return fps > 0 ? fps : NOMINAL_FPS; }
	/** Clip duration range (onset to offset) in seconds, used when {@link #fps()} &gt; 0; default 0.2..0.5. */
	public double minSeconds() { return minSeconds; }
	public double maxSeconds() { return maxSeconds; }
	/** Range of the apex position as a fraction of the clip (0 onset, 1 offset); default 0.3..0.7. */
	public double minApex() { return minApex; }
	public double maxApex() { return maxApex; }
	/** Probability that a macro-expression (another class's motions, 0.5 to 4 s) overlaps a clip; default 0. */
	public double macroProbability() { return macroProbability; }
	/** Peak displacement range of a leaking macro-expression, pixels; default 2..5. */
	public double minMacroPeak() { return minMacroPeak; }
	public double maxMacroPeak() { return maxMacroPeak; }
	/** Whether each class also performs the first motion of the next class (shared action units, {@link ClassMotions#overlapping}); default false. */
	public boolean classOverlap() { return classOverlap; }

	/** True when every setting added after the original generator has its default: clips then render exactly as they always did. */
	public boolean isOriginal() {
		return nuisances.isNone() && fps == 0 && minApex == 0.3 && maxApex == 0.7 && macroProbability == 0 && !classOverlap;
	}

	@Override
	public String toString() {
		String original = "subjects=" + subjects + " clipsPerClass=" + clipsPerClass + " classes=" + classes + " seed=" + seed +
			" size=" + width + "x" + height + " frames=" + minFrames + ".." + maxFrames + " layout=" +
			layout.name().toLowerCase(Locale.ROOT) + " format=" + format.extension() + " peak=" + minPeak + ".." + maxPeak +
			"px noise=" + noiseSigma + " jitter=" + jitterSigma + "px blink=" + blinkProbability + " drift=" + drift;
		if (isOriginal()) return original;
		return original + " fps=" + fps + " seconds=" + minSeconds + ".." + maxSeconds + " apex=" + minApex + ".." + maxApex + " macro=" + macroProbability
			+ "@" + minMacroPeak + ".." + maxMacroPeak + "px overlap=" + classOverlap + " nuisances=[" + nuisances + "]";
	}

	/**
	 * Mutable builder; defaults: 8 subjects, 4 clips per class, 3 classes (positive, negative,
	 * surprise), seed 42, 128x128, 24..40 frames, CASME II layout, JPEG 95, peak 0.6..1.5 px, noise
	 * 2, jitter 0.08 px, blink 0.3, drift 0.04; no nuisances, fps 0, 0.2..0.5 s, apex at 0.3..0.7,
	 * no macro leak (peak 2..5 px when on), no class overlap.
	 */
	public static final class Builder {
		private int subjects = 8, clipsPerClass = 4, width = 128, height = 128, minFrames = 24, maxFrames = 40, jpegQuality = 95;
		private List<String> classes = Arrays.asList("positive", "negative", "surprise");
		private long seed = 42;
		private Layout layout = Layout.CASME2;
		private FrameFormat format = FrameFormat.JPEG;
		private double minPeak = 0.6, maxPeak = 1.5, noiseSigma = 2, jitterSigma = 0.08, blinkProbability = 0.3, drift = 0.04;
		private Nuisances nuisances = Nuisances.NONE;
		private double fps, minSeconds = 0.2, maxSeconds = 0.5, minApex = 0.3, maxApex = 0.7, macroProbability, minMacroPeak = 2, maxMacroPeak = 5;
		private boolean classOverlap;

		public Builder subjects(int n) { subjects = n; return this; }
		public Builder clipsPerClass(int n) { clipsPerClass = n; return this; }
		public Builder classes(List<String> names) { classes = new ArrayList<>(names); return this; }
		public Builder classes(String... names) { return classes(Arrays.asList(names)); }
		public Builder seed(long s) { seed = s; return this; }
		public Builder size(int w, int h) { width = w; height = h; return this; }
		public Builder frames(int min, int max) { minFrames = min; maxFrames = max; return this; }
		public Builder layout(Layout l) { layout = l; return this; }
		public Builder format(FrameFormat f) { format = f; return this; }
		public Builder jpegQuality(int q) {
			if (q < 1 || q > 100) throw new IllegalArgumentException("JPEG quality must be in 1..100, got " + q);
			jpegQuality = q;
			return this;
		}
		public Builder peak(double min, double max) { minPeak = min; maxPeak = max; return this; }
		public Builder noiseSigma(double s) { noiseSigma = s; return this; }
		public Builder jitterSigma(double s) { jitterSigma = s; return this; }
		public Builder blinkProbability(double p) { blinkProbability = p; return this; }
		public Builder drift(double d) { drift = d; return this; }
		public Builder nuisances(Nuisances n) { nuisances = n; return this; }
		public Builder fps(double f) { fps = f; return this; }
		public Builder seconds(double min, double max) { minSeconds = min; maxSeconds = max; return this; }
		public Builder apexPosition(double min, double max) { minApex = min; maxApex = max; return this; }
		public Builder macroLeak(double probability, double minPeakPx, double maxPeakPx) {
			macroProbability = probability;
			minMacroPeak = minPeakPx;
			maxMacroPeak = maxPeakPx;
			return this;
		}
		public Builder classOverlap(boolean on) { classOverlap = on; return this; }

		/**
		 * The "hard" preset on top of the other settings: {@link Nuisances#hard()}, 200 fps clips of
		 * 0.25..0.5 s, apex at 0.15..0.5 of the clip (onset to apex shorter than apex to offset),
		 * peak 0.2..1.5 px (down to sub-pixel), blink probability 0.4, a macro-expression of 2..5 px
		 * in 30 % of the clips, classes sharing an action unit. Sizes, counts, classes, layout and
		 * seed are kept.
		 */
		public Builder hard() {
			return nuisances(Nuisances.hard()).fps(200).seconds(0.25, 0.5).apexPosition(0.15, 0.5).peak(0.2, 1.5).blinkProbability(0.4)
				.macroLeak(0.3, 2, 5).classOverlap(true);
		}

		public SynthSettings build() {
			return new SynthSettings(this);
		}
	}
}
