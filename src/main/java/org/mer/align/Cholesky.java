package org.mer.align;

/** Solves small symmetric positive definite systems (the n x n normal equations, n <= 6). Stateless. */
final class Cholesky {
	private Cholesky() {}

	/**
	 * Solves {@code a x = b} for a symmetric positive definite, row-major n x n; a and b are left
	 * unchanged.
	 *
	 * @return false when a is not positive definite to working precision (x untouched)
	 */
	static boolean solve(double[] a, double[] b, int n, double[] x) {
		double[] l = new double[n * n];
		double trace = 0;
		for (int i = 0; i < n; i++) trace += Math.abs(a[i * n + i]);
		if (!(trace > 0) || !Double.isFinite(trace)) return false;
		for (int i = 0; i < n; i++)
			for (int j = 0; j <= i; j++) {
				double sum = a[i * n + j];
				for (int k = 0; k < j; k++) sum -= l[i * n + k] * l[j * n + k];
				if (i == j) {
					if (sum <= 1e-12 * trace) return false;
					l[i * n + i] = Math.sqrt(sum);
				}
				else l[i * n + j] = sum / l[j * n + j];
			}
		double[] y = new double[n];
		for (int i = 0; i < n; i++) {
			double sum = b[i];
			for (int k = 0; k < i; k++) sum -= l[i * n + k] * y[k];
			y[i] = sum / l[i * n + i];
		}
		for (int i = n - 1; i >= 0; i--) {
			double sum = y[i];
			for (int k = i + 1; k < n; k++) sum -= l[k * n + i] * x[k];
			x[i] = sum / l[i * n + i];
		}
		return true;
	}
}
