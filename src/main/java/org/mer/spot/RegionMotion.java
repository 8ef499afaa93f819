package org.mer.spot;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.List;

import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_video.DISOpticalFlow;
import org.bytedeco.opencv.opencv_video.DenseOpticalFlow;
import org.bytedeco.opencv.opencv_video.FarnebackOpticalFlow;

/**
 * Dense flow between two analysis frames, summarised per facial region.
 * <p>
 * Flow (OpenCV sign convention: {@code from(x) ~ to(x + flow(x))}, pixels of the analysis frame):
 * Farneback with OpenCV's usual parameters (3 levels, pyramid scale 0.5, window 15, 3
 * iterations, polyN 5, polySigma 1.2), or DIS with preset ULTRAFAST but the finest pyramid scale
 * s = max(0, floor(log2(width / 48))), so that flow is estimated on an image at least 48 px wide
 * (s = 1 at the default 128 px; the preset's s = 2 works on 32 px and measured a 1 px lip-corner
 * motion at half its size).
 * <p>
 * Head motion ({@link HeadMotion#NOSE}): the flow is computed on the pair registered by the
 * nose's translation, so that it only has to find the motion relative to the nose: flow errors
 * grow with the displacement, and a 4 px head translation left up to 0.3..0.5 px of false
 * "expression" in some region when the nose flow was merely subtracted, but under 0.1 px after
 * registration (synthetic faces, Farneback). The translation is predicted by the previous pair's
 * (pairs come in recording order and the head moves smoothly), so one flow per pair suffices: when
 * the prediction exceeds {@value #REGISTER_PX} px, the later frame is shifted back by it
 * (bilinear, edges replicated) before the flow; if the nose still moved by more than that (the
 * component-wise median of its flow, which resists a neighbouring motion reaching into part of the
 * box), the prediction is corrected and the flow computed again. The nose median of the final flow
 * is then subtracted, and the nose translation (shift plus median) is the next prediction.
 * This removes head translation, not rotation or scaling (align before spotting for those). Under
 * {@link HeadMotion#NONE} the flow is used as it is.
 * <p>
 * Per region: {@code |mean over its pixels of flow(x) - r|}, the mean vector rather than the
 * mean magnitude, so the flow noise of a still region averages out instead of adding up to a
 * positive floor (regions are small and one-sided, so the motion of an action unit is mostly
 * coherent inside one). Also the head motion: the magnitude of the total nose translation.
 * <p>
 * Owns the OpenCV algorithm and its buffers; close it. Not thread safe; keeps the prediction
 * between calls (pairs in another order give nearly the same values, with more second flows).
 */
final class RegionMotion implements AutoCloseable {
	/** Nose motion (analysis pixels) above which the pair is registered and the flow computed again. */
	static final double REGISTER_PX = 0.5;
	private final HeadMotion headMotion;
	private final int width, height;
	private final List<int[]> boxes;
	private final DenseOpticalFlow algorithm;
	private final Mat flow = new Mat(), registered = new Mat(), shiftMat = new Mat(2, 3, opencv_core.CV_64FC1);
	private final DoubleBuffer shift;
	private final Scalar border = new Scalar();
	/** The last pair's nose translation, the prediction for the next pair. */
	private double predictedU, predictedV;
	private final float[] uv, noseU, noseV;

	RegionMotion(FlowMethod method, HeadMotion headMotion, int width, int height) {
		this.headMotion = headMotion;
		this.width = width;
		this.height = height;
		this.boxes = FaceRegions.boxes(width, height);
		this.uv = new float[2 * width * height];
		shift = shiftMat.createBuffer();
		shift.put(0, 1).put(1, 0).put(3, 0).put(4, 1);
		int[] nose = boxes.get(FaceRegions.NOSE);
		noseU = new float[(nose[2] - nose[0]) * (nose[3] - nose[1])];
		noseV = new float[noseU.length];
		if (method == FlowMethod.DIS) {
			DISOpticalFlow dis = DISOpticalFlow.create(DISOpticalFlow.PRESET_ULTRAFAST);
			dis.setFinestScale(finestScale(width));
			algorithm = dis;
		}
		else {
			algorithm = FarnebackOpticalFlow.create(3, 0.5, false, 15, 3, 5, 1.2, 0);
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
		boolean nose = headMotion == HeadMotion.NOSE;
		double au = 0, av = 0;
		if (nose && Math.hypot(predictedU, predictedV) > REGISTER_PX) {
			au = predictedU;
			av = predictedV;
		}
		flow(from, to, au, av);
		float[] ref = noseMedian(boxes.get(FaceRegions.NOSE));
		if (nose && Math.hypot(ref[0], ref[1]) > REGISTER_PX) {
			au += ref[0];
			av += ref[1];
			flow(from, to, au, av);
			ref = noseMedian(boxes.get(FaceRegions.NOSE));
		}
		double hu = au + ref[0], hv = av + ref[1];
		if (nose) {
			predictedU = hu;
			predictedV = hv;
		}
		else {
			ref[0] = 0;
			ref[1] = 0;
		}
		for (int r = 0; r < boxes.size(); r++)
			out[r] = (float) meanResidual(boxes.get(r), ref[0], ref[1]);
		out[boxes.size()] = (float) Math.hypot(hu, hv);
	}

	/** Flow from {@code from} to {@code to} shifted back by (u, v) (no shift when both are 0). */
	private void flow(Mat from, Mat to, double u, double v) {
		if (u == 0 && v == 0) {
			flow(from, to);
			return;
		}
		shift.put(2, -u);
		shift.put(5, -v);
		opencv_imgproc.warpAffine(to, registered, shiftMat, to.size(), opencv_imgproc.INTER_LINEAR, opencv_core.BORDER_REPLICATE, border);
		flow(from, registered);
	}

	private void flow(Mat from, Mat to) {
		algorithm.calc(from, to, flow);
		if (flow.type() != opencv_core.CV_32FC2 || flow.rows() != height || flow.cols() != width)
			throw new IllegalStateException("unexpected flow from OpenCV: type " + flow.type() + ", " + flow.cols() + " x " + flow.rows());
		if (!flow.isContinuous()) throw new IllegalStateException("OpenCV returned a non-continuous flow");
		FloatBuffer buffer = flow.createBuffer();
		buffer.get(uv, 0, uv.length);
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
		registered.close();
		shiftMat.close();
		border.close();
		algorithm.close();
	}
}
