package org.mer.core;

/**
 * Keeps the libraries under the core quiet, so that what a user sees are this tool's own
 * one-line messages (errors come back as exceptions, which the front ends word). Affected:
 * FFmpeg's native log (set by {@code org.mer.clip.VideoFrameSource} when it is first used:
 * nothing at all, instead of FFmpeg's decoder complaints on stderr) and Log4j 2, through which
 * Apache POI logs (level OFF, set before Log4j starts; a host that configured Log4j itself, such
 * as a Fiji with its own logging, keeps its configuration).
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
		if (!debug() && System.getProperty(LOG4J_LEVEL) == null) System.setProperty(LOG4J_LEVEL, "OFF");
	}
}
