package org.mer;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The plugin's version: the project version Maven wrote into {@code org/mer/version.properties}
 * at build time (so it is right when run from classes as well as from the jar), falling back
 * to the jar manifest, then "dev".
 */
public final class Version {
	private static final String VERSION = read();

	private Version() {}

	/** @return the plugin version, e.g. "0.1.0-SNAPSHOT". */
	public static String get() {
		return VERSION;
	}

	private static String read() {
		try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
			if (in != null) {
				Properties p = new Properties();
				p.load(in);
				String v = p.getProperty("version");
				if (v != null && !v.isEmpty() && !v.startsWith("${")) return v;
			}
		}
		catch (IOException e) {
			// fall through to the manifest
		}
		String v = Version.class.getPackage().getImplementationVersion();
		return v == null ? "dev" : v;
	}
}
