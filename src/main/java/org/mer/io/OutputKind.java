package org.mer.io;

/**
 * The kinds of folder this tool writes as a whole. A folder records its kind in its marker file
 * ({@link OwnedFolder#MARKER}); {@link OwnedFolder} replaces or deletes a folder only when the
 * marker names the kind it is asked to write, so a report folder is never replaced by a model.
 */
public enum OutputKind implements org.mer.core.Identified {
	/** A model folder: model.json and its weights. */
	MODEL("model"),
	/** An evaluation report: report.json, tables, images, fold checkpoints. */
	REPORT("report"),
	/** A comparison of modalities and networks: one report per cell and the table. */
	COMPARISON("comparison"),
	/** Cached modality images ({@code .mod} files). */
	MODALITY_CACHE("modality-cache"),
	/** Attention maps and overlays of classified clips. */
	ATTENTION("attention"),
	/** Benchmark scratch or results. */
	BENCH("bench"),
	/** A synthetic dataset made by the generator. */
	SYNTHETIC_DATASET("synthetic-dataset"),
	/** Modality images of a dataset exported for other tools (manifest, folds, hashes). */
	EXPORT("export"),
	/** Spotting outputs: signal plots of spotted recordings. */
	SPOTTING("spotting"),
	/** A spotting evaluation: report.json, per-video tables, one plot per recording. */
	SPOT_REPORT("spot-report");

	private final String id;

	OutputKind(String id) {
		this.id = id;
	}

	/** The id written in marker files: "model", "report", "comparison", "modality-cache", ... */
	@Override
	public String id() {
		return id;
	}

	/** "model folder", "report folder", ... for messages. */
	public String describe() {
		return id.replace('-', ' ') + (this == SYNTHETIC_DATASET || this == MODALITY_CACHE ? "" : " folder");
	}
}
