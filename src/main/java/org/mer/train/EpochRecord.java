package org.mer.train;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One epoch of one fold: mean training loss and accuracy over its batches (augmented inputs,
 * training mode), and validation loss and accuracy (inference mode) when validating, else NaN.
 * Immutable.
 */
public final class EpochRecord {
	private final int epoch;
	private final double trainLoss, trainAccuracy, validationLoss, validationAccuracy, seconds;

	public EpochRecord(int epoch, double trainLoss, double trainAccuracy, double validationLoss, double validationAccuracy,
		double seconds)
	{
		this.epoch = epoch;
		this.trainLoss = trainLoss;
		this.trainAccuracy = trainAccuracy;
		this.validationLoss = validationLoss;
		this.validationAccuracy = validationAccuracy;
		this.seconds = seconds;
	}

	/** 1-based. */
	public int epoch() { return epoch; }
	public double trainLoss() { return trainLoss; }
	public double trainAccuracy() { return trainAccuracy; }
	/** NaN without validation data. */
	public double validationLoss() { return validationLoss; }
	/** NaN without validation data. */
	public double validationAccuracy() { return validationAccuracy; }
	/** Wall-clock seconds of the epoch (not part of the results compared on resume). */
	public double seconds() { return seconds; }

	public boolean hasValidation() { return !Double.isNaN(validationLoss); }

	/** JSON form; validation values only when present. */
	public Map<String, Object> toMap() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("epoch", epoch);
		m.put("train_loss", trainLoss);
		m.put("train_accuracy", trainAccuracy);
		if (hasValidation()) {
			m.put("validation_loss", validationLoss);
			m.put("validation_accuracy", validationAccuracy);
		}
		m.put("seconds", seconds);
		return m;
	}

	/** Inverse of {@link #toMap()} (numbers may come back as any Number). */
	public static EpochRecord fromMap(Map<String, ?> m) {
		return new EpochRecord(((Number) m.get("epoch")).intValue(), num(m, "train_loss"), num(m, "train_accuracy"),
			num(m, "validation_loss"), num(m, "validation_accuracy"), num(m, "seconds"));
	}

	private static double num(Map<String, ?> m, String key) {
		Object v = m.get(key);
		return v instanceof Number ? ((Number) v).doubleValue() : Double.NaN;
	}
}
