package org.mer.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AffineMapTest {

	@Test
	void similarityRotatesClockwiseOnScreenAboutThePivotThenTranslates() {
		AffineMap m = AffineMap.similarity(2, 90, 1, -1, 10, 20);
		// (11, 20) is 1 px right of the pivot: +90 deg turns +x into +y (down), scaled by 2 -> (10, 22), then +(1, -1)
		assertEquals(11, m.x(11, 20), 1e-12);
		assertEquals(21, m.y(11, 20), 1e-12);
		assertEquals(11, m.x(10, 20), 1e-12);
		assertEquals(19, m.y(10, 20), 1e-12);
		assertEquals(2, m.scale(), 1e-12);
		assertEquals(90, m.rotationDegrees(), 1e-9);
	}

	@Test
	void afterAppliesTheInnerMapFirstAndInverseUndoes() {
		AffineMap a = AffineMap.of(1.1, 0.2, 3, -0.1, 0.9, -4), b = AffineMap.similarity(1.03, 4, 2, 1, 50, 60);
		double x = 17, y = -5;
		AffineMap ab = a.after(b);
		assertEquals(a.x(b.x(x, y), b.y(x, y)), ab.x(x, y), 1e-12);
		assertEquals(a.y(b.x(x, y), b.y(x, y)), ab.y(x, y), 1e-12);
		AffineMap id = ab.inverse().after(ab);
		assertArrayEquals(AffineMap.IDENTITY.toArray(), id.toArray(), 1e-12);
		assertEquals(0, a.maxDistance(a, 0, 0, 10, 10), 0);
		assertEquals(Math.hypot(2, 1), AffineMap.translation(2, 1).maxDistance(AffineMap.IDENTITY, 0, 0, 5, 5), 1e-12);
	}

	@Test
	void linearAboutKeepsThePivotFixedBeforeTranslation() {
		AffineMap m = AffineMap.linearAbout(1.05, 0.03, -0.02, 0.97, 0, 0, 40, 30);
		assertEquals(40, m.x(40, 30), 1e-12);
		assertEquals(30, m.y(40, 30), 1e-12);
	}

	@Test
	void rejectsBadInput() {
		assertThrows(IllegalArgumentException.class, () -> AffineMap.of(new double[] { 1, 0, 0, 0, 1 }));
		assertThrows(IllegalArgumentException.class, () -> AffineMap.of(new double[] { 1, 0, Double.NaN, 0, 1, 0 }));
		assertThrows(IllegalStateException.class, () -> AffineMap.of(1, 2, 0, 2, 4, 0).inverse());
	}
}
