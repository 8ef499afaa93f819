package org.mer.mesti;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.mer.core.Ids;
import org.mer.core.InputException;

/**
 * The input scaling of a network ({@link InputScaling}) with its parameters: the percentile p
 * (percent, in [0, 50), default {@value #DEFAULT_PERCENTILE}) of {@code percentile} and
 * {@code dataset}, the clip k (&gt; 0, default {@value #DEFAULT_ZSCORE_CLIP}) of {@code zscore}, and
 * for a fitted {@code dataset} scaling the per-channel low and high (3 values each, high &gt;= low).
 * <p>
 * Per-image rules ({@link #scaleImage}; statistics over all pixels and channels of the resized
 * image together, so the balance between channels is kept, as with the global min-max):
 * <ul>
 * <li>minmax: {@code (x - min) / (max - min)}; a constant image becomes 0.</li>
 * <li>percentile: lo, hi = type-7 quantiles (linear interpolation between order statistics) at
 * p/100 and 1 - p/100; {@code (clamp(x, lo, hi) - lo) / (hi - lo)}; hi = lo gives 0.</li>
 * <li>zscore: mean and population sd; {@code (clamp((x - mean) / sd, -k, k) + k) / (2k)}; a
 * constant image (sd = 0) becomes 0.5, its z-score 0.</li>
 * </ul>
 * Dataset rule ({@link #scaleChannels}, on 3-channel images): channel c becomes
 * {@code (clamp(x, low[c], high[c]) - low[c]) / (high[c] - low[c])}, 0 where high = low. The
 * range is fitted ({@link #fit}) on the training images of a fold only, as the p-th and
 * (100 - p)-th percentile of each channel's pixel values, so no test image moves it.
 * <p>
 * Serialised ({@link #toMap}) inside model.json's "normalisation" object: {@code "scaling"}
 * (the id), {@code "percentile"} (percentile, dataset), {@code "zscore_clip"} (zscore),
 * {@code "low"}, {@code "high"} (fitted dataset). Immutable and thread safe.
 */
public final class ScalingSettings {
	public static final double DEFAULT_PERCENTILE = 1, DEFAULT_ZSCORE_CLIP = 3;
	public static final String KEY_SCALING = "scaling", KEY_PERCENTILE = "percentile", KEY_ZSCORE_CLIP = "zscore_clip",
		KEY_LOW = "low", KEY_HIGH = "high";

	private static final ScalingSettings MINMAX = new ScalingSettings(InputScaling.MINMAX, DEFAULT_PERCENTILE, DEFAULT_ZSCORE_CLIP, null, null, "");

	private final InputScaling kind;
	private final double percentile, zscoreClip;
	private final float[] low, high;

	private ScalingSettings(InputScaling kind, double percentile, double zscoreClip, float[] low, float[] high, String prefix) {
		this.kind = Objects.requireNonNull(kind, "kind");
		if (!(percentile >= 0 && percentile < 50)) throw new InputException(prefix + KEY_PERCENTILE + " must be in [0, 50), got " + percentile);
		if (!(zscoreClip > 0) || Double.isInfinite(zscoreClip))
			throw new InputException(prefix + KEY_ZSCORE_CLIP + " must be a positive number, got " + zscoreClip);
		if ((low == null) != (high == null)) throw new InputException(prefix + "low and high must be given together");
		if (low != null) {
			if (kind != InputScaling.DATASET) throw new InputException(prefix + "low/high belong to scaling 'dataset' only, not '" + kind.id() + "'");
			if (low.length != 3 || high.length != 3) throw new InputException(prefix + "low and high must have 3 values (one per channel)");
			for (int c = 0; c < 3; c++)
				if (!Float.isFinite(low[c]) || !Float.isFinite(high[c]) || high[c] < low[c])
					throw new InputException(prefix + "high must be >= low and both finite, channel " + c + ": low " + low[c] + ", high " + high[c]);
		}
		this.percentile = percentile;
		this.zscoreClip = zscoreClip;
		this.low = low == null ? null : low.clone();
		this.high = high == null ? null : high.clone();
	}

	/** Today's rule: global min-max. */
	public static ScalingSettings minmax() {
		return MINMAX;
	}

	/** Settings of {@code kind} with default parameters. */
	public static ScalingSettings of(InputScaling kind) {
		return builder(kind).build();
	}

	public static Builder builder(InputScaling kind) {
		return new Builder(kind);
	}

	public InputScaling kind() { return kind; }
	/** p in percent (used by percentile and dataset). */
	public double percentile() { return percentile; }
	/** k of zscore. */
	public double zscoreClip() { return zscoreClip; }
	/** Whether this is a dataset scaling with its low/high. */
	public boolean isFitted() { return low != null; }
	/** Fitted per-channel low (a copy), or null. */
	public float[] low() { return low == null ? null : low.clone(); }
	/** Fitted per-channel high (a copy), or null. */
	public float[] high() { return high == null ? null : high.clone(); }

