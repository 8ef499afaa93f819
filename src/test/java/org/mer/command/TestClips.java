package org.mer.command;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.FloatProcessor;

/** Synthetic clips for command tests: a textured background with a blob that brightens to an apex and fades. */
final class TestClips {
	private TestClips() {}

	/**
	 * @param frames number of frames (numbered 1..frames)
	 * @param apex frame (1-based) where the blob is brightest
	 * @return a 32-bit stack {@code size x size}, blob centred at (size * 3/4, size / 4)
	 */
	static ImagePlus blobClip(String title, int size, int frames, int apex) {
		ImageStack stack = new ImageStack(size, size);
		double cx = size * 0.75, cy = size * 0.25;
		for (int t = 1; t <= frames; t++) {
			double amplitude = 40 * Math.max(0, 1 - Math.abs(t - apex) / (double) apex);
			float[] px = new float[size * size];
			for (int y = 0; y < size; y++)
				for (int x = 0; x < size; x++) {
					double d2 = (x - cx) * (x - cx) + (y - cy) * (y - cy);
					px[y * size + x] = (float) (100 + 20 * Math.sin(x * 0.7) * Math.cos(y * 0.5) + amplitude * Math.exp(-d2 / 8));
				}
			stack.addSlice("frame " + t, new FloatProcessor(size, size, px));
		}
		return new ImagePlus(title, stack);
	}
}
