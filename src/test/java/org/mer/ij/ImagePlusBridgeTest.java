package org.mer.ij;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ij.ImagePlus;
import net.imglib2.Cursor;
import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.ByteArray;
import net.imglib2.img.basictypeaccess.array.FloatArray;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.real.FloatType;

class ImagePlusBridgeTest {

	@ParameterizedTest
	@ValueSource(ints = { 1, 3 })
	void floatImgRoundTrip(int channels) {
		ArrayImg<FloatType, FloatArray> img = ArrayImgs.floats(6, 4, channels);
		Cursor<FloatType> cur = img.localizingCursor();
		while (cur.hasNext()) {
			cur.fwd();
			cur.get().set(cur.getIntPosition(0) * 1.5f - cur.getIntPosition(1) * 10f + cur.getIntPosition(2) * 1000.25f);
		}
		ImagePlus imp = ImagePlusBridge.toImagePlus(img, "t");
		assertEquals(ImagePlus.GRAY32, imp.getType());
		assertEquals(channels, imp.getNChannels());
		assertEquals(channels, imp.getStackSize());
		assertEquals("t", imp.getTitle());
		assertEquals(6, imp.getWidth());
		assertEquals(1, imp.getNFrames());
		assertEquals(1, imp.getNSlices());
		RandomAccessibleInterval<FloatType> back = new ImagePlusFrameSource(imp).frame(1);
		assertSame(img, back);
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 3 })
	void byteImgRoundTrip(int channels) {
		ArrayImg<UnsignedByteType, ByteArray> img = ArrayImgs.unsignedBytes(5, 3, channels);
		Cursor<UnsignedByteType> cur = img.localizingCursor();
		while (cur.hasNext()) {
			cur.fwd();
			cur.get().set((cur.getIntPosition(0) * 50 + cur.getIntPosition(1) * 3 + cur.getIntPosition(2) * 90) % 256);
		}
		ImagePlus imp = ImagePlusBridge.toImagePlus8(img, "b");
		assertEquals(channels == 3 ? ImagePlus.COLOR_RGB : ImagePlus.GRAY8, imp.getType());
		RandomAccessibleInterval<FloatType> back = new ImagePlusFrameSource(imp).frame(1);
		assertArrayEquals(img.dimensionsAsLongArray(), back.dimensionsAsLongArray());
		RandomAccess<FloatType> ra = back.randomAccess();
		cur.reset();
		while (cur.hasNext()) {
			cur.fwd();
			assertEquals(cur.get().get(), ra.setPositionAndGet(cur).get(), 0f);
		}
	}

	private static void assertSame(ArrayImg<FloatType, FloatArray> img, RandomAccessibleInterval<FloatType> back) {
		assertArrayEquals(img.dimensionsAsLongArray(), back.dimensionsAsLongArray());
		RandomAccess<FloatType> ra = back.randomAccess();
		Cursor<FloatType> cur = img.localizingCursor();
		while (cur.hasNext()) {
			cur.fwd();
			assertEquals(cur.get().get(), ra.setPositionAndGet(cur).get(), 0f);
		}
	}
}
