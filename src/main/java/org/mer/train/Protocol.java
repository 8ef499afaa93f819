package org.mer.train;

import java.util.Locale;

import org.mer.core.Identified;

/** How samples are split into folds by subject (SPEC §8); see {@link Folds}. */
public enum Protocol implements Identified {
	/** Leave one subject out: one fold per subject. */
	LOSO,
	/** k folds of whole subjects, assigned by a seeded shuffle. */
	KFOLD,
	/** One fold whose test subjects are given. */
	FIXED;

	/** Lower-case name used in options, reports and model.json. */
	@Override
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}
}
