package org.mer.clip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.core.InputException;

import ij.ImagePlus;
import ij.io.FileSaver;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;
import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.real.FloatType;

class FolderFrameSourceTest {
	static final int W = 4, H = 3;

	@TempDir
	Path dir;

	static int v(int x, int y, int f, int c) {
		return (x * 40 + y * 13 + f * 7 + c * 70) % 256;
	}

	static void writeRgb(Path file, String format, int f, int w) throws IOException {
		BufferedImage img = new BufferedImage(w, H, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < H; y++)
			for (int x = 0; x < w; x++)
				img.setRGB(x, y, v(x, y, f, 0) << 16 | v(x, y, f, 1) << 8 | v(x, y, f, 2));
		assertTrue(ImageIO.write(img, format, file.toFile()));
	}

	static void writeGreyPng(Path file, int f) throws IOException {
		BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_GRAY);
		for (int y = 0; y < H; y++)
			for (int x = 0; x < W; x++)
				img.getRaster().setSample(x, y, 0, v(x, y, f, 0));
		assertTrue(ImageIO.write(img, "png", file.toFile()));
	}

	static float at(RandomAccessibleInterval<FloatType> frame, int x, int y, int c) {
		RandomAccess<FloatType> ra = frame.randomAccess();
		return ra.setPositionAndGet(x, y, c).get();
	}

	@Test
	void readsNaturallySortedColourFramesIgnoringOtherFiles() throws IOException {
		writeRgb(dir.resolve("img10.png"), "png", 10, W);
		writeRgb(dir.resolve("img2.BMP"), "bmp", 2, W);
		writeRgb(dir.resolve("img1.png"), "png", 1, W);
		Files.write(dir.resolve("Thumbs.db"), new byte[] { 1 });
		Files.write(dir.resolve(".DS_Store"), new byte[] { 1 });
		Files.write(dir.resolve("._img3.png"), new byte[] { 1 });
		Files.write(dir.resolve("notes.txt"), new byte[] { 1 });
		Files.createDirectory(dir.resolve("sub7.png"));
		try (FolderFrameSource source = new FolderFrameSource(dir)) {
			assertArrayEquals(new int[] { 1, 2, 10 }, source.frameNumbers());
			assertEquals(3, source.channels());
			assertEquals(W, source.width());
			assertEquals(H, source.height());
			assertEquals(dir.getFileName().toString(), source.name());
			assertEquals("img2.BMP", source.file(2).getFileName().toString());
			for (int f : new int[] { 10, 1, 2, 2 }) {
				RandomAccessibleInterval<FloatType> frame = source.frame(f);
				assertArrayEquals(new long[] { W, H, 3 }, frame.dimensionsAsLongArray());
				for (int c = 0; c < 3; c++)
					for (int y = 0; y < H; y++)
						for (int x = 0; x < W; x++)
							assertEquals(v(x, y, f, c), at(frame, x, y, c), 0f);
			}
			InputException e = assertThrows(InputException.class, () -> source.frame(3));
			assertTrue(e.getMessage().contains("frame 3"), e.getMessage());
		}
	}

	@Test
	void greyPngIsOneChannelAndJpegIsRead() throws IOException {
		writeGreyPng(dir.resolve("f_001.png"), 1);
		writeGreyPng(dir.resolve("f_002.png"), 2);
		try (FolderFrameSource source = new FolderFrameSource(dir)) {
			assertEquals(1, source.channels());
			assertEquals(v(3, 2, 2, 0), at(source.frame(2), 3, 2, 0), 0f);
		}
		Path jpg = Files.createDirectory(dir.resolve("jpg"));
		writeRgb(jpg.resolve("a1.jpg"), "jpg", 1, W);
		try (FolderFrameSource source = new FolderFrameSource(jpg)) {
			assertEquals(3, source.channels());
			assertArrayEquals(new long[] { W, H, 3 }, source.frame(1).dimensionsAsLongArray());
		}
	}

	@Test
	void readsTiffsOfEveryImageJType() {
		float[] values = { 0, 1, 200, 255, 3, 17, 99, 128, 5, 6, 7, 8 };
		ImageProcessor[] processors = { new ByteProcessor(W, H), new ShortProcessor(W, H), new FloatProcessor(W, H),
			new ColorProcessor(W, H) };
		float[] scale = { 1, 250, -0.5f, 1 };
		for (int t = 0; t < processors.length; t++) {
			Path sub = dir.resolve("t" + t);
			ImageProcessor ip = processors[t];
			for (int i = 0; i < values.length; i++)
				if (ip instanceof ColorProcessor) ip.set(i % W, i / W, (int) values[i] << 16 | 9 << 8 | (255 - (int) values[i]));
				else ip.setf(i % W, i / W, values[i] * scale[t]);
			try {
				Files.createDirectory(sub);
			}
			catch (IOException e) {
				throw new AssertionError(e);
			}
			assertTrue(new FileSaver(new ImagePlus("x", ip)).saveAsTiff(sub.resolve("frame5.tif").toString()));
			try (FolderFrameSource source = new FolderFrameSource(sub)) {
				boolean rgb = ip instanceof ColorProcessor;
				assertEquals(rgb ? 3 : 1, source.channels(), "type " + t);
				assertArrayEquals(new int[] { 5 }, source.frameNumbers());
				RandomAccessibleInterval<FloatType> frame = source.frame(5);
				for (int i = 0; i < values.length; i++) {
					if (rgb) {
						assertEquals(values[i], at(frame, i % W, i / W, 0), 0f);
						assertEquals(9, at(frame, i % W, i / W, 1), 0f);
						assertEquals(255 - values[i], at(frame, i % W, i / W, 2), 0f);
					}
					else assertEquals(values[i] * scale[t], at(frame, i % W, i / W, 0), 0f, "type " + t);
				}
			}
		}
	}

	@Test
	void greyFrameInColourClipIsRepeated() throws IOException {
		writeRgb(dir.resolve("1.png"), "png", 1, W);
		writeGreyPng(dir.resolve("2.png"), 2);
		try (FolderFrameSource source = new FolderFrameSource(dir)) {
			for (int c = 0; c < 3; c++)
				assertEquals(v(1, 2, 2, 0), at(source.frame(2), 1, 2, c), 0f);
		}
	}

	@Test
	void namesWithoutDigitsAreNumberedByPosition() throws IOException {
		writeGreyPng(dir.resolve("b.png"), 2);
		writeGreyPng(dir.resolve("a.png"), 1);
		writeGreyPng(dir.resolve("c7.png"), 3);
		try (FolderFrameSource source = new FolderFrameSource(dir)) {
			assertArrayEquals(new int[] { 1, 2, 3 }, source.frameNumbers());
			assertEquals("a.png", source.file(1).getFileName().toString());
			assertEquals("c7.png", source.file(3).getFileName().toString());
		}
	}

	@Test
	void missingFolder() {
		InputException e = assertThrows(InputException.class, () -> new FolderFrameSource(dir.resolve("nothere")));
		assertTrue(e.getMessage().contains("nothere"), e.getMessage());
	}

	@Test
	void noFrames() throws IOException {
		Files.write(dir.resolve("readme.txt"), new byte[] { 1 });
		InputException e = assertThrows(InputException.class, () -> new FolderFrameSource(dir));
		assertEquals("no frames (jpg, png, bmp, tif) in " + dir, e.getMessage());
	}

	@Test
	void unreadableFrameIsNamed() throws IOException {
		writeGreyPng(dir.resolve("img1.png"), 1);
		Files.write(dir.resolve("img2.png"), "not a png at all".getBytes());
		Files.write(dir.resolve("img3.tif"), "not a tiff either".getBytes());
		try (FolderFrameSource source = new FolderFrameSource(dir)) {
			InputException e = assertThrows(InputException.class, () -> source.frame(2));
			assertTrue(e.getMessage().contains("img2.png"), e.getMessage());
			e = assertThrows(InputException.class, () -> source.frame(3));
			assertTrue(e.getMessage().contains("img3.tif"), e.getMessage());
		}
		Files.delete(dir.resolve("img1.png"));
		InputException first = assertThrows(InputException.class, () -> new FolderFrameSource(dir));
		assertTrue(first.getMessage().contains("img2.png"), first.getMessage());
	}

	@Test
	void mixedFrameSizesAreNamed() throws IOException {
		writeRgb(dir.resolve("img1.png"), "png", 1, W);
		writeRgb(dir.resolve("img2.png"), "png", 2, W + 1);
		try (FolderFrameSource source = new FolderFrameSource(dir)) {
			InputException e = assertThrows(InputException.class, () -> source.frame(2));
			String m = e.getMessage();
			assertTrue(m.contains("img2.png") && m.contains("frame 2") && m.contains("5x3") && m.contains("4x3"), m);
		}
	}

	@Test
	void duplicateFrameNumbersNameBothFiles() throws IOException {
		writeGreyPng(dir.resolve("img1.png"), 1);
		writeGreyPng(dir.resolve("img01.png"), 1);
		InputException e = assertThrows(InputException.class, () -> new FolderFrameSource(dir));
		assertTrue(e.getMessage().contains("img1.png") && e.getMessage().contains("img01.png"), e.getMessage());
	}

	@Test
	void colourFrameInGreyClipIsAnError() throws IOException {
		writeGreyPng(dir.resolve("1.png"), 1);
		writeRgb(dir.resolve("2.png"), "png", 2, W);
		try (FolderFrameSource source = new FolderFrameSource(dir)) {
			InputException e = assertThrows(InputException.class, () -> source.frame(2));
			assertTrue(e.getMessage().contains("2.png"), e.getMessage());
		}
	}
}
