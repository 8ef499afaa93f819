package org.mer.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/**
 * Proves DJL's PyTorch engine works with the gson, jna, slf4j and commons-compress versions
 * that pom-scijava manages (older than the ones DJL declares), offline, with the bundled CPU
 * libtorch.
 */
class EnginesTest {

	@Test
	void pytorchEngineRunsWithManagedDependencyVersions() {
		assertEquals("PyTorch", Engines.pytorch().getEngineName());
		try (NDManager m = NDManager.newBaseManager(Engines.pytorch().defaultDevice(), "PyTorch")) {
			NDArray a = m.create(new float[] { 1, 2, 3, 4 }, new ai.djl.ndarray.types.Shape(2, 2));
			NDArray p = a.matMul(a);
			assertArrayEquals(new float[] { 7, 10, 15, 22 }, p.toFloatArray(), 0f);
		}
	}

	@Test
	void describeNamesEngineAndDevice() {
		String d = Engines.describe();
		org.junit.jupiter.api.Assertions.assertTrue(d.startsWith("PyTorch 2.7.1"), d);
	}
}
