package org.mer.core;

/**
 * A choice the user names by a stable lowercase id: the value typed on the command line, in a
 * macro, or stored in model.json and reports (e.g. {@code "apex_peak"}, {@code "dynamic-image"}).
 * Ids never change once released; parse them with {@link Ids#parse}.
 */
public interface Identified {
	/** The stable lowercase id. */
	String id();
}