	/** The same settings without a fitted range (what a training setting holds). */
	public ScalingSettings withoutRange() {
		return low == null ? this : new ScalingSettings(kind, percentile, zscoreClip, null, null, "");
	}

	/**
	 * Maps an image's values to [0, 1] in place with a per-image rule (see the class documentation).
	 *
	 * @throws IllegalStateException for {@link InputScaling#DATASET}
	 */
	public void scaleImage(double[] values) {
		switch (kind) {
			case MINMAX: {
				double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
				for (double v : values) {
					min = Math.min(min, v);
					max = Math.max(max, v);
				}
				clampScale(values, min, max);
				return;
			}
			case PERCENTILE: {
				double[] sorted = values.clone();
				Arrays.sort(sorted);
				clampScale(values, quantile(sorted, percentile / 100), quantile(sorted, 1 - percentile / 100));
				return;
			}
			case ZSCORE: {
				double sum = 0, sq = 0;
				for (double v : values)
					sum += v;
				double mean = sum / values.length;
				for (double v : values)
					sq += (v - mean) * (v - mean);
				double sd = Math.sqrt(sq / values.length);
				for (int i = 0; i < values.length; i++) {
					double z = sd > 0 ? Math.max(-zscoreClip, Math.min(zscoreClip, (values[i] - mean) / sd)) : 0;
					values[i] = (z + zscoreClip) / (2 * zscoreClip);
				}
				return;
			}
			default:
				throw new IllegalStateException("dataset scaling is applied per channel with its fitted range (scaleChannels)");
		}
	}

	/** (clamp(x, lo, hi) - lo) / (hi - lo), 0 when hi &lt;= lo; for min-max the clamp changes nothing. */
	private static void clampScale(double[] values, double lo, double hi) {
		double range = hi - lo;
		for (int i = 0; i < values.length; i++)
			values[i] = range > 0 ? (Math.max(lo, Math.min(hi, values[i])) - lo) / range : 0;
	}

	/**
	 * Maps a 3-channel (C, H, W) image to [0, 1] with the fitted per-channel range.
	 *
	 * @param out same length as {@code chw} (may be {@code chw} itself)
	 * @throws IllegalStateException when this is not a fitted dataset scaling
	 */
	public void scaleChannels(float[] chw, float[] out) {
		if (low == null) throw new IllegalStateException("scaling '" + kind.id() + "' has no fitted per-channel range");
		int plane = chw.length / 3;
		for (int c = 0; c < 3; c++) {
			float lo = low[c], range = high[c] - low[c];
			for (int i = c * plane; i < (c + 1) * plane; i++)
				out[i] = range > 0 ? (Math.max(lo, Math.min(high[c], chw[i])) - lo) / range : 0f;
		}
	}

	/**
	 * Fits the dataset range on training images: per channel the p-th and (100 - p)-th percentile
	 * (type 7) of all their pixel values.
	 *
	 * @param chw3 the training images, each 3 x H x W in (C, H, W) order, all the same length; at least one
	 * @throws IllegalStateException when this is not a dataset scaling
	 */
	public ScalingSettings fit(List<float[]> chw3) {
		if (kind != InputScaling.DATASET) throw new IllegalStateException("only dataset scaling is fitted, not '" + kind.id() + "'");
		if (chw3.isEmpty()) throw new IllegalArgumentException("no training image to fit the dataset scaling on");
		int plane = chw3.get(0).length / 3;
		float[] lo = new float[3], hi = new float[3];
		float[] values = new float[Math.multiplyExact(plane, chw3.size())];
		for (int c = 0; c < 3; c++) {
			int n = 0;
			for (float[] image : chw3) {
				if (image.length != 3 * plane) throw new IllegalArgumentException("training images differ in size");
				System.arraycopy(image, c * plane, values, n, plane);
				n += plane;
			}
			Arrays.sort(values);
			lo[c] = (float) quantile(values, percentile / 100);
			hi[c] = (float) quantile(values, 1 - percentile / 100);
		}
		return new ScalingSettings(kind, percentile, zscoreClip, lo, hi, "");
	}

	private static double quantile(double[] sorted, double q) {
		double h = (sorted.length - 1) * q;
		int i = (int) Math.floor(h);
		return i >= sorted.length - 1 ? sorted[sorted.length - 1] : sorted[i] + (h - i) * (sorted[i + 1] - sorted[i]);
	}

