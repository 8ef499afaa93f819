package org.mer.io;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.mer.core.InputException;
import org.mer.ij.ImagePlusBridge;

import ij.IJ;
import ij.ImagePlus;
import ij.io.FileSaver;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.real.FloatType;

/**
 * Writes result images (always atomically through {@link AtomicFiles}) and reads them back.
 * Input axis order is (X, Y, C). Uses ImageJ's non-GUI file classes; works headless.
 * Stateless, thread safe.
 */
public final class ImageFiles {

	private ImageFiles() {}

	/**
	 * Writes an ImageJ TIFF, 32-bit float, one slice per channel (C = 3: a 3-channel
	 * hyperstack). {@code info} goes into the image's "Info" property, which ImageJ stores in
	 * the file and shows with Image>Show Info.
	 */
	public static void writeTiff(RandomAccessibleInterval<FloatType> xyc, Path file, String info) throws IOException {
		ImagePlus imp = ImagePlusBridge.toImagePlus(xyc, file.getFileName().toString());
		if (info != null) imp.setProperty("Info", info);
		AtomicFiles.write(file, temp -> {
			FileSaver saver = new FileSaver(imp);
			boolean ok = imp.getStackSize() > 1 ? saver.saveAsTiffStack(temp.toString()) : saver.saveAsTiff(temp.toString());
			if (!ok) throw new IOException("could not write " + file);
		});
	}

	/** Writes an 8-bit PNG: C = 1 grey, C = 3 RGB. */
	public static void writePng(RandomAccessibleInterval<UnsignedByteType> xyc, Path file) throws IOException {
		writePng(toBufferedImage(xyc), file);
	}

	/** C = 1: TYPE_BYTE_GRAY; C = 3: TYPE_INT_RGB. */
	static BufferedImage toBufferedImage(RandomAccessibleInterval<UnsignedByteType> xyc) {
		ImagePlus imp = ImagePlusBridge.toImagePlus8(xyc, "png");
		int w = imp.getWidth(), h = imp.getHeight();
		if (imp.getType() == ImagePlus.COLOR_RGB) {
			BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
			image.setRGB(0, 0, w, h, (int[]) imp.getProcessor().getPixels(), 0, w);
			return image;
		}
		BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
		image.getRaster().setDataElements(0, 0, w, h, imp.getProcessor().getPixels());
		return image;
	}

	/** Writes any BufferedImage as PNG. */
	public static void writePng(BufferedImage image, Path file) throws IOException {
		AtomicFiles.write(file, temp -> {
			if (!ImageIO.write(image, "png", temp.toFile())) throw new IOException("no PNG writer for " + file);
		});
	}

	/**
	 * Reads a TIFF with ImageJ's own reader.
	 *
	 * @throws InputException naming the file when it is missing or not readable as an image
	 */
	public static ImagePlus readTiff(Path file) {
		if (!Files.isRegularFile(file)) throw new InputException("no such file: " + file);
		ImagePlus imp = IJ.openImage(file.toString());
		if (imp == null) throw new InputException("cannot read " + file + " as an image");
		return imp;
	}
}
