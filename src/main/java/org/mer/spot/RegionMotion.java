package org.mer.spot;

import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.List;

import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_video.DISOpticalFlow;
import org.bytedeco.opencv.opencv_video.DenseOpticalFlow;
import org.bytedeco.opencv.opencv_video.FarnebackOpticalFlow;

/**
 * Dense flow between two analysis frames, summarised per facial region.
 * <p>
 * Flow (OpenCV sign convention: {@code from(x) ~ to(x + flow(x))}, pixels of the analysis frame):
 * DIS with preset ULTRAFAST but the finest pyramid scale s = max(0, floor(log2(width / 48))), so
 * that flow is estimated on an image at least 48 px wide (s = 1 for the default 128 px: the
 * preset's own s = 2 works on 32 px and underestimates a one-pixel brow or lip-corner motion by
 * half; measured on a synthetic face with a 1 px local shift: ULTRAFAST s = 2 gave 0.46 px,
 * s = 1 0.92 px, FAST 0.60, MEDIUM 0.58, Farneback 0.82, at 0.1, 0.4, 1.0, 1.1 and 2.6 ms per
 * 128 px pair on the shared 2-core build machine); or Farneback with 3 levels, pyramid scale 0.5,
 * window 9, 3 iterations, polyN 5, polySigma 1.1.
 * <p>
 * Per region: {@code |mean over its pixels of flow(x) - r|}, r the component-wise median of the
 * nose region's flow under {@link HeadMotion#NOSE} and 0 under {@link HeadMotion#NONE}. The
 * mean vector rather than the mean magnitude: the flow noise of a still region averages out
 * instead of adding up to a positive floor (regions are small and one-sided, so the motion of
 * an action unit is mostly coherent inside one). Also {@code |r|}, the head motion (reported,
 * and what NOSE removes).
 * <p>
 * Owns the OpenCV algorithm and its buffers; close it. Not thread safe.
 */
final class RegionMotion implements AutoCloseable {
	private final HeadMotion headMotion;
	private final int width, height;
	private final List<int[]> boxes;
	private final DenseOpticalFlow algorithm;
	private final Mat flow = new Mat();
	private final float[] uv, noseU, noseV;

	RegionMotion(FlowMethod method, HeadMotion headMotion, int width, int height) {
		this.headMotion = headMotion;
		this.width = width;
		this.height = height;
		this.boxes = FaceRegions.boxes(width, height);
		this.uv = new float[2 * width * height];
		int[] nose = boxes.get(FaceRegions.NOSE);
		noseU = new float[(nose[2] - nose[0]) * (nose[3] - nose[1])];
		noseV = new float[noseU.length];
		if (method == FlowMethod.DIS) {
			DISOpticalFlow dis = DISOpticalFlow.create(DISOpticalFlow.PRESET_ULTRAFAST);
			dis.setFinestScale(finestScale(width));
			algorithm = dis;
		}
		else {
			algorithm = FarnebackOpticalFlow.create(3, 0.5, false, 9, 3, 5, 1.1, 0);
		}
	}

	/** DIS's finest pyramid scale for an analysis frame {@code width} pixels wide. */
	static int finestScale(int width) {
		int s = 0;
		while (width / (1 << (s + 1)) >= 48)
			s++;
		return s;
	}

	/** Number of values {@link #measure} writes: one per region, then the head motion. */
	int values() {
		return boxes.size() + 1;
	}

	/**
	 * @param from 8-bit grey analysis frame, {@code height x width}
	 * @param to the same size
	 * @param out receives region values (order of {@link FaceRegions#NAMES}), then the head motion
	 */
	void measure(Mat from, Mat to, float[] out) {
		algorithm.calc(from, to, flow);
		if (flow.type() != opencv_core.CV_32FC2 || flow.rows() != height || flow.cols() != width)
			throw new IllegalStateException("unexpected flow from OpenCV: type " + flow.type() + ", " + flow.cols() + " x " + flow.rows());
		if (!flow.isContinuous()) throw new IllegalStateException("OpenCV returned a non-continuous flow");
		FloatBuffer buffer = flow.createBuffer();
		buffer.get(uv, 0, uv.length);
		float[] ref = noseMedian(boxes.get(FaceRegions.NOSE));
		float ru = headMotion == HeadMotion.NOSE ? ref[0] : 0, rv = headMotion == HeadMotion.NOSE ? ref[1] : 0;
		for (int r = 0; r < boxes.size(); r++)
			out[r] = (float) meanResidual(boxes.get(r), ru, rv);
		out[boxes.size()] = (float) Math.hypot(ref[0], ref[1]);
	}

	/** Component-wise median of the flow in the box: robust to a neighbouring motion reaching into part of it. */
	private float[] noseMedian(int[] box) {
		int n = 0;
		for (int y = box[1]; y < box[3]; y++)
			for (int x = box[0], i = 2 * (y * width + x); x < box[2]; x++, i += 2) {
				noseU[n] = uv[i];
				noseV[n++] = uv[i + 1];
			}
		return new float[] { median(noseU, n), median(noseV, n) };
	}

	private static float median(float[] a, int n) {
		Arrays.sort(a, 0, n);
		return n % 2 == 1 ? a[n / 2] : 0.5f * (a[n / 2 - 1] + a[n / 2]);
	}

	/** |mean over the box of (flow - ref)|. */
	private double meanResidual(int[] box, float ru, float rv) {
		double su = 0, sv = 0;
		for (int y = box[1]; y < box[3]; y++)
			for (int x = box[0], i = 2 * (y * width + x); x < box[2]; x++, i += 2) {
				su += uv[i];
				sv += uv[i + 1];
			}
		int area = (box[2] - box[0]) * (box[3] - box[1]);
		return Math.hypot(su / area - ru, sv / area - rv);
	}

	@Override
	public void close() {
		flow.close();
		algorithm.close();
	}
}
