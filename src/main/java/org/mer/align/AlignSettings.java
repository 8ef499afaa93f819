package org.mer.align;

import org.mer.core.Ids;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.mer.core.InputException;

/**
 * How frames are aligned to their reference (SPEC §11). Immutable value, thread safe; build with
 * {@link #builder()}; invalid values throw {@link InputException} naming the field.
 * <ul>
 * <li>{@code mode}: {@link AlignMode}, default {@code none}.</li>
 * <li>{@code levels}: most pyramid levels, 1..8, default 4. Levels whose face region would be
 * under {@value FrameRegistration#MIN_LEVEL_SIZE} pixels on its shorter side are skipped, so a
 * 96 px face uses 3 and a 300 px face 4.</li>
 * <li>{@code iterations}: most Gauss-Newton iterations per level, 1..1000, default 40.</li>
 * <li>{@code epsilon}: a level is done when an update moves no corner of the face box by more
 * than epsilon pixels of that level, (0, 1], default 0.005.</li>
 * <li>{@code mask}: {@link MaskRule}, default {@code none} (the whole face ellipse; see
 * {@link MaskRule} for why the eye/brow/mouth mask is not the default).</li>
 * <li>{@code robust}: Tukey biweight on the residuals (scale 1.4826 x median absolute residual,
 * cut-off 4.685 scales), default true. This is what keeps blinks and the expression from
 * driving the estimate.</li>
 * <li>{@code smoothing}: Gaussian sigma in pixels applied to reference and frame before
 * estimation (noise and bilinear interpolation bias), 0..5, default 1.0. The output frame is
 * warped from the unsmoothed frame.</li>
 * <li>{@code window}: for long recordings, frames per reference before it is renewed, 2..100000,
 * default 100 (about 3 s at 30 fps, 0.5 s at 200 fps; see {@link StreamingAligner}); unused
 * for clips.</li>
 * </ul>
 */
public final class AlignSettings {
	public static final String KEY_MODE = "align";
	public static final String KEY_LEVELS = "align_levels";
	public static final String KEY_ITERATIONS = "align_iterations";
	public static final String KEY_EPSILON = "align_epsilon";
	public static final String KEY_MASK = "align_mask";
	public static final String KEY_ROBUST = "align_robust";
	public static final String KEY_SMOOTHING = "align_smoothing";
	public static final String KEY_WINDOW = "align_window";

	/** Alignment off, every other field at its default. */
	public static final AlignSettings NONE = builder().build();

	private static final AlignSettings DEFAULTS = NONE;

	private final AlignMode mode;
	private final int levels, iterations, window;
	private final double epsilon, smoothing;
	private final MaskRule mask;
	private final boolean robust;

	private AlignSettings(Builder b) {
		if (b.mode == null) throw new InputException("align mode must be set");
		if (b.mask == null) throw new InputException("align mask must be set");
		mode = b.mode;
		mask = b.mask;
		if (b.levels < 1 || b.levels > 8) throw new InputException("align levels must be 1..8, got " + b.levels);
		if (b.iterations < 1 || b.iterations > 1000) throw new InputException("align iterations must be 1..1000, got " + b.iterations);
		if (!(b.epsilon > 0 && b.epsilon <= 1)) throw new InputException("align epsilon must be in (0, 1] pixels, got " + b.epsilon);
		if (!(b.smoothing >= 0 && b.smoothing <= 5)) throw new InputException("align smoothing must be 0..5 pixels, got " + b.smoothing);
		if (b.window < 2 || b.window > 100_000) throw new InputException("align window must be 2..100000 frames, got " + b.window);
		levels = b.levels;
		iterations = b.iterations;
		epsilon = b.epsilon;
		smoothing = b.smoothing;
		window = b.window;
		robust = b.robust;
	}

	public static Builder builder() {
		return new Builder();
	}

	/** The defaults with the given mode. */
	public static AlignSettings of(AlignMode mode) {
		return builder().mode(mode).build();
	}

	/** A builder holding these values. */
	public Builder toBuilder() {
		Builder b = new Builder();
		b.mode = mode;
		b.levels = levels;
		b.iterations = iterations;
		b.epsilon = epsilon;
		b.mask = mask;
		b.robust = robust;
		b.smoothing = smoothing;
		b.window = window;
		return b;
	}

	public AlignMode mode() { return mode; }
	public int levels() { return levels; }
	public int iterations() { return iterations; }
	public double epsilon() { return epsilon; }
	public MaskRule mask() { return mask; }
	public boolean robust() { return robust; }
	public double smoothing() { return smoothing; }
	public int window() { return window; }

	/** Whether frames are changed at all (mode is not NONE). */
	public boolean enabled() {
		return mode != AlignMode.NONE;
	}

	/**
	 * Ordered key/value form for model.json and report headers: always {@code align}; the other
	 * fields only when the mode is not none (they do not matter then).
	 */
	public Map<String, String> toMap() {
		Map<String, String> m = new LinkedHashMap<>();
		m.put(KEY_MODE, mode.id());
		if (!enabled()) return m;
		m.put(KEY_LEVELS, Integer.toString(levels));
		m.put(KEY_ITERATIONS, Integer.toString(iterations));
		m.put(KEY_EPSILON, number(epsilon));
		m.put(KEY_MASK, mask.id());
		m.put(KEY_ROBUST, Boolean.toString(robust));
		m.put(KEY_SMOOTHING, number(smoothing));
		m.put(KEY_WINDOW, Integer.toString(window));
		return m;
	}

