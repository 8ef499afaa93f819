package org.mer.ij;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.mer.clip.AbstractFrameSource;
import org.mer.core.InputException;

import ij.ImagePlus;
import ij.ImageStack;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.converter.Converters;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

/**
 * The frames of an ImageJ stack or hyperstack, numbered 1..n, without copying pixels: each
 * frame is a {@link FloatType} view over the stack's own pixel arrays (so later edits of the
 * image show through). Frames run along T when the image has more than one time frame, else
 * along Z (slices); an image with several slices and several time frames is rejected, as it is
 * not a clip. Channels: an RGB image gives C = 3 (R, G, B); otherwise C is the number of
 * hyperstack channels, which must be 1 or 3. Types: 8-bit, 16-bit (raw values, calibration
 * ignored), 32-bit, RGB. Virtual stacks decode only the frames asked for. Name = image title.
 * Not thread safe; {@link #close()} does nothing to the ImagePlus, which the caller owns.
 */
public final class ImagePlusFrameSource extends AbstractFrameSource {
	private final ImagePlus imp;
	private final boolean alongTime, rgb;
	private final int count;
	private final String name;

	/** @throws InputException for an unsupported type, channel count or Z-and-T image */
	public ImagePlusFrameSource(ImagePlus imp) {
		this.imp = Objects.requireNonNull(imp);
		this.name = imp.getTitle();
		int type = imp.getType();
		this.rgb = type == ImagePlus.COLOR_RGB;
		if (type == ImagePlus.COLOR_256)
			throw new InputException(name + " is an 8-bit colour (LUT) image; convert it to RGB first");
		int nc = imp.getNChannels(), nz = imp.getNSlices(), nt = imp.getNFrames();
		if (nz > 1 && nt > 1)
			throw new InputException(name + " has " + nz + " slices and " + nt + " time frames; a clip needs frames along one axis");
		if (rgb && nc != 1) throw new InputException(name + " is RGB with " + nc + " channels; expected 1");
		if (!rgb && nc != 1 && nc != 3) throw new InputException(name + " has " + nc + " channels; expected 1 (grey) or 3 (RGB)");
		this.alongTime = nt > 1;
		this.count = alongTime ? nt : nz;
		int[] numbers = new int[count];
		for (int i = 0; i < count; i++)
			numbers[i] = i + 1;
		describe(name, numbers, imp.getWidth(), imp.getHeight(), rgb ? 3 : nc);
	}

	/**
	 * The image's frame rate: its calibration's fps (set by the AVI reader, Image &gt; Properties),
	 * else 1 / frame interval when the interval is in seconds; NaN when neither is set.
	 */
	@Override
	public double frameRate() {
		ij.measure.Calibration cal = imp.getCalibration();
		if (cal.fps > 0 && Double.isFinite(cal.fps)) return cal.fps;
		String unit = cal.getTimeUnit();
		boolean seconds = unit == null || unit.equals("sec") || unit.equals("s") || unit.equals("second") || unit.equals("seconds");
		if (cal.frameInterval > 0 && seconds) return 1 / cal.frameInterval;
		return Double.NaN;
	}

	/** @return (X, Y, C) view over frame {@code frameNumber} (1-based) of the stack */
	@Override
	public RandomAccessibleInterval<FloatType> frame(int frameNumber) {
		if (frameNumber < 1 || frameNumber > count)
			throw new InputException("frame " + frameNumber + " is not in " + name + " (frames 1.." + count + ")");
		ImageStack stack = imp.getStack();
		int z = alongTime ? 1 : frameNumber, t = alongTime ? frameNumber : 1;
		if (rgb) {
			int[] pixels = (int[]) stack.getPixels(imp.getStackIndex(1, z, t));
			RandomAccessibleInterval<net.imglib2.type.numeric.integer.UnsignedByteType> xyc =
				Converters.argbChannels(ArrayImgs.argbs(pixels, imp.getWidth(), imp.getHeight()), 1, 2, 3);
			return toFloat(xyc);
		}
		int nc = imp.getNChannels();
		List<RandomAccessibleInterval<FloatType>> planes = new ArrayList<>(nc);
		for (int c = 1; c <= nc; c++)
			planes.add(wrapPlane(stack.getPixels(imp.getStackIndex(c, z, t))));
		return nc == 1 ? Views.addDimension(planes.get(0), 0, 0) : Views.stack(planes);
	}

	private RandomAccessibleInterval<FloatType> wrapPlane(Object pixels) {
		long w = imp.getWidth(), h = imp.getHeight();
		if (pixels instanceof byte[]) return toFloat(ArrayImgs.unsignedBytes((byte[]) pixels, w, h));
		if (pixels instanceof short[]) return toFloat(ArrayImgs.unsignedShorts((short[]) pixels, w, h));
		if (pixels instanceof float[]) return ArrayImgs.floats((float[]) pixels, w, h);
		throw new InputException(name + " has an unsupported pixel type");
	}

	private static <T extends RealType<T>> RandomAccessibleInterval<FloatType> toFloat(RandomAccessibleInterval<T> rai) {
		return Converters.convert(rai, (in, out) -> out.setReal(in.getRealFloat()), new FloatType());
	}

	@Override
	public void close() {}
}
