package org.mer.align.accuracy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mer.align.AlignSettings;
import org.mer.align.AlignMode;
import org.mer.align.accuracy.AlignmentAccuracy.HeadMotion;

/**
 * Result of {@link AlignmentAccuracy#measure}: per head-motion kind and align mode, the
 * per-frame RMS errors (pixels, synthetic data) and how many frames converged. Filled by one
 * thread, then read-only.
 */
public final class AccuracyTable {
	private final int clips, frames, size;
	private final long seed;
	private final AlignSettings base;
	private final Map<HeadMotion, Map<AlignMode, List<double[]>>> cells = new EnumMap<>(HeadMotion.class);

	AccuracyTable(int clips, int frames, int size, long seed, AlignSettings base) {
		this.clips = clips;
		this.frames = frames;
		this.size = size;
		this.seed = seed;
		this.base = base;
	}

	void add(HeadMotion kind, AlignMode mode, double rms, boolean converged) {
		cells.computeIfAbsent(kind, k -> new EnumMap<>(AlignMode.class)).computeIfAbsent(mode, m -> new ArrayList<>())
			.add(new double[] { rms, converged ? 1 : 0 });
	}

	private double[] errors(HeadMotion kind, AlignMode mode) {
		List<double[]> l = cells.getOrDefault(kind, new EnumMap<>(AlignMode.class)).getOrDefault(mode, new ArrayList<>());
		return l.stream().mapToDouble(v -> v[0]).toArray();
	}

	/** Mean over frames of the per-frame RMS error, pixels; NaN when nothing was measured. */
	public double mean(HeadMotion kind, AlignMode mode) {
		return Arrays.stream(errors(kind, mode)).average().orElse(Double.NaN);
	}

	/** Root of the mean squared error over all face pixels of all frames, pixels. */
	public double rms(HeadMotion kind, AlignMode mode) {
		return Math.sqrt(Arrays.stream(errors(kind, mode)).map(e -> e * e).average().orElse(Double.NaN));
	}

	/** Worst frame's RMS error, pixels. */
	public double max(HeadMotion kind, AlignMode mode) {
		return Arrays.stream(errors(kind, mode)).max().orElse(Double.NaN);
	}

	/** Fraction of frames reported converged. */
	public double convergedFraction(HeadMotion kind, AlignMode mode) {
		List<double[]> l = cells.getOrDefault(kind, new EnumMap<>(AlignMode.class)).getOrDefault(mode, new ArrayList<>());
		return l.stream().mapToDouble(v -> v[1]).average().orElse(Double.NaN);
	}

	/** Frames measured per cell. */
	public int count(HeadMotion kind, AlignMode mode) {
		return errors(kind, mode).length;
	}

	/** A plain-text table, one row per (motion, mode), labelled as synthetic. */
	public String format() {
		StringBuilder sb = new StringBuilder();
		sb.append(String.format(Locale.ROOT, "# alignment accuracy on SYNTHETIC clips: %d clips x %d frames per motion, %dx%d, seed %d, %s%n",
			clips, frames, size, size, seed, base.toBuilder().mode(AlignMode.SIMILARITY).build().key().replace("align=similarity", "defaults")));
		sb.append(String.format(Locale.ROOT, "%-12s %-12s %6s %10s %10s %10s %10s%n", "motion", "align", "frames", "rms_px", "mean_px", "max_px",
			"converged"));
		for (HeadMotion kind : HeadMotion.values())
			for (AlignMode mode : AlignMode.values()) {
				if (count(kind, mode) == 0) continue;
				sb.append(String.format(Locale.ROOT, "%-12s %-12s %6d %10.4f %10.4f %10.4f %9.1f%%%n", kind.id(), mode.id(), count(kind, mode),
					rms(kind, mode), mean(kind, mode), max(kind, mode), 100 * convergedFraction(kind, mode)));
			}
		return sb.toString();
	}

	@Override
	public String toString() {
		return format();
	}
}
