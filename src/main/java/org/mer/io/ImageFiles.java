package org.mer.io;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.view.Views;

/**
 * Writes 8-bit PNGs atomically (through {@link AtomicFiles}) with javax ImageIO. Input axis order
 * is (X, Y) or (X, Y, C) with C = 1 (grey) or 3 (R, G, B). ImageJ TIFFs are written by the ImageJ
 * bridge ({@code org.mer.ij.ImageJFiles}), not here: the core does not depend on ImageJ.
 * Stateless, thread safe.
 */
public final class ImageFiles {

	private ImageFiles() {}

	/** Writes an 8-bit PNG: C = 1 grey, C = 3 RGB. */
	public static void writePng(RandomAccessibleInterval<UnsignedByteType> xyc, Path file) throws IOException {
		writePng(toBufferedImage(xyc), file);
	}

	/** C = 1: TYPE_BYTE_GRAY; C = 3: TYPE_INT_RGB. */
	static BufferedImage toBufferedImage(RandomAccessibleInterval<UnsignedByteType> xyc) {
		int n = xyc.numDimensions();
		if (n != 2 && n != 3) throw new IllegalArgumentException("expected axes (X, Y) or (X, Y, C), got " + n + " dimensions");
		int w = Math.toIntExact(xyc.dimension(0)), h = Math.toIntExact(xyc.dimension(1));
		int c = n == 2 ? 1 : Math.toIntExact(xyc.dimension(2));
		RandomAccessibleInterval<UnsignedByteType> zero = Views.zeroMin(xyc);
		if (c == 1) {
			byte[] grey = new byte[w * h];
			Cursor<UnsignedByteType> cursor = Views.flatIterable(n == 2 ? zero : Views.hyperSlice(zero, 2, 0)).cursor();
			for (int i = 0; i < grey.length; i++)
				grey[i] = (byte) cursor.next().get();
			BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
			image.getRaster().setDataElements(0, 0, w, h, grey);
			return image;
		}
		if (c != 3) throw new IllegalArgumentException("8-bit images need 1 or 3 channels, got " + c);
		int[] rgb = new int[w * h];
		for (int ch = 0; ch < 3; ch++) {
			int shift = 16 - 8 * ch;
			Cursor<UnsignedByteType> cursor = Views.flatIterable(Views.hyperSlice(zero, 2, ch)).cursor();
			for (int i = 0; i < rgb.length; i++)
				rgb[i] |= cursor.next().get() << shift;
		}
		BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		image.setRGB(0, 0, w, h, rgb, 0, w);
		return image;
	}

	/** Writes any BufferedImage as PNG. */
	public static void writePng(BufferedImage image, Path file) throws IOException {
		AtomicFiles.write(file, temp -> {
			if (!ImageIO.write(image, "png", temp.toFile())) throw new IOException("no PNG writer for " + file);
		});
	}
}
