package org.mer.train;

import java.util.Random;

/**
 * Training-time augmentation of one network input (SPEC §8), on the standardised float array in
 * (C, H, W) order: with probability 1/2 a horizontal flip; a rotation by an angle uniform in
 * [-{@value #MAX_ROTATION_DEG}, +{@value #MAX_ROTATION_DEG}] degrees about the image centre and a
 * translation uniform in [-{@value #MAX_SHIFT_PX}, +{@value #MAX_SHIFT_PX}] pixels per axis,
 * resampled bilinearly with edge values repeated outside the image; then a brightness jitter
 * {@code x * (1 + a) + b} with a and b uniform in [-{@value #MAX_GAIN}, +{@value #MAX_GAIN}]
 * (in standardised units, the same for all channels).
 * <p>
 * Every random number comes from the given {@link Random} in a fixed order (flip, angle, dx,
 * dy, a, b), so a seeded generator repeats exactly. Stateless and thread safe.
 */
public final class Augmenter {
	public static final double MAX_ROTATION_DEG = 8;
	public static final double MAX_SHIFT_PX = 4;
	public static final double MAX_GAIN = 0.1;

	private Augmenter() {}

	/** @return a new augmented array; {@code chw} is not modified */
	public static float[] augment(float[] chw, int channels, int height, int width, Random rng) {
		boolean flip = rng.nextBoolean();
		double angle = Math.toRadians(uniform(rng, MAX_ROTATION_DEG));
		double dx = uniform(rng, MAX_SHIFT_PX), dy = uniform(rng, MAX_SHIFT_PX);
		double gain = 1 + uniform(rng, MAX_GAIN), bias = uniform(rng, MAX_GAIN);
		return transform(chw, channels, height, width, flip, angle, dx, dy, (float) gain, (float) bias);
	}

	/**
	 * The deterministic part: output pixel (x, y) takes the input at the point that the inverse
	 * of "flip, then rotate by {@code angle} about the centre, then shift by (dx, dy)" maps it to.
	 */
	static float[] transform(float[] chw, int channels, int height, int width, boolean flip, double angle, double dx,
		double dy, float gain, float bias)
	{
		if (chw.length != channels * height * width)
			throw new IllegalArgumentException("array of " + chw.length + " values is not " + channels + " x " + height + " x " + width);
		float[] out = new float[chw.length];
		double cx = (width - 1) / 2.0, cy = (height - 1) / 2.0;
		double cos = Math.cos(angle), sin = Math.sin(angle);
		int plane = height * width;
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				double u = x - dx - cx, v = y - dy - cy;
				double sx = cos * u + sin * v + cx, sy = -sin * u + cos * v + cy;
				if (flip) sx = width - 1 - sx;
				sx = clamp(sx, width - 1);
				sy = clamp(sy, height - 1);
				int x0 = (int) Math.floor(sx), y0 = (int) Math.floor(sy);
				int x1 = Math.min(x0 + 1, width - 1), y1 = Math.min(y0 + 1, height - 1);
				double fx = sx - x0, fy = sy - y0;
				for (int c = 0; c < channels; c++) {
					int o = c * plane;
					double top = (1 - fx) * chw[o + y0 * width + x0] + fx * chw[o + y0 * width + x1];
					double bottom = (1 - fx) * chw[o + y1 * width + x0] + fx * chw[o + y1 * width + x1];
					out[o + y * width + x] = (float) ((1 - fy) * top + fy * bottom) * gain + bias;
				}
			}
		}
		return out;
	}

	private static double uniform(Random rng, double max) {
		return (rng.nextDouble() * 2 - 1) * max;
	}

	private static double clamp(double v, int max) {
		return v < 0 ? 0 : v > max ? max : v;
	}
}
