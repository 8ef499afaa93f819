package org.mer.clip;

import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferFloat;
import java.awt.image.DataBufferUShort;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.plugins.tiff.BaselineTIFFTagSet;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.plugins.tiff.TIFFField;
import javax.imageio.stream.ImageInputStream;

import org.mer.core.InputException;

import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.FloatArray;
import net.imglib2.type.numeric.real.FloatType;

/**
 * Decodes one frame file into a new float image (X, Y, C), all formats through javax ImageIO
 * (JPEG, PNG, BMP, and TIFF with the JDK's TIFF reader: 8-bit, 16-bit, 32-bit float, RGB, and
 * ImageJ's 3-channel hyperstacks, three pages whose ImageJ description says {@code channels=3}).
 * Grey or colour is decided by the file's colour model, not by the pixel values: one colour
 * component (or an indexed palette whose entries are all grey) gives C = 1, otherwise C = 3
 * (R, G, B; alpha dropped). Values keep the file's range (16-bit grey stays 0..65535).
 * <p>
 * Before any pixel is decoded the header's width and height are checked against
 * {@link FrameLimits}. A file the decoder reports as damaged (ImageIO warnings, e.g. a JPEG cut
 * short: "Premature end of JPEG file") is refused rather than read with invented pixels. Every
 * failure is an {@link InputException} naming the file. Stateless, thread safe.
 */
final class FrameFiles {

	static final String[] EXTENSIONS = { "jpg", "jpeg", "png", "bmp", "tif", "tiff" };

	private FrameFiles() {}

	/** A decoded frame and the bit depth of its samples (8, 16, or 32 for float). */
	static final class Decoded {
		final ArrayImg<FloatType, FloatArray> image;
		final int bitDepth;

		Decoded(ArrayImg<FloatType, FloatArray> image, int bitDepth) {
			this.image = image;
			this.bitDepth = bitDepth;
		}

		/** "8-bit", "16-bit", "32-bit float". */
		String depthName() {
			return FrameFiles.depthName(bitDepth);
		}
	}

