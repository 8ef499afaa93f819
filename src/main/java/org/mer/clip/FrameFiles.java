package org.mer.clip;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.mer.core.InputException;

import ij.ImagePlus;
import ij.io.Opener;
import ij.process.ColorProcessor;
import ij.process.ImageProcessor;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.FloatArray;
import net.imglib2.type.numeric.real.FloatType;

/**
 * Decodes one frame file into a new float image (X, Y, C). JPEG, PNG and BMP go through
 * javax ImageIO; TIFF through ImageJ's non-GUI {@link Opener} (8-bit, 16-bit, 32-bit float,
 * RGB, and 3-channel 32-bit hyperstacks as ImageJ writes them), with ImageIO as fallback.
 * Grey or colour is decided by the file's colour model, not by the pixel values: one colour
 * component (or an indexed palette whose entries are all grey) gives C = 1, otherwise C = 3
 * (R, G, B; alpha dropped). Values keep the file's range (16-bit grey stays 0..65535).
 */
final class FrameFiles {

	static final String[] EXTENSIONS = { "jpg", "jpeg", "png", "bmp", "tif", "tiff" };

	private FrameFiles() {}

	static boolean isFrameFile(String fileName) {
		if (fileName.startsWith(".")) return false;
		String ext = extension(fileName);
		for (String e : EXTENSIONS)
			if (e.equals(ext)) return true;
		return false;
	}

	static String extension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	/** @throws InputException naming the file when it cannot be decoded */
	static ArrayImg<FloatType, FloatArray> decode(Path file) {
		String ext = extension(file.getFileName().toString());
		if (ext.equals("tif") || ext.equals("tiff")) {
			ImagePlus imp = new Opener().openImage(file.toAbsolutePath().toString());
			if (imp != null) return fromImagePlus(imp, file);
		}
		BufferedImage image;
		try {
			image = ImageIO.read(file.toFile());
		}
		catch (IOException | RuntimeException e) {
			throw new InputException("cannot read frame " + file + ": " + e.getMessage(), e);
		}
		if (image == null) throw new InputException("cannot read frame " + file + ": not a readable image");
		return fromBufferedImage(image);
	}

	static ArrayImg<FloatType, FloatArray> fromBufferedImage(BufferedImage image) {
		int w = image.getWidth(), h = image.getHeight();
		Raster raster = image.getRaster();
		if (image.getColorModel() instanceof IndexColorModel) {
			IndexColorModel icm = (IndexColorModel) image.getColorModel();
			boolean grey = isGreyPalette(icm);
			float[] px = new float[w * h * (grey ? 1 : 3)];
			for (int y = 0; y < h; y++)
				for (int x = 0; x < w; x++) {
					int index = raster.getSample(x, y, 0);
					if (grey) px[x + w * y] = icm.getRed(index);
					else {
						px[x + w * y] = icm.getRed(index);
						px[x + w * y + w * h] = icm.getGreen(index);
						px[x + w * y + 2 * w * h] = icm.getBlue(index);
					}
				}
			return ArrayImgs.floats(px, w, h, grey ? 1 : 3);
		}
		int c = image.getColorModel().getNumColorComponents() == 1 ? 1 : 3;
		if (raster.getNumBands() < c) throw new IllegalStateException("raster has " + raster.getNumBands() + " bands");
		float[] px = new float[w * h * c];
		float[] row = new float[w];
		for (int ch = 0; ch < c; ch++)
			for (int y = 0; y < h; y++) {
				raster.getSamples(0, y, w, 1, ch, row);
				System.arraycopy(row, 0, px, w * y + w * h * ch, w);
			}
		return ArrayImgs.floats(px, w, h, c);
	}

	private static boolean isGreyPalette(IndexColorModel icm) {
		for (int i = 0; i < icm.getMapSize(); i++)
			if (icm.getRed(i) != icm.getGreen(i) || icm.getRed(i) != icm.getBlue(i)) return false;
		return true;
	}

	private static ArrayImg<FloatType, FloatArray> fromImagePlus(ImagePlus imp, Path file) {
		int w = imp.getWidth(), h = imp.getHeight(), n = imp.getStackSize();
		if (imp.getType() == ImagePlus.COLOR_RGB || imp.getType() == ImagePlus.COLOR_256) {
			if (n != 1) throw new InputException("frame " + file + " holds " + n + " images; a frame file must hold one");
			ImageProcessor ip = imp.getProcessor();
			ColorProcessor cp = ip instanceof ColorProcessor ? (ColorProcessor) ip : (ColorProcessor) ip.convertToRGB();
			int[] rgb = (int[]) cp.getPixels();
			float[] px = new float[w * h * 3];
			for (int i = 0; i < rgb.length; i++) {
				px[i] = (rgb[i] >> 16) & 0xff;
				px[i + w * h] = (rgb[i] >> 8) & 0xff;
				px[i + 2 * w * h] = rgb[i] & 0xff;
			}
			return ArrayImgs.floats(px, w, h, 3);
		}
		int c = n == 3 && imp.getNChannels() == 3 ? 3 : 1;
		if (n != c) throw new InputException("frame " + file + " holds " + n + " images; a frame file must hold one");
		float[] px = new float[w * h * c];
		for (int ch = 0; ch < c; ch++) {
			ImageProcessor ip = imp.getStack().getProcessor(ch + 1);
			for (int i = 0; i < w * h; i++)
				px[i + w * h * ch] = ip.getf(i);
		}
		return ArrayImgs.floats(px, w, h, c);
	}
}
