package org.mer.data.synth;

/** File format of written frames: JPEG (as the datasets ship them) or lossless PNG. */
public enum FrameFormat {
	JPEG("jpg"), PNG("png");

	private final String extension;

	FrameFormat(String extension) {
		this.extension = extension;
	}

	/** File name extension without the dot. */
	public String extension() {
		return extension;
	}
}
