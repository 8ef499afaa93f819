package org.mer.mesti;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.real.FloatType;

import org.mer.clip.FrameAccess;

/**
 * A frozen copy of NetworkInput.toChw as it was before the input-scaling option (commit c9402e2):
 * resize, one global min-max, grey replicated, standardised. Tests compare the min-max scaling
 * against it bit for bit, so models made before the option keep their exact inputs.
 */
final class LegacyNetworkInput {
	private LegacyNetworkInput() {}

	static float[] toChw(RandomAccessibleInterval<FloatType> xyc, int size, float[] mean, float[] std) {
		long[] shape = FrameAccess.shape(xyc);
		int w = (int) shape[0], h = (int) shape[1], c = (int) shape[2];
		float[] src = FrameAccess.toArray(xyc);
		int plane = size * size;
		double[] resized = new double[c * plane];
		for (int ch = 0; ch < c; ch++) {
			double[] rows = new double[size * h];
			for (int y = 0; y < h; y++) {
				double[] line = new double[w];
				for (int i = 0; i < w; i++)
					line[i] = src[ch * w * h + y * w + i];
				NetworkInput.resample(line, 0, 1, w, rows, y * size, 1, size);
			}
			for (int x = 0; x < size; x++)
				NetworkInput.resample(rows, x, size, h, resized, ch * plane + x, size, size);
		}
		double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
		for (double v : resized) {
			min = Math.min(min, v);
			max = Math.max(max, v);
		}
		double range = max - min;
		float[] out = new float[3 * plane];
		for (int oc = 0; oc < 3; oc++) {
			int from = (c == 1 ? 0 : oc) * plane;
			for (int i = 0; i < plane; i++) {
				double v01 = range > 0 ? (resized[from + i] - min) / range : 0;
				out[oc * plane + i] = (float) ((v01 - mean[oc]) / std[oc]);
			}
		}
		return out;
	}
}
