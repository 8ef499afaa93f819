package org.mer.train;

import java.util.List;

/**
 * Per-channel mean and standard deviation of network inputs in [0, 1], measured on a training
 * set and stored with the model (SPEC §3 normalisation). A channel with (near) zero spread gets
 * std 1. Immutable.
 */
public final class InputStats {
	private final float[] mean, std;

	public InputStats(float[] mean, float[] std) {
		this.mean = mean.clone();
		this.std = std.clone();
	}

	/** Mean and population std of each of the 3 channels over all pixels of all examples. */
	public static InputStats of(List<Example> examples) {
		double[] sum = new double[3], sq = new double[3];
		long perChannel = 0;
		for (Example e : examples) {
			float[] a = e.chw();
			int plane = a.length / 3;
			perChannel += plane;
			for (int c = 0; c < 3; c++)
				for (int i = c * plane; i < (c + 1) * plane; i++) {
					sum[c] += a[i];
					sq[c] += (double) a[i] * a[i];
				}
		}
		float[] mean = new float[3], std = new float[3];
		for (int c = 0; c < 3; c++) {
			double m = perChannel == 0 ? 0 : sum[c] / perChannel;
			double var = perChannel == 0 ? 0 : Math.max(0, sq[c] / perChannel - m * m);
			mean[c] = (float) m;
			std[c] = var < 1e-10 ? 1f : (float) Math.sqrt(var);
		}
		return new InputStats(mean, std);
	}

	public float[] mean() { return mean.clone(); }

	public float[] std() { return std.clone(); }

	/** (x - mean[c]) / std[c] into {@code out} (may be a new array of the same length). */
	public void standardise(float[] chw, float[] out) {
		int plane = chw.length / 3;
		for (int c = 0; c < 3; c++)
			for (int i = c * plane; i < (c + 1) * plane; i++)
				out[i] = (chw[i] - mean[c]) / std[c];
	}
}
