package org.mer.train;

import java.util.Locale;

import org.mer.core.InputException;

/** Training loss on the logits (SPEC §8); see {@link LogitsLoss}. */
public enum LossKind {
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
	public String id() {
		return id;
	}

	/** @throws InputException naming the valid values when unknown */
	public static LossKind parse(String s) {
		String t = s == null ? "" : s.trim().toLowerCase(Locale.ROOT).replace('_', '-');
		for (LossKind k : values())
			if (k.id.equals(t)) return k;
		throw new InputException("unknown loss '" + s + "' (ce, weighted-ce or focal)");
	}
}
