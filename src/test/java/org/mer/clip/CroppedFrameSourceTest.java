package org.mer.clip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.core.InputException;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.FloatProcessor;
import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.real.FloatType;

class CroppedFrameSourceTest {

	@TempDir
	Path dir;

	/** A 2-frame 10x8 stack with value x + 100 y + 1000 frame. */
	static FrameSource stack() {
		ImageStack stack = new ImageStack(10, 8);
		for (int f = 1; f <= 2; f++) {
			FloatProcessor fp = new FloatProcessor(10, 8);
			for (int y = 0; y < 8; y++)
				for (int x = 0; x < 10; x++)
					fp.setf(x, y, x + 100 * y + 1000 * f);
			stack.addSlice(fp);
		}
		return new org.mer.ij.ImagePlusFrameSource(new ImagePlus("s", stack));
	}

	@Test
	void cropsEveryFrameTheSame() {
		try (CroppedFrameSource crop = new CroppedFrameSource(stack(), 3, 2, 4, 5)) {
			assertEquals(4, crop.width());
			assertEquals(5, crop.height());
			assertEquals(1, crop.channels());
			assertEquals("s", crop.name());
			assertArrayEquals(new int[] { 1, 2 }, crop.frameNumbers());
			for (int f = 1; f <= 2; f++) {
				RandomAccessibleInterval<FloatType> frame = crop.frame(f);
				assertArrayEquals(new long[] { 0, 0, 0 }, frame.minAsLongArray());
				assertArrayEquals(new long[] { 4, 5, 1 }, frame.dimensionsAsLongArray());
				RandomAccess<FloatType> ra = frame.randomAccess();
				for (int y = 0; y < 5; y++)
					for (int x = 0; x < 4; x++)
						assertEquals(x + 3 + 100 * (y + 2) + 1000 * f, ra.setPositionAndGet(x, y, 0).get(), 0f);
			}
		}
	}

	@Test
	void rejectsBoxOutsideTheFrame() {
		assertThrows(IllegalArgumentException.class, () -> new CroppedFrameSource(stack(), 7, 0, 4, 2));
		assertThrows(IllegalArgumentException.class, () -> new CroppedFrameSource(stack(), -1, 0, 4, 2));
		assertThrows(IllegalArgumentException.class, () -> new CroppedFrameSource(stack(), 0, 0, 0, 2));
	}

	@Test
	void frameSourcesOpenErrors() throws IOException {
		InputException missing = assertThrows(InputException.class, () -> FrameSources.open(dir.resolve("none")));
		assertTrue(missing.getMessage().contains("none"), missing.getMessage());
		Path gif = Files.write(dir.resolve("clip.gif"), new byte[] { 1 });
		InputException unsupported = assertThrows(InputException.class, () -> FrameSources.open(gif));
		assertTrue(unsupported.getMessage().contains("clip.gif"), unsupported.getMessage());
		Path frames = Files.createDirectory(dir.resolve("frames"));
		InputException empty = assertThrows(InputException.class, () -> FrameSources.open(frames));
		assertTrue(empty.getMessage().startsWith("no frames"), empty.getMessage());
	}
}