	/** "8-bit", "16-bit", "32-bit float" for a bit depth. */
	static String depthName(int bitDepth) {
		return bitDepth == 32 ? "32-bit float" : bitDepth + "-bit";
	}

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
		return decode(file, FrameLimits.defaults()).image;
	}

	/**
	 * @throws InputException naming the file when it is larger than {@code limits}, damaged or
	 *           cannot be decoded
	 */
	static Decoded decode(Path file, FrameLimits limits) {
		try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
			if (in == null) throw new InputException("cannot read frame " + file + ": the file cannot be opened");
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) throw new InputException("cannot read frame " + file + ": not a readable image");
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, false, true);
				boolean tiff = reader.getFormatName().toLowerCase(Locale.ROOT).startsWith("tif");
				int pages = tiff ? reader.getNumImages(true) : 1;
				if (pages > 1) { // the ImageJ description is metadata: read it only where it matters
					in.seek(0);
					reader.setInput(in, false, false);
				}
				limits.check(file, reader.getWidth(0), reader.getHeight(0), pages);
				List<String> warnings = new ArrayList<>();
				reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
				Decoded first = fromBufferedImage(reader.read(0));
				if (!warnings.isEmpty()) throw new InputException("frame " + file + " is damaged or truncated: " + warnings.get(0));
				if (pages == 1) return first;
				if (pages == 3 && first.image.dimension(2) == 1 && isImageJChannels(reader.getImageMetadata(0), 3))
					return threePages(reader, first, file, warnings);
				throw new InputException("frame " + file + " holds " + pages + " images; a frame file must hold one");
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof InputException) throw (InputException) e;
			throw new InputException("cannot read frame " + file + ": " + e.getMessage(), e);
		}
	}

	/** An ImageJ hyperstack's description ("ImageJ=...\nchannels=3\n...") names its channel count. */
	private static boolean isImageJChannels(IIOMetadata metadata, int channels) {
		try {
			TIFFField description = TIFFDirectory.createFromMetadata(metadata).getTIFFField(BaselineTIFFTagSet.TAG_IMAGE_DESCRIPTION);
			if (description == null) return false;
			String text = description.getAsString(0);
			return text.startsWith("ImageJ") && text.contains("\nchannels=" + channels + "\n");
		}
		catch (IOException | RuntimeException e) {
			return false;
		}
	}

	private static Decoded threePages(ImageReader reader, Decoded first, Path file, List<String> warnings) throws IOException {
		int w = (int) first.image.dimension(0), h = (int) first.image.dimension(1);
		float[] px = new float[3 * w * h];
		System.arraycopy(first.image.update(null).getCurrentStorageArray(), 0, px, 0, w * h);
		for (int c = 1; c < 3; c++) {
			Decoded page = fromBufferedImage(reader.read(c));
			if (!warnings.isEmpty()) throw new InputException("frame " + file + " is damaged or truncated: " + warnings.get(0));
			if (page.image.dimension(0) != w || page.image.dimension(1) != h || page.image.dimension(2) != 1 || page.bitDepth != first.bitDepth)
				throw new InputException("frame " + file + ": its 3 channel pages differ in size or type");
			System.arraycopy(page.image.update(null).getCurrentStorageArray(), 0, px, c * w * h, w * h);
		}
		return new Decoded(ArrayImgs.floats(px, w, h, 3), first.bitDepth);
	}

	/** Pixels of a decoded image as (X, Y, C) floats, and the bit depth of its samples. */
	static Decoded fromBufferedImage(BufferedImage image) {
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
			return new Decoded(ArrayImgs.floats(px, w, h, grey ? 1 : 3), 8);
		}
		int c = image.getColorModel().getNumColorComponents() == 1 ? 1 : 3;
		if (raster.getNumBands() < c) throw new IllegalStateException("raster has " + raster.getNumBands() + " bands");
		float[] px = new float[w * h * c];
		if (!copyDirectly(raster, c, px)) {
			float[] row = new float[w];
			for (int ch = 0; ch < c; ch++)
				for (int y = 0; y < h; y++) {
					raster.getSamples(0, y, w, 1, ch, row);
					System.arraycopy(row, 0, px, w * y + w * h * ch, w);
				}
		}
		return new Decoded(ArrayImgs.floats(px, w, h, c), bitDepth(raster));
	}

	/**
	 * Copies the first {@code c} bands straight from the data arrays of the common layouts
	 * (one sample per array element: 8-bit, 16-bit and float grey or interleaved RGB), several
	 * times faster than {@link Raster#getSamples}; false for any other layout.
	 */
	private static boolean copyDirectly(Raster raster, int c, float[] px) {
		if (!(raster.getSampleModel() instanceof ComponentSampleModel) || raster.getSampleModelTranslateX() != 0
			|| raster.getSampleModelTranslateY() != 0) return false;
		ComponentSampleModel sm = (ComponentSampleModel) raster.getSampleModel();
		DataBuffer db = raster.getDataBuffer();
		int w = raster.getWidth(), h = raster.getHeight(), stride = sm.getPixelStride(), scan = sm.getScanlineStride();
		for (int ch = 0; ch < c; ch++) {
			int bank = sm.getBankIndices()[ch], base = db.getOffsets()[bank] + sm.getBandOffsets()[ch], plane = w * h * ch;
			if (db instanceof DataBufferByte) {
				byte[] d = ((DataBufferByte) db).getData(bank);
				for (int y = 0; y < h; y++)
					for (int x = 0, i = base + y * scan; x < w; x++, i += stride)
						px[plane + w * y + x] = d[i] & 0xff;
			}
			else if (db instanceof DataBufferUShort) {
				short[] d = ((DataBufferUShort) db).getData(bank);
				for (int y = 0; y < h; y++)
					for (int x = 0, i = base + y * scan; x < w; x++, i += stride)
						px[plane + w * y + x] = d[i] & 0xffff;
			}
			else if (db instanceof DataBufferFloat) {
				float[] d = ((DataBufferFloat) db).getData(bank);
				for (int y = 0; y < h; y++)
					for (int x = 0, i = base + y * scan; x < w; x++, i += stride)
						px[plane + w * y + x] = d[i];
			}
			else return false;
		}
		return true;
	}

	/** 32 for floating-point samples, else the sample size of the first band (8 for packed RGB). */
	private static int bitDepth(Raster raster) {
		int type = raster.getSampleModel().getDataType();
		if (type == DataBuffer.TYPE_FLOAT || type == DataBuffer.TYPE_DOUBLE) return 32;
		return raster.getSampleModel().getSampleSize(0);
	}

	private static boolean isGreyPalette(IndexColorModel icm) {
		for (int i = 0; i < icm.getMapSize(); i++)
			if (icm.getRed(i) != icm.getGreen(i) || icm.getRed(i) != icm.getBlue(i)) return false;
		return true;
	}
}
