package org.mer.train;

import java.util.List;
import java.util.Random;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/** Builds input and label arrays of a batch in a caller-owned manager. */
final class Batches {
	private Batches() {}

	/**
	 * @param augment seeded generator for {@link Augmenter}, or null for no augmentation
	 * @return B x 3 x S x S standardised inputs, in {@code manager}
	 */
	static NDArray inputs(NDManager manager, List<Example> batch, InputStats stats, Random augment) {
		int n = batch.get(0).chw().length, size = (int) Math.round(Math.sqrt(n / 3.0));
		float[] flat = new float[batch.size() * n];
		float[] standard = new float[n];
		for (int i = 0; i < batch.size(); i++) {
			stats.standardise(batch.get(i).chw(), standard);
			float[] x = augment == null ? standard : Augmenter.augment(standard, 3, size, size, augment);
			System.arraycopy(x, 0, flat, i * n, n);
		}
		return manager.create(flat, new Shape(batch.size(), 3, size, size));
	}

	/** B class indices as int32, in {@code manager}. */
	static NDArray labels(NDManager manager, List<Example> batch) {
		int[] y = new int[batch.size()];
		for (int i = 0; i < y.length; i++)
			y[i] = batch.get(i).label();
		return manager.create(y);
	}
}
