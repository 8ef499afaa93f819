package org.mer.face;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.mer.clip.CroppedFrameSource;
import org.mer.clip.FrameSource;
import org.mer.core.InputException;
import org.mer.ij.ImagePlusFrameSource;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ColorProcessor;
import net.imglib2.RandomAccess;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.real.FloatType;

class FaceDetectorTest {

	@Test
	void noFaceInBlankOrNoise() {
		float[] noise = new float[160 * 120];
		Random random = new Random(42);
		for (int i = 0; i < noise.length; i++)
			noise[i] = random.nextInt(256);
		try (FaceDetector detector = new FaceDetector()) {
			assertFalse(detector.detect(ArrayImgs.floats(new float[160 * 120], 160, 120, 1)).isPresent());
			float[] grey = new float[160 * 120];
			java.util.Arrays.fill(grey, 128);
			assertFalse(detector.detect(ArrayImgs.floats(grey, 160, 120, 1)).isPresent());
			assertFalse(detector.detect(ArrayImgs.floats(noise, 160, 120, 1)).isPresent());
			float[] rgbNoise = new float[160 * 120 * 3];
			for (int i = 0; i < rgbNoise.length; i++)
				rgbNoise[i] = random.nextFloat() * 65535;
			assertFalse(detector.detect(ArrayImgs.floats(rgbNoise, 160, 120, 3)).isPresent());
		}
	}

	@Test
	void closedDetectorRefuses() {
		FaceDetector detector = new FaceDetector();
		detector.close();
		detector.close();
		assertThrows(IllegalStateException.class, () -> detector.detect(ArrayImgs.floats(40, 40, 1)));
	}

	@Test
	void greyConversionWeightsAndScales() {
		float[] rgb = { 100, 0, 0, 200, 0, 255 };
		byte[] grey = FaceDetector.toGrey8(ArrayImgs.floats(rgb, 2, 1, 3), 2, 1);
		assertEquals(Math.round(0.299f * 100), grey[0] & 0xff);
		assertEquals(Math.round(0.587f * 200 + 0.114f * 255), grey[1] & 0xff);
		byte[] deep = FaceDetector.toGrey8(ArrayImgs.floats(new float[] { 1000, 500, -3 }, 3, 1, 1), 3, 1);
		assertArrayEquals(new byte[] { (byte) 255, (byte) 128, 0 }, deep);
	}

	@Test
	void enlargesByTenPercentAndClamps() {
		assertEquals(new FaceBox(45, 45, 110, 110), new FaceBox(50, 50, 100, 100).enlarged(0.1, 640, 480));
		assertEquals(new FaceBox(7, 19, 47, 22), new FaceBox(10, 20, 41, 20).enlarged(0.1, 640, 480));
		assertEquals(new FaceBox(0, 0, 54, 40), new FaceBox(1, 1, 50, 50).enlarged(0.1, 60, 40));
	}

	@Test
	void cropWithGivenBoxAndNoFaceMessage() {
		ImageStack stack = new ImageStack(12, 9);
		for (int f = 1; f <= 3; f++) {
			ColorProcessor cp = new ColorProcessor(12, 9);
			for (int y = 0; y < 9; y++)
				for (int x = 0; x < 12; x++)
					cp.set(x, y, (x * 10 + f) << 16 | (y * 20) << 8 | (x + y + f));
			stack.addSlice(cp);
		}
		FrameSource source = new ImagePlusFrameSource(new ImagePlus("clip", stack));
		try (CroppedFrameSource crop = FaceCrop.apply(source, new FaceBox(2, 3, 5, 4))) {
			assertEquals(5, crop.width());
			assertEquals(4, crop.height());
			assertEquals(3, crop.channels());
			for (int f = 1; f <= 3; f++) {
				RandomAccess<FloatType> ra = crop.frame(f).randomAccess();
				for (int y = 0; y < 4; y++)
					for (int x = 0; x < 5; x++) {
						assertEquals((x + 2) * 10 + f, ra.setPositionAndGet(x, y, 0).get(), 0f);
						assertEquals((y + 3) * 20, ra.setPositionAndGet(x, y, 1).get(), 0f);
						assertEquals(x + 2 + y + 3 + f, ra.setPositionAndGet(x, y, 2).get(), 0f);
					}
			}
		}
		InputException e = assertThrows(InputException.class, () -> FaceCrop.apply(source, 2));
		assertEquals("no face found in frame 2 of clip", e.getMessage());
	}
}
