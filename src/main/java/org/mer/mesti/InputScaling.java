package org.mer.mesti;

import org.mer.core.Identified;

/**
 * How a resized modality image is mapped to [0, 1] before per-channel standardisation
 * ({@link NetworkInput}; parameters and fitted values in {@link ScalingSettings}). Parse ids with
 * {@code Ids.parse(InputScaling.class, text, "scaling")}.
 */
public enum InputScaling implements Identified {
	/** One global min-max over all pixels and channels of the image (the rule of every model made before this option). */
	MINMAX("minmax"),
	/** Clip to the image's p-th and (100 - p)-th percentiles over all pixels and channels, then min-max to [0, 1]. */
	PERCENTILE("percentile"),
	/** Per-image z-score over all pixels and channels, clipped to +-k, mapped linearly to [0, 1]. */
	ZSCORE("zscore"),
	/** Per-channel low/high fitted on the training images (percentiles p and 100 - p), stored in the model. */
	DATASET("dataset");

	private final String id;

	InputScaling(String id) {
		this.id = id;
	}

	@Override
	public String id() {
		return id;
	}

	/** Whether the scale comes from the image alone (all but {@link #DATASET}). */
	public boolean perImage() {
		return this != DATASET;
	}
}
