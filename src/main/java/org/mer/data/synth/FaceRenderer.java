package org.mer.data.synth;

import java.util.Random;

/**
 * Renders frames geometrically: for every pixel centre x of the image, the face point it shows
 * is p = pose^-1(x), displaced backwards by the active expressions, q = p - sum_k a_k u_k(p), and
 * the neutral face is drawn procedurally at q ({@link FacePainter}); no rendered image is ever
 * resampled, so the head pose of each frame is exactly the transform that maps the neutral face
 * to it. The backdrop stays still (the camera does not move). Then, per pixel, the lids close by
 * the frame's closure, the illumination applies (gain * (1 + side * u) * value + offset, u the
 * horizontal position in [-0.5, 0.5] of the width) and sensor noise is added: Gaussian with
 * variance read^2 + shot * value. Values are clamped to [0, 255]. Not thread safe (one per
 * thread); memory: the still backdrop, one frame at a time.
 */
final class FaceRenderer {
	private final FacePainter painter;
	private final int width, height;
	private final float[][] backdrop;
	private final double[] p = new double[2], u = new double[2];
	private final FacePainter.Paint paint = new FacePainter.Paint();

	FaceRenderer(FacePainter painter) {
		this.painter = painter;
		width = painter.width();
		height = painter.height();
		backdrop = new float[3][width * height];
		for (int y = 0; y < height; y++)
			for (int x = 0; x < width; x++) {
				double b = painter.backdrop(x + 0.5, y + 0.5);
				for (int c = 0; c < 3; c++) backdrop[c][y * width + x] = (float) (painter.background(c) * b);
			}
	}

	/**
	 * Renders one frame as RGB planes (row-major, 0..255).
	 *
	 * @param readNoise standard deviation of the Gaussian read noise, grey levels
	 * @param shotNoise signal-dependent noise variance per grey level
	 * @param noise the frame's noise source (drawn pixel by pixel, channel by channel)
	 */
	float[][] render(FrameState s, double readNoise, double shotNoise, Random noise) {
		float[][] out = new float[3][width * height];
		double[] rgb = new double[3];
		double read2 = readNoise * readNoise;
		boolean noisy = readNoise > 0 || shotNoise > 0;
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				int i = y * width + x;
				double xc = x + 0.5, yc = y + 0.5;
				face(s, xc, yc, i, rgb);
				double light = s.gain * (1 + s.side * (xc / width - 0.5));
				for (int c = 0; c < 3; c++) {
					double v = light * rgb[c] + s.offset;
					if (noisy) v += Math.sqrt(read2 + shotNoise * Math.max(0, v)) * noise.nextGaussian();
					out[c][i] = (float) (v < 0 ? 0 : v > 255 ? 255 : v);
				}
			}
		}
		return out;
	}

	/** The noiseless, unlit colour of pixel i (centre xc, yc). */
	private void face(FrameState s, double xc, double yc, int i, double[] rgb) {
		s.pose.inverse(xc, yc, p);
		double qx = p[0], qy = p[1];
		for (int k = 0; k < s.amplitudes.length; k++) {
			if (s.amplitudes[k] == 0) continue;
			s.fields.get(k).at(p[0], p[1], u);
			qx -= s.amplitudes[k] * u[0];
			qy -= s.amplitudes[k] * u[1];
		}
		if (!painter.covers(qx, qy)) {
			for (int c = 0; c < 3; c++) rgb[c] = backdrop[c][i];
			return;
		}
		painter.paint(qx, qy, paint);
		double a = paint.alpha, blink = s.closure * paint.eye;
		for (int c = 0; c < 3; c++) {
			double f = paint.rgb[c] + blink * (paint.lid[c] - paint.rgb[c]);
			rgb[c] = backdrop[c][i] * (1 - a) + f * a;
		}
	}

	/**
	 * The apex mask of an expression in the image of a frame with this pose: 255 where the
	 * expression displaces the face by more than {@code threshold} pixels as seen in the image
	 * (amplitude times the pose's scale), else 0.
	 */
	byte[] mask(HeadPose pose, ExpressionField field, double amplitude, double threshold) {
		byte[] m = new byte[width * height];
		double limit = threshold / (amplitude * pose.scale());
		for (int y = 0; y < height; y++)
			for (int x = 0; x < width; x++) {
				pose.inverse(x + 0.5, y + 0.5, p);
				field.at(p[0], p[1], u);
				if (Math.hypot(u[0], u[1]) > limit) m[y * width + x] = (byte) 255;
			}
		return m;
	}
}
