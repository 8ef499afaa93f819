package org.mer.mesti;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The per-axis precomputed resampling gives the bits of the direct one, shrinking, growing and copying. */
class ResampleAxisTest {
	@Test
	void sameBitsAsResampleForEveryLengthPair() {
		Random r = new Random(8);
		int[] lengths = { 1, 2, 3, 5, 7, 64, 111, 112, 113, 224, 280, 340, 481 };
		for (int n : lengths)
			for (int t : lengths) {
				double[] in = new double[3 * n];
				float[] inF = new float[3 * n];
				for (int i = 0; i < in.length; i++)
					in[i] = inF[i] = r.nextFloat() * 255;
				double[] expected = new double[2 * t], fromDouble = new double[2 * t], fromFloat = new double[2 * t];
				NetworkInput.resample(in, 1, 3, n, expected, 1, 2, t); // strided, as the vertical pass reads
				NetworkInput.Axis axis = new NetworkInput.Axis(n, t);
				axis.apply(in, 1, 3, fromDouble, 1, 2);
				double[] widened = new double[inF.length]; // as NetworkInput.resize widens each float row
				for (int i = 0; i < inF.length; i++)
					widened[i] = inF[i];
				axis.apply(widened, 1, 3, fromFloat, 1, 2);
				assertArrayEquals(expected, fromDouble, 0, n + " -> " + t);
				assertArrayEquals(expected, fromFloat, 0, n + " -> " + t + " from floats");
			}
	}
}
