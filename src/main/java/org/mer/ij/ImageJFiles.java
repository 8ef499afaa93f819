package org.mer.ij;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import ij.IJ;
import ij.ImagePlus;
import ij.io.FileSaver;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.real.FloatType;

import org.mer.core.InputException;
import org.mer.io.AtomicFiles;

/**
 * ImageJ TIFFs, written atomically through {@link AtomicFiles} and read with ImageJ's own
 * reader: the raw 32-bit modality images with their "Info" (shown by Image&gt;Show Info) and the
 * 8-bit results. Uses ImageJ's non-GUI file classes only, so it works headless. Stateless,
 * thread safe.
 */
public final class ImageJFiles {
	private ImageJFiles() {}

	/**
	 * Writes a 32-bit float ImageJ TIFF of an (X, Y, C) image, one slice per channel (C = 3: a
	 * 3-channel hyperstack), with {@code info} as the image's "Info" property.
	 */
	public static void writeTiff(RandomAccessibleInterval<FloatType> xyc, Path file, String info) throws IOException {
		ImagePlus imp = ImagePlusBridge.toImagePlus(xyc, file.getFileName().toString());
		if (info != null) imp.setProperty("Info", info);
		writeTiff(imp, file);
	}

	/** Writes an ImageJ TIFF of the image as it is (any type, one image or a stack); the image is not changed. */
	public static void writeTiff(ImagePlus imp, Path file) throws IOException {
		AtomicFiles.write(file, temp -> {
			FileSaver saver = new FileSaver(imp);
			boolean ok = imp.getStackSize() > 1 ? saver.saveAsTiffStack(temp.toString()) : saver.saveAsTiff(temp.toString());
			if (!ok) throw new IOException("ImageJ could not write " + file);
		});
	}

	/**
	 * Reads a TIFF (or any image ImageJ opens) with ImageJ's own reader.
	 *
	 * @throws InputException naming the file when it is missing or not readable as an image
	 */
	public static ImagePlus read(Path file) {
		if (!Files.isRegularFile(file)) throw new InputException("no such file: " + file);
		ImagePlus imp = IJ.openImage(file.toString());
		if (imp == null) throw new InputException("cannot read " + file + " as an image");
		return imp;
	}
}
