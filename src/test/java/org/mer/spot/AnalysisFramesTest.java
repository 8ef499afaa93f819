package org.mer.spot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.api.Test;
import org.mer.core.InputException;
import org.mer.face.FaceBox;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.real.FloatType;

class AnalysisFramesTest {

	static byte[] bytes(Mat m) {
		byte[] b = new byte[m.rows() * m.cols()];
		m.data().get(b);
		return b;
	}

	@Test
	void cropsGreysScalesAndResizes() {
		// 8 x 6 RGB frame: R = 100, G = 200, B = 50 everywhere except a bright 2 x 2 block at (4, 2)
		int w = 8, h = 6, plane = w * h;
		float[] px = new float[3 * plane];
		for (int i = 0; i < plane; i++) {
			px[i] = 100;
			px[plane + i] = 200;
			px[2 * plane + i] = 50;
		}
		for (int y = 2; y < 4; y++)
			for (int x = 4; x < 6; x++)
				for (int c = 0; c < 3; c++)
					px[c * plane + y * w + x] = 250;
		RandomAccessibleInterval<FloatType> frame = ArrayImgs.floats(px, w, h, 3);
		try (AnalysisFrames f = new AnalysisFrames("t", w, h, 3, new FaceBox(4, 2, 4, 4), 16, frame); Mat out = new Mat()) {
			assertEquals(16, f.width());
			assertEquals(16, f.height(), "at least 16 rows");
			assertEquals(1.0, f.intensityFactor());
			f.prepare(frame, 7, out);
			byte[] b = bytes(out);
			assertEquals(250, b[0] & 0xff, "top-left of the box is the bright block");
			int grey = (int) Math.round(0.299 * 100 + 0.587 * 200 + 0.114 * 50);
			assertEquals(grey, b[15 * 16 + 15] & 0xff, "bottom-right is background grey");
		}
	}

	@Test
	void intensityFactorFromTheFirstFrame() {
		assertEquals(255, AnalysisFrames.intensityFactor(ArrayImgs.floats(new float[] { 0, 0.5f, 1 }, 3, 1, 1)));
		assertEquals(1, AnalysisFrames.intensityFactor(ArrayImgs.floats(new float[] { 0, 3, 255 }, 3, 1, 1)));
		assertEquals(255.0 / 65535, AnalysisFrames.intensityFactor(ArrayImgs.floats(new float[] { 0, 4000 }, 2, 1, 1)));
		assertEquals(255.0 / 1e6, AnalysisFrames.intensityFactor(ArrayImgs.floats(new float[] { 0, 1e6f }, 2, 1, 1)));
	}

	@Test
	void frameOfAnotherShapeIsNamed() {
		RandomAccessibleInterval<FloatType> first = ArrayImgs.floats(new float[64], 8, 8, 1);
		try (AnalysisFrames f = new AnalysisFrames("rec", 8, 8, 1, new FaceBox(0, 0, 8, 8), 16, first); Mat out = new Mat()) {
			InputException e = assertThrows(InputException.class, () -> f.prepare(ArrayImgs.floats(new float[48], 8, 6, 1), 12, out));
			assertEquals("frame 12 of rec is 8 x 6 x 1 but the recording is 8 x 8 x 1", e.getMessage());
		}
	}

	@Test
	void regionsLieInsideAndNoseIsNamed() {
		assertEquals("nose", FaceRegions.NAMES.get(FaceRegions.NOSE));
		List<int[]> boxes = FaceRegions.boxes(128, 96);
		assertEquals(FaceRegions.NAMES.size(), boxes.size());
		for (int[] b : boxes)
			assertTrue(b[0] >= 0 && b[1] >= 0 && b[2] <= 128 && b[3] <= 96 && b[2] > b[0] && b[3] > b[1]);
		assertEquals(List.of(51, 48, 77, 61), List.of(boxes.get(4)[0], boxes.get(4)[1], boxes.get(4)[2], boxes.get(4)[3]));
		assertThrows(IllegalArgumentException.class, () -> FaceRegions.boxes(7, 100));
		assertEquals(1, RegionMotion.finestScale(128));
		assertEquals(0, RegionMotion.finestScale(64));
		assertEquals(2, RegionMotion.finestScale(256));
	}
}
