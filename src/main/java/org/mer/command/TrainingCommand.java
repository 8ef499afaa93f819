package org.mer.command;

import org.scijava.plugin.Parameter;

/**
 * The dataset, network-size, optimisation and folder parameters that Train MEGANet, Evaluate and
 * Compare Input Modalities share ({@link org.mer.app.Training}); the subclasses add the modality
 * and network, or the lists Compare crosses.
 */
abstract class TrainingCommand extends DatasetCommand {
	@Parameter(persist = false)
	private int input_size;

	@Parameter(persist = false)
	private int network_width;

	@Parameter(persist = false)
	private int epochs;

	@Parameter(persist = false)
	private int batch_size;

	@Parameter(persist = false)
	private double learning_rate;

	@Parameter(persist = false)
	private int seed;

	@Parameter(persist = false)
	private String device;

	@Parameter(persist = false)
	private String result_folder;

	@Parameter(persist = false)
	private String apex_method;

	@Parameter(persist = false)
	private String protocol;

	@Parameter(persist = false)
	private int folds;

	@Parameter(required = false, persist = false)
	private String test_set;

	@Parameter(persist = false)
	private double weight_decay;

	@Parameter(persist = false)
	private String loss;

	@Parameter(persist = false)
	private double focal_gamma;

	@Parameter(persist = false)
	private double validation;

	@Parameter(persist = false)
	private int patience;

	@Parameter(persist = false)
	private boolean augment;

	@Parameter(persist = false)
	private int threads;

	@Parameter(required = false, persist = false)
	private String cache_folder;

	@Parameter(persist = false)
	private String align;

	@Parameter(persist = false)
	private String input_scaling;

	@Parameter(persist = false)
	private double scaling_percentile;

	@Parameter(persist = false)
	private double zscore_limit;
}
