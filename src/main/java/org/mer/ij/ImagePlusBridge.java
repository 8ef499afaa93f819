package org.mer.ij;

import ij.CompositeImage;
import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.view.Views;

/**
 * Copies imglib2 images with axis order (X, Y, C) into new ImageJ images (the reverse of
 * {@link ImagePlusFrameSource}, which wraps without copying). A 2D input counts as C = 1.
 * Only non-GUI ImageJ classes are used, so this works headless. Stateless, thread safe.
 */
public final class ImagePlusBridge {

	private ImagePlusBridge() {}

	/**
	 * @return a 32-bit ImagePlus: C = 1 gives a single image; C = 3 gives a 3-channel hyperstack
	 *         (a {@link CompositeImage} in composite mode, channels R, G, B, one slice each),
	 *         other C a C-channel hyperstack. Each channel's display range is its min..max.
	 */
	public static ImagePlus toImagePlus(RandomAccessibleInterval<? extends RealType<?>> xyc, String title) {
		int w = width(xyc), h = height(xyc), c = channels(xyc);
		ImageStack stack = new ImageStack(w, h);
		for (int ch = 0; ch < c; ch++) {
			float[] pixels = new float[w * h];
			int i = 0;
			for (RealType<?> t : Views.flatIterable(channel(xyc, ch)))
				pixels[i++] = t.getRealFloat();
			FloatProcessor fp = new FloatProcessor(w, h, pixels);
			fp.resetMinAndMax();
			stack.addSlice(c == 3 ? "RGB".substring(ch, ch + 1) : "c" + (ch + 1), fp);
		}
		ImagePlus imp = new ImagePlus(title, stack);
		if (c == 1) return imp;
		imp.setDimensions(c, 1, 1);
		imp.setOpenAsHyperStack(true);
		CompositeImage composite = new CompositeImage(imp, c == 3 ? CompositeImage.COMPOSITE : CompositeImage.GRAYSCALE);
		for (int ch = 1; ch <= c; ch++) {
			composite.setC(ch);
			composite.resetDisplayRange();
		}
		composite.setC(1);
		composite.setTitle(title);
		return composite;
	}

	/** @return C = 1: an 8-bit image; C = 3: an RGB (ColorProcessor) image. */
	public static ImagePlus toImagePlus8(RandomAccessibleInterval<UnsignedByteType> xyc, String title) {
		int w = width(xyc), h = height(xyc), c = channels(xyc);
		if (c == 1) {
			byte[] pixels = new byte[w * h];
			int i = 0;
			for (UnsignedByteType t : Views.flatIterable(channel(xyc, 0)))
				pixels[i++] = (byte) t.get();
			return new ImagePlus(title, new ByteProcessor(w, h, pixels));
		}
		if (c != 3) throw new IllegalArgumentException("8-bit images need 1 or 3 channels, got " + c);
		int[] rgb = new int[w * h];
		for (int ch = 0; ch < 3; ch++) {
			int shift = 16 - 8 * ch;
			Cursor<UnsignedByteType> cursor = Views.flatIterable(channel(xyc, ch)).cursor();
			for (int i = 0; i < rgb.length; i++)
				rgb[i] |= cursor.next().get() << shift;
		}
		return new ImagePlus(title, new ColorProcessor(w, h, rgb));
	}

	static int width(RandomAccessibleInterval<?> xyc) {
		checkDims(xyc);
		return Math.toIntExact(xyc.dimension(0));
	}

	static int height(RandomAccessibleInterval<?> xyc) {
		return Math.toIntExact(xyc.dimension(1));
	}

	static int channels(RandomAccessibleInterval<?> xyc) {
		checkDims(xyc);
		return xyc.numDimensions() == 2 ? 1 : Math.toIntExact(xyc.dimension(2));
	}

	/** Channel {@code ch} (0-based) as a zero-min 2D view. */
	static <T> RandomAccessibleInterval<T> channel(RandomAccessibleInterval<T> xyc, int ch) {
		RandomAccessibleInterval<T> zero = Views.zeroMin(xyc);
		return zero.numDimensions() == 2 ? zero : Views.hyperSlice(zero, 2, ch);
	}

	private static void checkDims(RandomAccessibleInterval<?> xyc) {
		if (xyc.numDimensions() != 2 && xyc.numDimensions() != 3)
			throw new IllegalArgumentException("expected axes (X, Y) or (X, Y, C), got " + xyc.numDimensions() + " dimensions");
	}
}
