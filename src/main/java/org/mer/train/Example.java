package org.mer.train;

import java.util.Objects;

import org.mer.data.Sample;

/**
 * One sample ready for the network: its modality image resized to S x S and scaled to [0, 1]
 * ({@link org.mer.mesti.NetworkInput#toChw} with mean 0, std 1) or, with {@code dataset} scaling,
 * only resized ({@link org.mer.mesti.NetworkInput#resized}), as 3 x S x S floats in (C, H, W)
 * order, and its class index. The dataset range and the standardisation with the training set's
 * {@link InputStats} are applied when batches are built. The array is shared, never modified.
 * <p>
 * A sample of a synthetic dataset also carries its moving region at the network input
 * resolution ({@link #movingRegion()}, see {@link Examples#movingRegion}), against which the
 * attention maps are scored; real samples have none.
 */
public final class Example {
	private final Sample sample;
	private final int label;
	private final float[] chw;
	private final boolean[] movingRegion;

	/** An example without a known moving region. */
	public Example(Sample sample, int label, float[] chw) {
		this(sample, label, chw, null);
	}

	/** @param movingRegion S x S pixels, row-major, true where the face moved; null when unknown */
	public Example(Sample sample, int label, float[] chw, boolean[] movingRegion) {
		this.sample = Objects.requireNonNull(sample);
		this.label = label;
		this.chw = Objects.requireNonNull(chw);
		if (movingRegion != null && movingRegion.length * 3 != chw.length)
			throw new IllegalArgumentException("moving region has " + movingRegion.length + " pixels, the input " + chw.length / 3);
		this.movingRegion = movingRegion;
	}

	public Sample sample() { return sample; }

	/** Index of the sample's class in the run's class list. */
	public int label() { return label; }

	/** 3 x S x S values (in [0, 1] unless the scaling is {@code dataset}); do not modify. */
	public float[] chw() { return chw; }

	/** S x S pixels, row-major ({@code y * S + x}), true where the face moved; null when unknown. Do not modify. */
	public boolean[] movingRegion() { return movingRegion; }
}
