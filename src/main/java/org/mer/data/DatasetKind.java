package org.mer.data;

import org.mer.core.Identified;

/** The dataset layouts the project reads; {@link #id()} is the name used on the command line. */
public enum DatasetKind implements Identified {
	CASME2("casme2", "casme2-5"), SAMM("samm", "samm-5"), SMIC("smic", "smic-3"), CASME3("casme3", "casme3-7"),
	MMEW("mmew", "mmew-6"), MEGC("megc", "megc-3"), CSV("csv", null);

	private final String id, defaultClasses;

	DatasetKind(String id, String defaultClasses) {
		this.id = id;
		this.defaultClasses = defaultClasses;
	}

	@Override
	public String id() { return id; }

	/** Name of the class set usually used with this dataset, or null (csv: the user says). */
	public String defaultClassSet() { return defaultClasses; }

}
