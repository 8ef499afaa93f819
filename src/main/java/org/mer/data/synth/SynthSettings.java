package org.mer.data.synth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Immutable settings of a synthetic micro-expression dataset. Build with {@link #builder()}.
 * Sizes are in pixels, displacements in pixels at the apex, noise in grey levels (0..255).
 */
public final class SynthSettings {
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

	@Override
	public String toString() {
		return "subjects=" + subjects + " clipsPerClass=" + clipsPerClass + " classes=" + classes + " seed=" + seed +
			" size=" + width + "x" + height + " frames=" + minFrames + ".." + maxFrames + " layout=" +
			layout.name().toLowerCase(Locale.ROOT) + " format=" + format.extension() + " peak=" + minPeak + ".." + maxPeak +
			"px noise=" + noiseSigma + " jitter=" + jitterSigma + "px blink=" + blinkProbability + " drift=" + drift;
	}

	/** Mutable builder; defaults: 8 subjects, 4 clips per class, 3 classes (positive, negative, surprise), seed 42, 128x128, 24..40 frames, CASME II layout, JPEG 95, peak 0.6..1.5 px, noise 2, jitter 0.08 px, blink 0.3, drift 0.04. */
	public static final class Builder {
		private int subjects = 8, clipsPerClass = 4, width = 128, height = 128, minFrames = 24, maxFrames = 40, jpegQuality = 95;
		private List<String> classes = Arrays.asList("positive", "negative", "surprise");
		private long seed = 42;
		private Layout layout = Layout.CASME2;
		private FrameFormat format = FrameFormat.JPEG;
		private double minPeak = 0.6, maxPeak = 1.5, noiseSigma = 2, jitterSigma = 0.08, blinkProbability = 0.3, drift = 0.04;

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

		public SynthSettings build() {
			return new SynthSettings(this);
		}
	}
}
