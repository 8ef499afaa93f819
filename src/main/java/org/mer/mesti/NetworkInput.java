package org.mer.mesti;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.real.FloatType;

import org.mer.clip.FrameAccess;
import org.mer.core.InputException;

/**
 * The network input form of a modality image (SPEC §3): resized to size x size, scaled to
 * [0, 1], standardised per channel, as a flat float array in (C, H, W) order.
 * <ol>
 * <li>Resize each channel to size x size, separably per axis: an axis that shrinks uses area
 * averaging (output pixel j averages the source interval [j s/t, (j+1) s/t), partial pixels
 * weighted by their overlap, like OpenCV INTER_AREA); an axis that grows uses bilinear
 * interpolation with pixel centres aligned (source coordinate (j + 0.5) s/t - 0.5, clamped to
 * the image, like OpenCV INTER_LINEAR / align_corners=false); an axis of equal length is
 * copied. A non-square input is thus stretched to a square, not cropped or padded.</li>
 * <li>Scale to [0, 1] ({@link ScalingSettings}). A per-image rule ({@code minmax}, the default
 * and the rule of models without a "scaling" field: one global min-max over all pixels and
 * channels, a constant image becomes all zeros; {@code percentile}; {@code zscore}) works on the
 * resized image's own channels, before step 3. The {@code dataset} rule works per channel with
 * its fitted range after step 3, on the resized values rounded to float, and standardises in
 * float: bit for bit what training computes from {@link #resized} images.</li>
 * <li>A grey image (C = 1) is replicated to 3 channels.</li>
 * <li>Channel c becomes (x - mean[c]) / std[c].</li>
 * </ol>
 * Stateless and thread safe.
 */
public final class NetworkInput {
	private NetworkInput() {}

	/**
	 * With the global min-max scaling ({@link ScalingSettings#minmax()}); see
	 * {@link #toChw(RandomAccessibleInterval, int, ScalingSettings, float[], float[])}.
	 */
	public static float[] toChw(RandomAccessibleInterval<FloatType> xyc, int size, float[] mean, float[] std) {
		return toChw(xyc, size, ScalingSettings.minmax(), mean, std);
	}

	/**
	 * @param xyc image with axis order (X, Y, C), C = 1 or 3 (a 2D image counts as C = 1)
	 * @param size output width and height, at least 1
	 * @param scaling how to reach [0, 1]; a dataset scaling must be fitted
	 * @param mean per-channel mean (3 values, R G B / channel order)
	 * @param std per-channel standard deviation (3 values, all > 0)
	 * @return 3 * size * size values, index {@code c * size * size + y * size + x}
	 * @throws InputException for another channel count, bad mean/std or an unfitted dataset scaling
	 */
	public static float[] toChw(RandomAccessibleInterval<FloatType> xyc, int size, ScalingSettings scaling, float[] mean, float[] std) {
		if (mean == null || mean.length != 3 || std == null || std.length != 3)
			throw new InputException("network input needs 3 mean and 3 std values");
		for (float s : std)
			if (!(s > 0)) throw new InputException("network input std must be positive, got " + s);
		int plane = size * size;
		float[] out = new float[3 * plane];
		if (!scaling.kind().perImage()) {
			if (!scaling.isFitted()) throw new InputException("dataset input scaling needs its fitted per-channel low/high");
			scaling.scaleChannels(resized(xyc, size), out);
			for (int oc = 0; oc < 3; oc++)
				for (int i = oc * plane; i < (oc + 1) * plane; i++)
					out[i] = (out[i] - mean[oc]) / std[oc]; // float, as InputStats.standardise in training
			return out;
		}
		int[] channels = new int[1];
		double[] resized = resize(xyc, size, channels);
		scaling.scaleImage(resized);
		int c = channels[0];
		for (int oc = 0; oc < 3; oc++) {
			int from = (c == 1 ? 0 : oc) * plane;
			for (int i = 0; i < plane; i++)
				out[oc * plane + i] = (float) ((resized[from + i] - mean[oc]) / std[oc]);
		}
		return out;
	}

	/**
	 * Step 1 and 3 only: the image resized to size x size, not scaled, a grey image replicated to
	 * 3 channels; what training keeps when the scale is fitted per fold ({@code dataset}).
	 *
	 * @return 3 * size * size values in (C, H, W) order
	 */
	public static float[] resized(RandomAccessibleInterval<FloatType> xyc, int size) {
		int[] channels = new int[1];
		double[] resized = resize(xyc, size, channels);
		int plane = size * size;
		float[] out = new float[3 * plane];
		for (int oc = 0; oc < 3; oc++) {
			int from = (channels[0] == 1 ? 0 : oc) * plane;
			for (int i = 0; i < plane; i++)
				out[oc * plane + i] = (float) resized[from + i];
		}
		return out;
	}

