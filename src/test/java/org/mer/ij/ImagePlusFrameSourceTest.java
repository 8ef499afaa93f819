package org.mer.ij;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.mer.core.InputException;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;
import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.real.FloatType;

class ImagePlusFrameSourceTest {
	static final int W = 5, H = 4, N = 3;

	/** Distinct value per (x, y, frame, channel) that fits in 8 bits. */
	static int value(int x, int y, int frame, int c) {
		return x + 5 * y + 20 * frame + 60 * c + 7;
	}

	static ImageProcessor plane(String type, int frame, int c) {
		ImageProcessor ip;
		switch (type) {
			case "8": ip = new ByteProcessor(W, H); break;
			case "16": ip = new ShortProcessor(W, H); break;
			case "32": ip = new FloatProcessor(W, H); break;
			default: ip = new ColorProcessor(W, H);
		}
		for (int y = 0; y < H; y++)
			for (int x = 0; x < W; x++) {
				if (ip instanceof ColorProcessor)
					ip.set(x, y, value(x, y, frame, 0) << 16 | value(x, y, frame, 1) << 8 | value(x, y, frame, 2));
				else if (ip instanceof FloatProcessor)
					ip.setf(x, y, value(x, y, frame, c) + 0.25f);
				else if (ip instanceof ShortProcessor)
					ip.set(x, y, value(x, y, frame, c) * 200);
				else
					ip.set(x, y, value(x, y, frame, c));
			}
		return ip;
	}

	static float expected(String type, int x, int y, int frame, int c) {
		int v = value(x, y, frame, c);
		return type.equals("32") ? v + 0.25f : type.equals("16") ? v * 200 : v;
	}

	static ImagePlus stack(String type, int channels, boolean alongTime) {
		ImageStack stack = new ImageStack(W, H);
		for (int f = 1; f <= N; f++)
			for (int c = 0; c < channels; c++)
				stack.addSlice(plane(type, f, c));
		ImagePlus imp = new ImagePlus("clip-" + type, stack);
		imp.setDimensions(channels, alongTime ? 1 : N, alongTime ? N : 1);
		return imp;
	}

	@ParameterizedTest
	@CsvSource({ "8,1,true", "8,1,false", "16,1,true", "16,1,false", "32,1,true", "32,1,false", "RGB,1,true",
		"RGB,1,false", "32,3,true", "8,3,false" })
	void framesMatchStackValuesAndAxisOrder(String type, int nc, boolean alongTime) {
		ImagePlus imp = stack(type, nc, alongTime);
		try (ImagePlusFrameSource source = new ImagePlusFrameSource(imp)) {
			int channels = type.equals("RGB") ? 3 : nc;
			assertEquals("clip-" + type, source.name());
			assertArrayEquals(new int[] { 1, 2, 3 }, source.frameNumbers());
			assertEquals(W, source.width());
			assertEquals(H, source.height());
			assertEquals(channels, source.channels());
			for (int f = 1; f <= N; f++) {
				RandomAccessibleInterval<FloatType> frame = source.frame(f);
				assertArrayEquals(new long[] { W, H, channels }, frame.dimensionsAsLongArray());
				RandomAccess<FloatType> ra = frame.randomAccess();
				for (int c = 0; c < channels; c++)
					for (int y = 0; y < H; y++)
						for (int x = 0; x < W; x++)
							assertEquals(expected(type, x, y, f, c), ra.setPositionAndGet(x, y, c).get(), 0f,
								type + " frame " + f + " at " + x + "," + y + "," + c);
			}
		}
	}

	@Test
	void wrapsWithoutCopying() {
		ImagePlus imp = stack("16", 1, true);
		ImagePlusFrameSource source = new ImagePlusFrameSource(imp);
		RandomAccessibleInterval<FloatType> frame = source.frame(2);
		((short[]) imp.getStack().getPixels(2))[0] = (short) 60000;
		assertEquals(60000f, frame.randomAccess().setPositionAndGet(0, 0, 0).get(), 0f);
	}

	@Test
	void rejectsBadImages() {
		ImageStack zt = new ImageStack(W, H);
		for (int i = 0; i < 4; i++)
			zt.addSlice(new ByteProcessor(W, H));
		ImagePlus both = new ImagePlus("zt", zt);
		both.setDimensions(1, 2, 2);
		assertThrows(InputException.class, () -> new ImagePlusFrameSource(both));
		ImagePlus two = new ImagePlus("two", zt);
		two.setDimensions(2, 1, 2);
		InputException e = assertThrows(InputException.class, () -> new ImagePlusFrameSource(two));
		assertEquals(true, e.getMessage().contains("two"));
		assertThrows(InputException.class, () -> new ImagePlusFrameSource(stack("8", 1, true)).frame(4));
	}
}
