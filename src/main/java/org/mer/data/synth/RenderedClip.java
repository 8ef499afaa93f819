package org.mer.data.synth;

/** What the dataset generator needs of a synthetic clip, however it is rendered. */
interface RenderedClip {
	/** Number of frames, onset to offset inclusive. */
	int length();

	/** 0-based index of the apex frame. */
	int apexIndex();

	/** Largest displacement of the expression at the apex, pixels. */
	double peak();

	boolean hasBlink();

	/** Frame t (0-based) as RGB planes, 0..255, row-major. */
	float[][] frame(int t);

	/** 255 where the expression moved the face by more than {@link SyntheticClip#MASK_THRESHOLD} px at the apex, else 0. */
	byte[] apexMask();
}