	private static double quantile(float[] sorted, double q) {
		double h = (sorted.length - 1) * q;
		int i = (int) Math.floor(h);
		return i >= sorted.length - 1 ? sorted[sorted.length - 1] : sorted[i] + (h - i) * ((double) sorted[i + 1] - sorted[i]);
	}

	/** {"scaling": id} plus the parameters of that kind (low/high as float[] when fitted). */
	public Map<String, Object> toMap() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put(KEY_SCALING, kind.id());
		if (kind == InputScaling.PERCENTILE || kind == InputScaling.DATASET) m.put(KEY_PERCENTILE, percentile);
		if (kind == InputScaling.ZSCORE) m.put(KEY_ZSCORE_CLIP, zscoreClip);
		if (low != null) {
			m.put(KEY_LOW, low.clone());
			m.put(KEY_HIGH, high.clone());
		}
		return m;
	}

	/**
	 * Inverse of {@link #toMap}; other keys are ignored (the map may be the whole normalisation
	 * object). Numbers may be any {@link Number}; low/high float[], double[] or lists of numbers.
	 *
	 * @param prefix starts the field names in error messages, e.g. {@code "normalisation."}
	 * @throws InputException naming the field for a missing or unknown scaling or a bad value
	 */
	public static ScalingSettings fromMap(Map<String, ?> map, String prefix) {
		Object id = map.get(KEY_SCALING);
		InputScaling kind = Ids.parse(InputScaling.class, id == null ? null : id.toString(), prefix + KEY_SCALING);
		return new ScalingSettings(kind, number(map, KEY_PERCENTILE, DEFAULT_PERCENTILE, prefix),
			number(map, KEY_ZSCORE_CLIP, DEFAULT_ZSCORE_CLIP, prefix), floats(map.get(KEY_LOW), prefix + KEY_LOW),
			floats(map.get(KEY_HIGH), prefix + KEY_HIGH), prefix);
	}

	private static double number(Map<String, ?> map, String key, double fallback, String prefix) {
		Object v = map.get(key);
		if (v == null) return fallback;
		if (v instanceof Number) return ((Number) v).doubleValue();
		try {
			return Double.parseDouble(v.toString());
		}
		catch (NumberFormatException e) {
			throw new InputException(prefix + key + " must be a number, got '" + v + "'");
		}
	}

	private static float[] floats(Object v, String field) {
		if (v == null) return null;
		if (v instanceof float[]) return ((float[]) v).clone();
		if (v instanceof double[]) {
			double[] d = (double[]) v;
			float[] f = new float[d.length];
			for (int i = 0; i < d.length; i++)
				f[i] = (float) d[i];
			return f;
		}
		if (v instanceof List) {
			List<?> l = (List<?>) v;
			float[] f = new float[l.size()];
			for (int i = 0; i < f.length; i++) {
				if (!(l.get(i) instanceof Number)) throw new InputException(field + " must be a list of numbers, got " + l);
				f[i] = ((Number) l.get(i)).floatValue();
			}
			return f;
		}
		throw new InputException(field + " must be a list of numbers, got " + v);
	}

	@Override
	public boolean equals(Object o) {
		if (!(o instanceof ScalingSettings)) return false;
		ScalingSettings s = (ScalingSettings) o;
		return kind == s.kind && Double.compare(percentile, s.percentile) == 0 && Double.compare(zscoreClip, s.zscoreClip) == 0
			&& Arrays.equals(low, s.low) && Arrays.equals(high, s.high);
	}

	@Override
	public int hashCode() {
		return Objects.hash(kind, percentile, zscoreClip, Arrays.hashCode(low), Arrays.hashCode(high));
	}

	@Override
	public String toString() {
		return kind.id() + (kind == InputScaling.PERCENTILE || kind == InputScaling.DATASET ? " p=" + percentile : "")
			+ (kind == InputScaling.ZSCORE ? " k=" + zscoreClip : "") + (low == null ? "" : " low=" + Arrays.toString(low) + " high=" + Arrays.toString(high));
	}

	/** Mutable builder; {@link #build()} validates (InputException naming the field). */
	public static final class Builder {
		private final InputScaling kind;
		private double percentile = DEFAULT_PERCENTILE, zscoreClip = DEFAULT_ZSCORE_CLIP;
		private float[] low, high;

		private Builder(InputScaling kind) {
			this.kind = kind;
		}

		/** p in percent, [0, 50). */
		public Builder percentile(double v) { percentile = v; return this; }
		/** k &gt; 0. */
		public Builder zscoreClip(double v) { zscoreClip = v; return this; }
		/** A fitted dataset range (3 values each). */
		public Builder range(float[] lowValues, float[] highValues) { low = lowValues; high = highValues; return this; }

		public ScalingSettings build() {
			return new ScalingSettings(kind, percentile, zscoreClip, low, high, "");
		}
	}
}
