package org.mer.spot;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * True positive, false positive and false negative counts, and the precision, recall and F1 they
 * give (SPEC §10). Pool over videos by adding counts ({@link #plus}) before taking the ratios.
 * A ratio whose denominator is 0 is 0, never NaN: no detections and no ground truth give F1 = 0.
 * Immutable.
 */
public final class SpotMetrics {
	public static final SpotMetrics ZERO = new SpotMetrics(0, 0, 0);

	private final long tp, fp, fn;

	public SpotMetrics(long tp, long fp, long fn) {
		if (tp < 0 || fp < 0 || fn < 0) throw new IllegalArgumentException("negative count: TP " + tp + " FP " + fp + " FN " + fn);
		this.tp = tp;
		this.fp = fp;
		this.fn = fn;
	}

	public long tp() { return tp; }
	public long fp() { return fp; }
	public long fn() { return fn; }

	/** The counts of both added (pooling). */
	public SpotMetrics plus(SpotMetrics o) {
		return new SpotMetrics(tp + o.tp, fp + o.fp, fn + o.fn);
	}

	/** TP / (TP + FP), 0 without detections. */
	public double precision() {
		return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
	}

	/** TP / (TP + FN), 0 without ground truth. */
	public double recall() {
		return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
	}

	/** 2PR / (P + R), 0 when P + R = 0. */
	public double f1() {
		double p = precision(), r = recall();
		return p + r == 0 ? 0 : 2 * p * r / (p + r);
	}

	/** tp, fp, fn, precision, recall, f1. */
	public Map<String, Object> toMap() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("tp", tp);
		m.put("fp", fp);
		m.put("fn", fn);
		m.put("precision", precision());
		m.put("recall", recall());
		m.put("f1", f1());
		return m;
	}

	@Override
	public String toString() {
		return String.format(java.util.Locale.ROOT, "TP %d FP %d FN %d P %.4f R %.4f F1 %.4f", tp, fp, fn, precision(), recall(), f1());
	}
}
