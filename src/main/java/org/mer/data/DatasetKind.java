package org.mer.data;

import java.util.Locale;

import org.mer.core.InputException;

/** The dataset layouts the project reads; {@link #id()} is the name used on the command line. */
public enum DatasetKind {
	CASME2("casme2", "casme2-5"), SAMM("samm", "samm-5"), SMIC("smic", "smic-3"), CASME3("casme3", "casme3-7"),
	MMEW("mmew", "mmew-6"), MEGC("megc", "megc-3"), CSV("csv", null);

	private final String id, defaultClasses;

	DatasetKind(String id, String defaultClasses) {
		this.id = id;
		this.defaultClasses = defaultClasses;
	}

	public String id() { return id; }

	/** Name of the class set usually used with this dataset, or null (csv: the user says). */
	public String defaultClassSet() { return defaultClasses; }

	/** @throws InputException for an unknown id, listing the known ones */
	public static DatasetKind parse(String id) {
		String n = id.trim().toLowerCase(Locale.ROOT);
		for (DatasetKind k : values())
			if (k.id.equals(n)) return k;
		throw new InputException("unknown dataset '" + id + "' (casme2, samm, smic, casme3, mmew, megc or csv)");
	}
}
