package org.mer.train;

import java.util.ArrayList;
import java.util.List;

import org.mer.mesti.InputScaling;
import org.mer.mesti.ScalingSettings;

/**
 * How a trained network's inputs reach it (SPEC §3 normalisation), measured on a training set
 * and stored with the model: the input scaling to [0, 1] (for {@code dataset}, with the
 * per-channel range fitted on these training examples) and the per-channel mean and standard
 * deviation of the scaled inputs. A channel with (near) zero spread gets std 1. Immutable.
 */
public final class InputStats {
	private final float[] mean, std;
	private final ScalingSettings scaling;

	/** Statistics of inputs already scaled with the global min-max ({@link ScalingSettings#minmax()}). */
	public InputStats(float[] mean, float[] std) {
		this(mean, std, ScalingSettings.minmax());
	}

	/** @param scaling the inputs' scaling; a dataset scaling must be fitted */
	public InputStats(float[] mean, float[] std, ScalingSettings scaling) {
		if (scaling.kind() == InputScaling.DATASET && !scaling.isFitted())
			throw new IllegalArgumentException("dataset scaling without a fitted range");
		this.mean = mean.clone();
		this.std = std.clone();
		this.scaling = scaling;
	}

	/**
	 * Mean and population std of each of the 3 channels over all pixels of examples already in
	 * [0, 1] (made with a per-image scaling); the scaling recorded is the global min-max.
	 */
	public static InputStats of(List<Example> examples) {
		return moments(examples, null, ScalingSettings.minmax());
	}

	/**
	 * The statistics of training examples made with {@code scaling} ({@link Examples#load}): for a
	 * per-image scaling the moments of the examples as they are; for {@code dataset} the range is
	 * first fitted on these examples only ({@link ScalingSettings#fit}), then the moments of the
	 * examples scaled with it are taken. Pass the training examples of one fold, never test ones.
	 */
	public static InputStats fit(List<Example> train, ScalingSettings scaling) {
		if (scaling.kind().perImage()) return moments(train, null, scaling);
		List<float[]> images = new ArrayList<>();
		for (Example e : train)
			images.add(e.chw());
		ScalingSettings fitted = scaling.fit(images);
		return moments(train, fitted, fitted);
	}

	private static InputStats moments(List<Example> examples, ScalingSettings range, ScalingSettings recorded) {
		double[] sum = new double[3], sq = new double[3];
		long perChannel = 0;
		float[] scaled = null;
		for (Example e : examples) {
			float[] a = e.chw();
			if (range != null) {
				if (scaled == null || scaled.length != a.length) scaled = new float[a.length];
				range.scaleChannels(a, scaled);
				a = scaled;
			}
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
		return new InputStats(mean, std, recorded);
	}

	public float[] mean() { return mean.clone(); }

	public float[] std() { return std.clone(); }

	/** The scaling the inputs go through before standardisation (fitted for {@code dataset}). */
	public ScalingSettings scaling() { return scaling; }

	/**
	 * An example's network input: for {@code dataset} first scaled per channel with the fitted
	 * range, then (x - mean[c]) / std[c] (float arithmetic), into {@code out} (may be a new array
	 * of the same length).
	 */
	public void standardise(float[] chw, float[] out) {
		float[] in = chw;
		if (scaling.isFitted()) {
			scaling.scaleChannels(chw, out);
			in = out;
		}
		int plane = chw.length / 3;
		for (int c = 0; c < 3; c++)
			for (int i = c * plane; i < (c + 1) * plane; i++)
				out[i] = (in[i] - mean[c]) / std[c];
	}
}
