package org.mer.clip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mer.core.InputException;

class NaturalOrderTest {

	@Test
	void sortsNumbersNumericallyAndTextCaseInsensitively() {
		List<String> names = new ArrayList<>(Arrays.asList("img10.jpg", "IMG3.jpg", "img2.jpg", "img1.jpg", "img100.jpg",
			"img01.jpg", "a99.jpg", "B1.jpg", "img20b.jpg", "img20a.jpg", "img", "99999999999999999999.jpg",
			"100000000000000000000.jpg"));
		names.sort(NaturalOrder.INSTANCE);
		assertEquals(Arrays.asList("99999999999999999999.jpg", "100000000000000000000.jpg", "a99.jpg", "B1.jpg", "img",
			"img1.jpg", "img01.jpg", "img2.jpg", "IMG3.jpg", "img10.jpg", "img20a.jpg", "img20b.jpg", "img100.jpg"), names);
	}

	@Test
	void consistentWithEqualsAndAntisymmetric() {
		String[] s = { "img1", "img01", "Img1", "img1", "x", "x0", "x00" };
		for (String a : s)
			for (String b : s) {
				int ab = Integer.signum(NaturalOrder.INSTANCE.compare(a, b));
				assertEquals(-ab, Integer.signum(NaturalOrder.INSTANCE.compare(b, a)), a + " vs " + b);
				assertEquals(a.equals(b), ab == 0, a + " vs " + b);
			}
		assertTrue(NaturalOrder.INSTANCE.compare("img2.jpg", "img10.jpg") < 0);
	}

	@Test
	void frameNumbers() {
		assertEquals(46, NaturalOrder.frameNumber("img46.jpg"));
		assertEquals(46, NaturalOrder.frameNumber("reg_img46.jpg"));
		assertEquals(5562, NaturalOrder.frameNumber("006_05562.jpg"));
		assertEquals(1, NaturalOrder.frameNumber("image0001.bmp"));
		assertEquals(0, NaturalOrder.frameNumber("frame000.png"));
		assertEquals(7, NaturalOrder.frameNumber("s2_frame7_final.tif"));
		assertEquals(12, NaturalOrder.frameNumber("12"));
		assertEquals(-1, NaturalOrder.frameNumber("face.jpg"));
		InputException e = assertThrows(InputException.class, () -> NaturalOrder.frameNumber("img99999999999.jpg"));
		assertTrue(e.getMessage().contains("img99999999999.jpg"));
	}
}
