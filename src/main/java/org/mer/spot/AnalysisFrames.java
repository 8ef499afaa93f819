package org.mer.spot;

import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;
import org.mer.clip.FrameAccess;
import org.mer.core.InputException;
import org.mer.face.FaceBox;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.real.FloatType;

/**
 * Turns source frames into the spotter's analysis frames: the face box is cut out, made grey
 * (C = 3: 0.299 R + 0.587 G + 0.114 B; other C: the mean of the channels), brought to 0..255 by a
 * factor fixed once from the first frame (its maximum at most 1: x255, at most 255: x1, at most
 * 65535: x255/65535, else x255/max), resized with OpenCV's area interpolation so that the width
 * is the analysis size (the height keeps the box's aspect) and rounded to 8 bits (saturating).
 * Every frame uses the same factor, so brightness changes in the recording stay visible as such.
 * <p>
 * Holds a few native buffers of the box's size, reused for each frame; close it. Not thread safe.
 */
final class AnalysisFrames implements AutoCloseable {
	private final String name;
	private final long srcW, srcH;
	private final int channels, bx, by, bw, bh, outW, outH;
	private final double scale;
	private final float[] crop;
	private final FloatPointer cropPixels;
	private final Mat cropMat, resized;
	private final Size outSize;

	/**
	 * @param box the face in source pixels, inside the frames
	 * @param first the first frame, which fixes the intensity factor
	 */
	AnalysisFrames(String name, long srcW, long srcH, int channels, FaceBox box, int analysisSize, RandomAccessibleInterval<FloatType> first) {
		this.name = name;
		this.srcW = srcW;
		this.srcH = srcH;
		this.channels = channels;
		bx = (int) box.x();
		by = (int) box.y();
		bw = (int) box.width();
		bh = (int) box.height();
		outW = analysisSize;
		outH = (int) Math.max(16, Math.round((double) analysisSize * bh / bw));
		scale = intensityFactor(first);
		crop = new float[bw * bh];
		cropPixels = new FloatPointer(crop.length);
		cropMat = new Mat(bh, bw, opencv_core.CV_32FC1, cropPixels);
		resized = new Mat();
		outSize = new Size(outW, outH);
	}

	int width() { return outW; }
	int height() { return outH; }
	/** The factor that brings source values to 0..255. */
	double intensityFactor() { return scale; }

	static double intensityFactor(RandomAccessibleInterval<FloatType> frame) {
		float max = 0;
		for (FloatType v : net.imglib2.view.Views.flatIterable(frame))
			max = Math.max(max, v.get());
		if (max <= 1) return 255;
		if (max <= 255) return 1;
		if (max <= 65535) return 255.0 / 65535;
		return 255.0 / max;
	}

	/**
	 * Writes the analysis frame of {@code frame} into {@code out} (reallocated by OpenCV only when
	 * it is not already an {@code outH x outW} 8-bit one).
	 *
	 * @throws InputException naming the frame when its size or channels differ from the source's
	 */
	void prepare(RandomAccessibleInterval<FloatType> frame, int frameNumber, Mat out) {
		long[] s = FrameAccess.shape(frame);
		if (s[0] != srcW || s[1] != srcH || s[2] != channels)
			throw new InputException("frame " + frameNumber + " of " + name + " is " + FrameAccess.describe(s) + " but the recording is "
				+ srcW + " x " + srcH + " x " + channels);
		float[] data = FrameAccess.backingArray(frame);
		if (data == null) data = FrameAccess.toArray(frame);
		cutGrey(data);
		cropPixels.put(crop);
		if (bw == outW && bh == outH) {
			cropMat.convertTo(out, opencv_core.CV_8U);
			return;
		}
		opencv_imgproc.resize(cropMat, resized, outSize, 0, 0, opencv_imgproc.INTER_AREA);
		resized.convertTo(out, opencv_core.CV_8U);
	}

	private void cutGrey(float[] data) {
		int w = (int) srcW;
		long plane = srcW * srcH;
		float f = (float) scale;
		for (int y = 0; y < bh; y++) {
			int src = bx + w * (by + y), dst = y * bw;
			if (channels == 1) {
				for (int x = 0; x < bw; x++)
					crop[dst + x] = f * data[src + x];
			}
			else if (channels == 3) {
				int g = (int) (src + plane), b = (int) (src + 2 * plane);
				for (int x = 0; x < bw; x++)
					crop[dst + x] = f * (0.299f * data[src + x] + 0.587f * data[g + x] + 0.114f * data[b + x]);
			}
			else {
				for (int x = 0; x < bw; x++) {
					float sum = 0;
					for (int c = 0; c < channels; c++)
						sum += data[(int) (src + x + c * plane)];
					crop[dst + x] = f * sum / channels;
				}
			}
		}
	}

	@Override
	public void close() {
		outSize.close();
		resized.close();
		cropMat.close();
		cropPixels.close();
	}
}
