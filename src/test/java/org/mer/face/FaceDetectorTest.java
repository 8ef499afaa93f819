package org.mer.face;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Optional;
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

	/**
	 * A drawn cartoon face (dark brows, eyes, nose shadow and mouth on a light oval, oval
	 * spanning x 60..180 and y 40..200) placed at (dx, dy) in a 320 x 260 RGB image.
	 */
	static ColorProcessor cartoonFace(int dx, int dy) {
		BufferedImage img = new BufferedImage(320, 260, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = img.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setColor(new Color(60, 60, 60));
		g.fillRect(0, 0, 320, 260);
		g.translate(dx, dy);
		g.setColor(new Color(220, 190, 170));
		g.fillOval(60, 40, 120, 160);
		g.setColor(new Color(40, 40, 40));
		g.fillRect(78, 88, 34, 8);
		g.fillRect(128, 88, 34, 8);
		g.fillOval(84, 102, 22, 12);
		g.fillOval(134, 102, 22, 12);
		g.setColor(new Color(150, 150, 150));
		g.fillRect(114, 110, 12, 36);
		g.setColor(new Color(90, 90, 90));
		g.fillOval(108, 140, 24, 10);
		g.setColor(new Color(50, 50, 50));
		g.fillRect(96, 160, 48, 8);
		g.dispose();
		int[] rgb = img.getRGB(0, 0, 320, 260, null, 0, 320);
		return new ColorProcessor(320, 260, rgb);
	}

	@Test
	void findsDrawnFaceAndCropsAllFramesToIt() {
		ImageStack stack = new ImageStack(320, 260);
		stack.addSlice(cartoonFace(40, 10));
		stack.addSlice(cartoonFace(40, 10));
		stack.addSlice(new ColorProcessor(320, 260));
		FrameSource source = new ImagePlusFrameSource(new ImagePlus("cartoon", stack));
		Optional<FaceBox> found;
		try (FaceDetector detector = new FaceDetector()) {
			found = detector.detect(source.frame(1));
		}
		assertTrue(found.isPresent());
		FaceBox box = found.get();
		// covers brows (x 118..202, y 98) to mouth (y 178), centred on the oval (160, 130)
		assertTrue(box.x() <= 118 && box.x() + box.width() >= 202 && box.y() <= 98 && box.y() + box.height() >= 178, box.toString());
		assertEquals(160, box.x() + box.width() / 2.0, 15, box.toString());
		assertEquals(130, box.y() + box.height() / 2.0, 20, box.toString());
		assertTrue(box.x() + box.width() <= 320 && box.y() + box.height() <= 260);
		try (CroppedFrameSource crop = FaceCrop.apply(source, 1)) {
			assertArrayEquals(new long[] { box.x(), box.y(), box.width(), box.height() }, crop.box());
			RandomAccess<FloatType> ra = crop.frame(2).randomAccess();
			assertEquals(220, ra.setPositionAndGet(160 - box.x(), 70 - box.y(), 0).get(), 0f);
		}
		InputException e = assertThrows(InputException.class, () -> FaceCrop.apply(source, 3));
		assertEquals("no face found in frame 3 of cartoon", e.getMessage());
	}

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
