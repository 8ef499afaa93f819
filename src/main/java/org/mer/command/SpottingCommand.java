package org.mer.command;

import org.scijava.plugin.Parameter;

/**
 * The parameters of the commands that spot long recordings (Spot Micro-expressions, Evaluate
 * Spotting): every decision of the spotter ({@link org.mer.app.SpotParams}, face_mode ..
 * micro_max_s) and the alignment. Each field means the same in both use cases; labels, defaults,
 * choices and dialog order come from the catalogue ({@link CatalogueFields}), and the field names
 * are the macro keys. The subclasses add the recordings, their outputs and what they do.
 */
abstract class SpottingCommand extends MerCommand {
	@Parameter(persist = false)
	private String face_mode;

	@Parameter(required = false, persist = false)
	private String face_box;

	@Parameter(persist = false)
	private String spot_signal;

	@Parameter(persist = false)
	private double window_s;

	@Parameter(persist = false)
	private double me_length_s;

	@Parameter(persist = false)
	private String threshold_rule;

	@Parameter(persist = false)
	private double threshold_value;

	@Parameter(persist = false)
	private double threshold_floor_px;

	@Parameter(persist = false)
	private String flow_method;

	@Parameter(persist = false)
	private String head_motion;

	@Parameter(persist = false)
	private int analysis_size;

	@Parameter(persist = false)
	private double smoothing_s;

	@Parameter(persist = false)
	private double support_fraction;

	@Parameter(persist = false)
	private double min_gap_s;

	@Parameter(persist = false)
	private double min_length_s;

	@Parameter(persist = false)
	private double max_length_s;

	@Parameter(persist = false)
	private double micro_max_s;

	@Parameter(persist = false)
	private String align;
}