	/**
	 * Inverse of {@link #toMap()}; missing keys take their defaults (an old model.json without
	 * {@code align} means none), other keys are ignored.
	 *
	 * @throws InputException naming the key when a value is malformed or out of range
	 */
	public static AlignSettings fromMap(Map<String, String> map) {
		Builder b = builder();
		String v;
		if ((v = map.get(KEY_MODE)) != null) b.mode(Ids.parse(AlignMode.class, v, "align"));
		if ((v = map.get(KEY_LEVELS)) != null) b.levels((int) parse(KEY_LEVELS, v, true));
		if ((v = map.get(KEY_ITERATIONS)) != null) b.iterations((int) parse(KEY_ITERATIONS, v, true));
		if ((v = map.get(KEY_EPSILON)) != null) b.epsilon(parse(KEY_EPSILON, v, false));
		if ((v = map.get(KEY_MASK)) != null) b.mask(Ids.parse(MaskRule.class, v, "align mask"));
		if ((v = map.get(KEY_ROBUST)) != null) {
			String s = v.trim().toLowerCase(Locale.ROOT);
			if (!s.equals("true") && !s.equals("false")) throw new InputException(KEY_ROBUST + " must be true or false, got '" + v + "'");
			b.robust(s.equals("true"));
		}
		if ((v = map.get(KEY_SMOOTHING)) != null) b.smoothing(parse(KEY_SMOOTHING, v, false));
		if ((v = map.get(KEY_WINDOW)) != null) b.window((int) parse(KEY_WINDOW, v, true));
		return b.build();
	}

	private static double parse(String key, String v, boolean integer) {
		try {
			return integer ? Integer.parseInt(v.trim()) : Double.parseDouble(v.trim());
		}
		catch (NumberFormatException e) {
			throw new InputException(key + " must be " + (integer ? "an integer" : "a number") + ", got '" + v + "'");
		}
	}

	/**
	 * Stable string for cache keys and file names: {@code ""} for mode none (so caches and
	 * model folders made before alignment existed keep their keys), otherwise
	 * {@code align=<mode>} followed by {@code ,field=value} for each field that differs from its
	 * default, e.g. {@code align=similarity} or {@code align=affine,mask=none,smoothing=0.5}.
	 * The window is left out: it only matters for long recordings, whose outputs are not cached
	 * by this key; spotting outputs should record {@link #toMap()}.
	 */
	public String key() {
		if (!enabled()) return "";
		StringBuilder sb = new StringBuilder("align=").append(mode.id());
		if (levels != DEFAULTS.levels) sb.append(",levels=").append(levels);
		if (iterations != DEFAULTS.iterations) sb.append(",iterations=").append(iterations);
		if (epsilon != DEFAULTS.epsilon) sb.append(",epsilon=").append(number(epsilon));
		if (mask != DEFAULTS.mask) sb.append(",mask=").append(mask.id());
		if (robust != DEFAULTS.robust) sb.append(",robust=").append(robust);
		if (smoothing != DEFAULTS.smoothing) sb.append(",smoothing=").append(number(smoothing));
		return sb.toString();
	}

	/** Shortest decimal that reads back as the same double. */
	private static String number(double v) {
		return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
	}

	@Override
	public boolean equals(Object o) {
		if (!(o instanceof AlignSettings)) return false;
		AlignSettings s = (AlignSettings) o;
		return mode == s.mode && levels == s.levels && iterations == s.iterations && epsilon == s.epsilon && mask == s.mask &&
			robust == s.robust && smoothing == s.smoothing && window == s.window;
	}

	@Override
	public int hashCode() {
		return Objects.hash(mode, levels, iterations, epsilon, mask, robust, smoothing, window);
	}

	@Override
	public String toString() {
		return "AlignSettings" + toMap();
	}

	/** Mutable builder with the defaults listed on the class; {@link #build()} validates. */
	public static final class Builder {
		private AlignMode mode = AlignMode.NONE;
		private int levels = 4, iterations = 40, window = 100;
		private double epsilon = 0.005, smoothing = 1.0;
		private MaskRule mask = MaskRule.NONE;
		private boolean robust = true;

		private Builder() {}

		public Builder mode(AlignMode v) { mode = v; return this; }
		public Builder levels(int v) { levels = v; return this; }
		public Builder iterations(int v) { iterations = v; return this; }
		public Builder epsilon(double v) { epsilon = v; return this; }
		public Builder mask(MaskRule v) { mask = v; return this; }
		public Builder robust(boolean v) { robust = v; return this; }
		public Builder smoothing(double v) { smoothing = v; return this; }
		public Builder window(int v) { window = v; return this; }

		/** @throws InputException naming the first invalid field */
		public AlignSettings build() {
			return new AlignSettings(this);
		}
	}
}
