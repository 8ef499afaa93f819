package org.mer.data.synth;

import java.util.Random;

/**
 * A smooth random signal in [-1, 1]: the weighted mean of three sinusoids with random periods
 * (between a shortest and a longest, in seconds), weights and phases. Used for slow head drift
 * and slow illumination change; a function of time, so nothing is stored per frame. Immutable.
 */
final class SlowWave {
	private final double[] omega = new double[3], phase = new double[3], weight = new double[3];

	/** @param minPeriod shortest period, seconds (&gt; 0); @param maxPeriod longest period, seconds */
	SlowWave(double minPeriod, double maxPeriod, Random r) {
		double sum = 0;
		for (int k = 0; k < 3; k++) {
			double period = minPeriod + (maxPeriod - minPeriod) * r.nextDouble();
			omega[k] = 2 * Math.PI / period;
			phase[k] = 2 * Math.PI * r.nextDouble();
			weight[k] = 0.5 + 0.5 * r.nextDouble();
			sum += weight[k];
		}
		for (int k = 0; k < 3; k++) weight[k] /= sum;
	}

	/** The value at time {@code seconds}. */
	double at(double seconds) {
		double v = 0;
		for (int k = 0; k < 3; k++) v += weight[k] * Math.sin(omega[k] * seconds + phase[k]);
		return v;
	}
}
