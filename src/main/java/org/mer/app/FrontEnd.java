package org.mer.app;

/**
 * The three ways a user reaches the plugin. Each translates its own input (command-line options,
 * SciJava {@code @Parameter} fields, an ImageJ 1.x GenericDialog or macro options) into
 * {@link ParamValues} keyed by the {@link Params catalogue}, and calls one use case.
 */
public enum FrontEnd {
	/** {@code ./mer}: picocli options named by {@link Param#flag()}. */
	CLI,
	/** Fiji's SciJava commands: fields named by {@link Param#key()}. */
	SCIJAVA,
	/** ImageJ 1.x plug-ins: GenericDialog fields whose macro key is {@link Param#key()}. */
	IMAGEJ1;

	/** True for the two front ends a macro records and replays ({@code run("Title", "key=value ...")}). */
	public boolean isImageJ() {
		return this != CLI;
	}
}
