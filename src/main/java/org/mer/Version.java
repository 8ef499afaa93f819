package org.mer;

/** The plugin's version, read from the jar manifest when packaged. */
public final class Version {
	private Version() {}

	/** @return the implementation version of the jar, or "dev" when run from classes. */
	public static String get() {
		String v = Version.class.getPackage().getImplementationVersion();
		return v == null ? "dev" : v;
	}
}
