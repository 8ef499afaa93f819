package org.mer.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.BiFunction;
import java.util.function.Function;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.real.FloatType;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mer.clip.FrameAccess;
import org.scijava.ops.spi.OpCollection;
import org.scijava.ops.spi.OpField;

/** Loads the op collection as the Ops engine would (ServiceLoader) and calls every op. */
class MerOpsTest {
	private static final Map<String, Object> OPS = new HashMap<>();

	@BeforeAll
	static void load() throws IllegalAccessException {
		for (OpCollection c : ServiceLoader.load(OpCollection.class))
			for (Field f : c.getClass().getFields()) {
				OpField a = f.getAnnotation(OpField.class);
				if (a != null)
					for (String name : a.names().split(","))
						OPS.put(name.trim(), f.get(c));
			}
	}

	@SuppressWarnings("unchecked")
	private static <A, R> R call(String name, A a) {
		Object op = OPS.get(name);
		assertNotNull(op, "op " + name + " found");
		return ((Function<A, R>) op).apply(a);
	}

	@SuppressWarnings("unchecked")
	private static <A, B, R> R call(String name, A a, B b) {
		Object op = OPS.get(name);
		assertNotNull(op, "op " + name + " found");
		return ((BiFunction<A, B, R>) op).apply(a, b);
	}

	private static RandomAccessibleInterval<FloatType> f(float... v) {
		return ArrayImgs.floats(v, 2, 1, 1);
	}

	private static final List<RandomAccessibleInterval<FloatType>> FRAMES = Arrays.asList(f(0, 3), f(6, 3), f(3, 9));

	@Test
	void allNamesRegistered() {
		for (String n : new String[] { "mer.mesti", "mer.dynamicImage", "mer.apexFrame", "mer.onsetApexDifference", "mer.opticalFlow",
			"mer.rankPoolingWeights", "mer.mestiWeights", "mer.spotApex", "mer.mestiRankPooled", "mer.mestiWeightsRankPooled" })
			assertTrue(OPS.containsKey(n), n);
	}

	@Test
	void weights() {
		assertArrayEquals(new double[] { -3.7, 0.3, 1.3, 1.3, 0.8 }, MerOpsTest.<Integer, double[]> call("mer.rankPoolingWeights", 5), 1e-4);
		assertArrayEquals(new double[] { -1.7, 1.05, 1.3, 1.05, -1.7 }, MerOpsTest.<Integer, Integer, double[]> call("mer.mestiWeights", 5, 2), 1e-4);
		assertArrayEquals(new double[] { -1.7, 1.3, 0.8, 1.3, -1.7 }, MerOpsTest.<Integer, Integer, double[]> call("mer.mestiWeightsRankPooled", 5, 2), 1e-4);
	}

	@Test
	void images() {
		Img<FloatType> mesti = call("mer.mesti", FRAMES, 1);
		assertArrayEquals(new float[] { 3, -2 }, FrameAccess.toArray(mesti), 1e-5f);
		Img<FloatType> rp = call("mer.mestiRankPooled", FRAMES, 1);
		assertArrayEquals(new float[] { 3, -2 }, FrameAccess.toArray(rp), 1e-5f);
		Img<FloatType> di = call("mer.dynamicImage", FRAMES);
		assertArrayEquals(new float[] { 6, 4 }, FrameAccess.toArray(di), 1e-5f);
		Img<FloatType> apex = call("mer.apexFrame", FRAMES, 2);
		assertArrayEquals(new float[] { 3, 9 }, FrameAccess.toArray(apex), 0f);
		Img<FloatType> diff = call("mer.onsetApexDifference", FRAMES.get(0), FRAMES.get(2));
		assertArrayEquals(new float[] { 3, 6 }, FrameAccess.toArray(diff), 0f);
		Img<FloatType> flow = call("mer.opticalFlow", FRAMES.get(0), FRAMES.get(0));
		assertArrayEquals(new float[6], FrameAccess.toArray(flow), 0f);
		Integer spotted = call("mer.spotApex", Arrays.asList(f(0, 0), f(1, 1), f(9, 9), f(2, 2)));
		assertEquals(2, spotted);
	}
}
