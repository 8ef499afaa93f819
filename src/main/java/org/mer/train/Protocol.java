package org.mer.train;

import java.util.Locale;

import org.mer.core.InputException;

/** How samples are split into folds by subject (SPEC §8); see {@link Folds}. */
public enum Protocol {
	/** Leave one subject out: one fold per subject. */
	LOSO,
	/** k folds of whole subjects, assigned by a seeded shuffle. */
	KFOLD,
	/** One fold whose test subjects are given. */
	FIXED;

	/** Lower-case name used in options, reports and model.json. */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** @throws InputException naming the value when it is not loso, kfold or fixed */
	public static Protocol parse(String s) {
		for (Protocol p : values())
			if (p.id().equalsIgnoreCase(s.trim().replace("-", ""))) return p;
		throw new InputException("unknown protocol '" + s + "' (loso, kfold or fixed)");
	}
}
