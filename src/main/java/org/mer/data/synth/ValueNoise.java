package org.mer.data.synth;

import java.util.Random;

/**
 * Multi-scale value noise: random values on square lattices of several cell sizes, smoothly
 * interpolated (smoothstep) and summed with decreasing weights. Gives a skin-like texture whose
 * fine scales make sub-pixel warps visible. Values roughly in [-1, 1]. Immutable.
 */
final class ValueNoise {
	private final int width, height;
	private final double[] cells, weights;
	private final float[][] lattices;
	private final int[] latticeWidths;

	/**
	 * @param cells lattice cell sizes in pixels (e.g. 24, 12, 6, 3, 1.5)
	 * @param weights weight of each scale
	 */
	ValueNoise(int width, int height, double[] cells, double[] weights, Random random) {
		this.width = width;
		this.height = height;
		this.cells = cells.clone();
		double sum = 0;
		for (double w : weights) sum += Math.abs(w);
		this.weights = new double[weights.length];
		for (int i = 0; i < weights.length; i++) this.weights[i] = weights[i] / sum;
		lattices = new float[cells.length][];
		latticeWidths = new int[cells.length];
		for (int s = 0; s < cells.length; s++) {
			int lw = (int) Math.ceil(width / cells[s]) + 2, lh = (int) Math.ceil(height / cells[s]) + 2;
			latticeWidths[s] = lw;
			lattices[s] = new float[lw * lh];
			for (int i = 0; i < lattices[s].length; i++) lattices[s][i] = (float) (2 * random.nextDouble() - 1);
		}
	}

	/** Noise value at pixel position (x, y), x in [0, width), y in [0, height). */
	double at(double x, double y) {
		double v = 0;
		for (int s = 0; s < cells.length; s++) {
			double u = Math.max(0, x) / cells[s], w = Math.max(0, y) / cells[s];
			int i = (int) u, j = (int) w;
			double fu = smooth(u - i), fw = smooth(w - j);
			float[] l = lattices[s];
			int lw = latticeWidths[s], k = j * lw + i;
			double top = l[k] + fu * (l[k + 1] - l[k]);
			double bottom = l[k + lw] + fu * (l[k + lw + 1] - l[k + lw]);
			v += weights[s] * (top + fw * (bottom - top));
		}
		return v * 1.8;
	}

	int width() { return width; }
	int height() { return height; }

	private static double smooth(double t) {
		return t * t * (3 - 2 * t);
	}
}
