package org.mer.align;

/** Order statistics of float arrays without a full sort. Stateless. */
final class Select {
	private Select() {}

	/**
	 * The median of {@code a[0 .. n)} (upper median for even n), by quickselect: O(n) expected.
	 * Reorders that part of the array. Returns 0 for n = 0.
	 */
	static double median(float[] a, int n) {
		if (n == 0) return 0;
		int k = n / 2, lo = 0, hi = n - 1;
		while (lo < hi) {
			float pivot = a[(lo + hi) >>> 1];
			int i = lo, j = hi;
			while (i <= j) {
				while (a[i] < pivot) i++;
				while (a[j] > pivot) j--;
				if (i <= j) {
					float tmp = a[i];
					a[i++] = a[j];
					a[j--] = tmp;
				}
			}
			if (k <= j) hi = j;
			else if (k >= i) lo = i;
			else break;
		}
		return a[k];
	}
}