	/** Resizes each channel; {@code channels[0]} receives C. */
	private static double[] resize(RandomAccessibleInterval<FloatType> xyc, int size, int[] channels) {
		if (size < 1) throw new InputException("network input size must be at least 1, got " + size);
		long[] shape = FrameAccess.shape(xyc);
		int w = (int) shape[0], h = (int) shape[1], c = (int) shape[2];
		if (c != 1 && c != 3) throw new InputException("network input needs 1 or 3 channels, got " + c);
		float[] data = FrameAccess.backingArray(xyc);
		float[] src = data != null ? data : FrameAccess.toArray(xyc);
		int plane = size * size;
		double[] resized = new double[c * plane];
		Axis across = new Axis(w, size), down = new Axis(h, size);
		double[] rows = new double[size * h], row = new double[w];
		for (int ch = 0; ch < c; ch++) {
			for (int y = 0; y < h; y++) {
				for (int x = 0, i = ch * w * h + y * w; x < w; x++, i++)
					row[x] = src[i];
				across.apply(row, 0, 1, rows, y * size, 1);
			}
			for (int x = 0; x < size; x++)
				down.apply(rows, x, size, resized, ch * plane + x, size);
		}
		channels[0] = c;
		return resized;
	}

	/**
	 * {@link #resample} from n to t values with the source positions and weights worked out once
	 * per axis rather than once per row: the same products and sums in the same order, so the
	 * same bits.
	 */
	static final class Axis {
		private final int n, t;
		private final double step;
		/**
		 * Shrinking: output j averages the inputs [first[j], first[j] + count[j]) with the weights
		 * from weight[offset[j]]. Growing: output j interpolates inputs first[j] and count[j] (the
		 * second one) with weight[j]. Equal: output j is input first[j].
		 */
		private final int[] first, count, offset;
		private final double[] weight;

		Axis(int n, int t) {
			this.n = n;
			this.t = t;
			step = n / (double) t;
			first = new int[t];
			count = new int[t];
			offset = new int[t];
			if (t == n) {
				weight = new double[0];
				for (int j = 0; j < t; j++)
					first[j] = j;
			}
			else if (t < n) {
				double[] w = new double[t * ((int) Math.ceil(step) + 2)];
				int k = 0;
				for (int j = 0; j < t; j++) {
					double a = j * step, b = (j + 1) * step;
					first[j] = -1;
					offset[j] = k;
					for (int i = (int) Math.floor(a); i < b && i < n; i++) {
						double overlap = Math.min(b, i + 1) - Math.max(a, i);
						if (!(overlap > 0)) continue;
						if (first[j] < 0) first[j] = i;
						while (i > first[j] + count[j]) { // a zero-weight input between two used ones keeps its slot
							w[k++] = 0;
							count[j]++;
						}
						w[k++] = overlap;
						count[j]++;
					}
					if (first[j] < 0) first[j] = 0;
				}
				weight = java.util.Arrays.copyOf(w, k);
			}
			else {
				weight = new double[t];
				for (int j = 0; j < t; j++) {
					double s = Math.max(0, Math.min(n - 1, (j + 0.5) * step - 0.5));
					int i0 = (int) Math.floor(s);
					first[j] = i0;
					count[j] = Math.min(i0 + 1, n - 1);
					weight[j] = s - i0;
				}
			}
		}

		/** As {@link NetworkInput#resample} on input read at {@code in[inOff + i * inStride]}. */
		void apply(double[] in, int inOff, int inStride, double[] out, int outOff, int outStride) {
			if (t == n) {
				for (int j = 0; j < t; j++)
					out[outOff + j * outStride] = in[inOff + j * inStride];
			}
			else if (t < n) {
				for (int j = 0; j < t; j++) {
					double sum = 0;
					for (int k = 0, i = first[j], o = offset[j]; k < count[j]; k++, i++)
						if (weight[o + k] > 0) sum += weight[o + k] * in[inOff + i * inStride];
					out[outOff + j * outStride] = sum / step;
				}
			}
			else {
				for (int j = 0; j < t; j++) {
					double f = weight[j];
					out[outOff + j * outStride] = (1 - f) * in[inOff + first[j] * inStride] + f * in[inOff + count[j] * inStride];
				}
			}
		}
	}

	/** Resamples n values (in[inOff + i * inStride]) to t values (out[outOff + j * outStride]). */
	static void resample(double[] in, int inOff, int inStride, int n, double[] out, int outOff, int outStride, int t) {
		if (t == n) {
			for (int j = 0; j < t; j++)
				out[outOff + j * outStride] = in[inOff + j * inStride];
		}
		else if (t < n) {
			double step = n / (double) t;
			for (int j = 0; j < t; j++) {
				double a = j * step, b = (j + 1) * step, sum = 0;
				for (int i = (int) Math.floor(a); i < b && i < n; i++) {
					double overlap = Math.min(b, i + 1) - Math.max(a, i);
					if (overlap > 0) sum += overlap * in[inOff + i * inStride];
				}
				out[outOff + j * outStride] = sum / step;
			}
		}
		else {
			double step = n / (double) t;
			for (int j = 0; j < t; j++) {
				double s = Math.max(0, Math.min(n - 1, (j + 0.5) * step - 0.5));
				int i0 = (int) Math.floor(s), i1 = Math.min(i0 + 1, n - 1);
				double f = s - i0;
				out[outOff + j * outStride] = (1 - f) * in[inOff + i0 * inStride] + f * in[inOff + i1 * inStride];
			}
		}
	}
}
