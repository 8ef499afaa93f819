package org.mer.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.mer.net.Engines;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

class LogitsLossTest {
	private static final float[][] LOGITS = { { 2, 0, -1 }, { 0.5f, 1.5f, 0 } };
	private static final int[] LABELS = { 0, 2 };

	private static double logSoftmax(float[] z, int y) {
		double max = Math.max(z[0], Math.max(z[1], z[2])), s = 0;
		for (float v : z)
			s += Math.exp(v - max);
		return z[y] - max - Math.log(s);
	}

	private static float value(LogitsLoss loss, boolean withAttention) {
		Engines.pytorch();
		try (NDManager m = NDManager.newBaseManager()) {
			NDArray logits = m.create(new float[] { 2, 0, -1, 0.5f, 1.5f, 0 }, new Shape(2, 3));
			NDList predictions = withAttention ? new NDList(logits, m.ones(new Shape(2, 1, 4, 4)).mul(100)) : new NDList(logits);
			return loss.evaluate(new NDList(m.create(LABELS)), predictions).getFloat();
		}
	}

	@Test
	void crossEntropyByHandAndAttentionIgnored() {
		double l0 = -logSoftmax(LOGITS[0], 0), l1 = -logSoftmax(LOGITS[1], 2);
		assertEquals((l0 + l1) / 2, value(new LogitsLoss(null, 0), false), 1e-5);
		assertEquals(value(new LogitsLoss(null, 0), false), value(new LogitsLoss(null, 0), true), 0);
	}

	@Test
	void weightedAndFocal() {
		float[] w = { 1, 5, 3 };
		double l0 = -logSoftmax(LOGITS[0], 0), l1 = -logSoftmax(LOGITS[1], 2);
		assertEquals((1 * l0 + 3 * l1) / 4, value(new LogitsLoss(w, 0), true), 1e-5);
		double p0 = Math.exp(-l0), p1 = Math.exp(-l1);
		double f0 = Math.pow(1 - p0, 2) * l0, f1 = Math.pow(1 - p1, 2) * l1;
		assertEquals((1 * f0 + 3 * f1) / 4, value(new LogitsLoss(w, 2), false), 1e-5);
		assertEquals((f0 + f1) / 2, value(LogitsLoss.of(LossKind.FOCAL, null, 2), false), 1e-5);
		assertEquals(value(LogitsLoss.of(LossKind.CE, w, 2), false), value(new LogitsLoss(null, 0), false), 0);
	}

	@Test
	void inverseFrequency() {
		// counts 3, 1, 0 of 4 samples over 2 present classes: w = 4/(2*3), 4/(2*1), 0
		assertArrayEquals(new float[] { 4f / 6, 2f, 0f }, LogitsLoss.inverseFrequency(new int[] { 0, 0, 1, 0 }, 3), 1e-6f);
		assertArrayEquals(new float[] { 1f, 1f }, LogitsLoss.inverseFrequency(new int[] { 0, 1, 1, 0 }, 2), 1e-6f);
	}
}
