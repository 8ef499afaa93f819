package org.mer.core;

/**
 * Keeps the libraries under the core quiet, so that what a user sees are this tool's own
 * one-line messages (errors come back as exceptions, which the front ends word). Affected:
 * FFmpeg's native log (set by {@code org.mer.clip.VideoFrameSource} when it is first used:
 * nothing at all, instead of FFmpeg's decoder complaints on stderr) and Log4j 2, through which
 * Apache POI logs (level OFF, set before Log4j starts; without a Log4j implementation on the
 * class path, as on the plain command line, Log4j's built-in simple logger at level OFF, which
 * also avoids its "could not find a logging implementation" line; a host that configured Log4j
 * before, such as a Fiji or Spark with its own logging, keeps its configuration).
 * <p>
 * To get the libraries' output back, e.g. to diagnose a video FFmpeg cannot read, run with the
 * system property {@value #DEBUG_PROPERTY}{@code =true} ({@code java -Dmer.debug=true ...}):
 * FFmpeg then logs at its "info" level and Log4j at its default. Thread safe.
 */
public final class LibraryOutput {
	/** System property that lets the libraries print (any value but "false"). */
	public static final String DEBUG_PROPERTY = "mer.debug";
	/** Log4j 2's property for the level of its default configuration. */
	static final String LOG4J_LEVEL = "org.apache.logging.log4j.level";
	/** Log4j 2's property choosing its logger implementation. */
	static final String LOG4J_FACTORY = "log4j2.loggerContextFactory";
	/** The level of Log4j 2's built-in simple logger. */
	static final String SIMPLE_LOG_LEVEL = "org.apache.logging.log4j.simplelog.level";

	private LibraryOutput() {}

	/** True when {@value #DEBUG_PROPERTY} is set to anything but "false". */
	public static boolean debug() {
		String v = System.getProperty(DEBUG_PROPERTY);
		return v != null && !v.trim().equalsIgnoreCase("false");
	}

	/**
	 * Silences Log4j 2 (unless {@link #debug()} or the level was set by someone else); call before
	 * the first use of a library that logs through it. Effective only while Log4j has not started.
	 */
	public static void quietLog4j() {
		if (debug()) return;
		setIfAbsent(LOG4J_LEVEL, "OFF");
		if (!hasClass("org.apache.logging.log4j.core.LoggerContext")) {
			// no Log4j implementation (the plain command line): without these, Log4j's first use prints
			// "ERROR StatusLogger Log4j2 could not find a logging implementation" and POI's errors
			setIfAbsent(LOG4J_FACTORY, "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
			setIfAbsent(SIMPLE_LOG_LEVEL, "OFF");
		}
	}

	private static void setIfAbsent(String property, String value) {
		if (System.getProperty(property) == null) System.setProperty(property, value);
	}

	private static boolean hasClass(String name) {
		try {
			Class.forName(name, false, LibraryOutput.class.getClassLoader());
			return true;
		}
		catch (ClassNotFoundException | LinkageError e) {
			return false;
		}
	}
}
