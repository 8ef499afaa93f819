package org.mer.ij;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.io.ImageFiles;
import org.mer.core.InputException;

import ij.ImagePlus;
import ij.process.ImageProcessor;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.ByteArray;
import net.imglib2.img.basictypeaccess.array.FloatArray;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.real.FloatType;

class ImageJFilesTest {

	@TempDir
	Path dir;

	private static float value(int x, int y, int c) {
		return (x - 2.5f) * 1.25f + y * 0.001f - c * 100.5f;
	}

	@Test
	void tiffRoundTripThreeChannels() throws IOException {
		ArrayImg<FloatType, FloatArray> img = ArrayImgs.floats(5, 4, 3);
		net.imglib2.Cursor<FloatType> cur = img.localizingCursor();
		while (cur.hasNext()) {
			cur.fwd();
			cur.get().set(value(cur.getIntPosition(0), cur.getIntPosition(1), cur.getIntPosition(2)));
		}
		Path file = dir.resolve("m.tif");
		ImageJFiles.writeTiff(img, file, "onset=1 apex=5 offset=9");
		ImagePlus imp = ImageJFiles.read(file);
		assertEquals(ImagePlus.GRAY32, imp.getType());
		assertEquals(5, imp.getWidth());
		assertEquals(4, imp.getHeight());
		assertEquals(3, imp.getStackSize());
		assertEquals(3, imp.getNChannels());
		assertEquals("onset=1 apex=5 offset=9", imp.getProperty("Info"));
		for (int c = 0; c < 3; c++) {
			ImageProcessor ip = imp.getStack().getProcessor(c + 1);
			for (int y = 0; y < 4; y++)
				for (int x = 0; x < 5; x++)
					assertEquals(value(x, y, c), ip.getf(x, y), 0f);
		}
	}

	@Test
	void tiffRoundTripGrey() throws IOException {
		float[] px = { 0f, -1.5f, 3e6f, 0.125f, 7f, -9f };
		Path file = dir.resolve("g.tif");
		ImageJFiles.writeTiff(ArrayImgs.floats(px, 3, 2, 1), file, "x");
		ImagePlus imp = ImageJFiles.read(file);
		assertEquals(1, imp.getStackSize());
		assertEquals(ImagePlus.GRAY32, imp.getType());
		for (int i = 0; i < px.length; i++)
			assertEquals(px[i], imp.getProcessor().getf(i % 3, i / 3), 0f);
	}

	@Test
	void pngRgbAndGrey() throws IOException {
		ArrayImg<UnsignedByteType, ByteArray> rgb = ArrayImgs.unsignedBytes(4, 3, 3);
		net.imglib2.Cursor<UnsignedByteType> cur = rgb.localizingCursor();
		while (cur.hasNext()) {
			cur.fwd();
			cur.get().set((cur.getIntPosition(0) * 60 + cur.getIntPosition(1) * 7 + cur.getIntPosition(2) * 80) % 256);
		}
		Path file = dir.resolve("rgb.png");
		ImageFiles.writePng(rgb, file);
		BufferedImage back = ImageIO.read(file.toFile());
		ImagePlus ij = ImageJFiles.read(file);
		assertEquals(ImagePlus.COLOR_RGB, ij.getType());
		for (int y = 0; y < 3; y++)
			for (int x = 0; x < 4; x++) {
				int argb = back.getRGB(x, y);
				for (int c = 0; c < 3; c++) {
					int expected = (x * 60 + y * 7 + c * 80) % 256;
					assertEquals(expected, (argb >> (16 - 8 * c)) & 0xff);
					assertEquals(expected, (ij.getProcessor().getPixel(x, y) >> (16 - 8 * c)) & 0xff);
				}
			}

		byte[] grey = { 0, 10, (byte) 200, (byte) 255, 1, 2 };
		Path gfile = dir.resolve("grey.png");
		ImageFiles.writePng(ArrayImgs.unsignedBytes(grey, 3, 2, 1), gfile);
		BufferedImage gb = ImageIO.read(gfile.toFile());
		assertEquals(1, gb.getColorModel().getNumComponents());
		for (int i = 0; i < grey.length; i++)
			assertEquals(grey[i] & 0xff, gb.getRaster().getSample(i % 3, i / 3, 0));
	}

	@Test
	void readMissingFileNamesIt() {
		InputException e = assertThrows(InputException.class, () -> ImageJFiles.read(dir.resolve("nope.tif")));
		assertEquals(true, e.getMessage().contains("nope.tif"));
	}
}
