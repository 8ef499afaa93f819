package org.mer.train;

import org.mer.core.Identified;

/** Training loss on the logits (SPEC §8); see {@link LogitsLoss}. */
public enum LossKind implements Identified {
	/** Plain softmax cross-entropy. */
	CE("ce"),
	/** Cross-entropy with inverse-frequency class weights of the fold's training set. */
	WEIGHTED_CE("weighted-ce"),
	/** Focal loss {@code -(1 - p_y)^gamma log p_y}, with the same class weights. */
	FOCAL("focal");

	private final String id;

	LossKind(String id) {
		this.id = id;
	}

	/** Id used in options, reports and model.json: "ce", "weighted-ce", "focal". */
	@Override
	public String id() {
		return id;
	}

}
