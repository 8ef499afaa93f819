package org.mer.export;

import org.mer.core.Identified;

/** The file format of exported modality images. */
public enum ExportFormat implements Identified {
	/** One {@code .npz} per sample, one float32 array (channel, y, x) per modality, raw values. */
	NPZ("npz", ".npz"),
	/** One 8-bit PNG per sample and modality (global min-max to 0..255): for looking, not for training. */
	PNG("png", ".png"),
	/** One 32-bit float ImageJ TIFF per sample and modality, one slice per channel, raw values, settings in its Info. */
	TIFF("tiff", ".tif");

	private final String id, extension;

	ExportFormat(String id, String extension) {
		this.id = id;
		this.extension = extension;
	}

	@Override
	public String id() {
		return id;
	}

	/** ".npz", ".png" or ".tif". */
	public String extension() {
		return extension;
	}
}
