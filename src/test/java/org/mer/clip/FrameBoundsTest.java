package org.mer.clip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.ij.ImageJFiles;
import org.mer.core.InputException;
import org.mer.faults.ImageFaults;
import org.mer.io.ImageFiles;

import net.imglib2.RandomAccess;
import net.imglib2.img.array.ArrayImgs;

/** Hostile and damaged frame folders: each is refused naming the file, or read correctly. */
class FrameBoundsTest {
	@TempDir
	Path dir;

	@Test
	void aTinyPngDeclaring46000x46000PixelsIsRefusedWithoutDecoding() throws IOException {
		Path bomb = ImageFaults.pngBomb(dir.resolve("img1.png"), 46000, 46000);
		assertTrue(Files.size(bomb) < 100, "the file is tiny");
		InputException e = assertThrows(InputException.class, () -> new FolderFrameSource(dir));
		String m = e.getMessage();
		assertTrue(m.contains(bomb.toString()) && m.contains("46000x46000") && m.contains("mer.frame.maxPixels"), m);
	}

	@Test
	void aBombAmongGoodFramesIsRefusedWhenReached() throws IOException {
		ImageFaults.grey8Png(dir.resolve("img1.png"), 8, 6, 0);
		ImageFaults.pngBomb(dir.resolve("img2.png"), 46000, 46000);
		try (FolderFrameSource source = new FolderFrameSource(dir)) {
			String m = assertThrows(InputException.class, () -> source.frame(2)).getMessage();
			assertTrue(m.contains("img2.png") && m.contains("megapixels"), m);
		}
	}

	@Test
	void a4kFramePassesTheDefaultLimit() throws IOException {
		ImageFaults.grey8Png(dir.resolve("img1.png"), 3840, 2160, 0);
		try (FolderFrameSource source = new FolderFrameSource(dir)) {
			assertEquals(3840, source.width());
			assertEquals(2160, source.height());
		}
	}

	@Test
	void aJpegCutInHalfIsRefusedNamingTheFrame() throws IOException {
		ImageFaults.noiseJpeg(dir.resolve("img1.jpg"), 64, 48, 1);
		Path cut = ImageFaults.truncate(ImageFaults.noiseJpeg(dir.resolve("img2.jpg"), 64, 48, 2), 0.5);
		try (FolderFrameSource source = new FolderFrameSource(dir)) {
			String m = assertThrows(InputException.class, () -> source.frame(2)).getMessage();
			assertTrue(m.contains(cut.toString()) && m.contains("truncated"), m);
		}
	}

	@Test
	void aTruncatedPngIsRefusedNamingTheFrame() throws IOException {
		Path cut = ImageFaults.truncate(ImageFaults.grey8Png(dir.resolve("img1.png"), 200, 100, 0), 0.6);
		String m = assertThrows(InputException.class, () -> new FolderFrameSource(dir)).getMessage();
		assertTrue(m.contains(cut.toString()), m);
	}

	@Test
	void an8BitPngAmong16BitTiffsIsRefusedNamingBothFilesAndDepths() throws IOException {
		Path first = ImageFaults.grey16Tiff(dir.resolve("img1.tif"), 8, 6, 7);
		ImageFaults.grey16Tiff(dir.resolve("img2.tif"), 8, 6, 9);
		Path odd = ImageFaults.grey8Png(dir.resolve("img3.png"), 8, 6, 0);
		try (FolderFrameSource source = new FolderFrameSource(dir)) {
			assertEquals(1000 * (3 + 2) + 9, source.frame(2).randomAccess().setPositionAndGet(3, 2, 0).get(), 0f, "16-bit values kept");
			String m = assertThrows(InputException.class, () -> source.frame(3)).getMessage();
			assertTrue(m.contains(odd.toString()) && m.contains("8-bit") && m.contains(first.toString()) && m.contains("16-bit"), m);
		}
	}

	@Test
	void imageJThreeChannelFloatTiffIsReadWithoutImageJ() throws IOException {
		float[] px = new float[4 * 3 * 3];
		for (int i = 0; i < px.length; i++)
			px[i] = i * 0.25f - 2;
		ImageJFiles.writeTiff(ArrayImgs.floats(px, 4, 3, 3), dir.resolve("frame7.tif"), "info");
		try (FolderFrameSource source = new FolderFrameSource(dir)) {
			assertEquals(3, source.channels());
			RandomAccess<net.imglib2.type.numeric.real.FloatType> ra = source.frame(7).randomAccess();
			for (int c = 0; c < 3; c++)
				for (int y = 0; y < 3; y++)
					for (int x = 0; x < 4; x++)
						assertEquals(px[x + 4 * y + 12 * c], ra.setPositionAndGet(x, y, c).get(), 0f);
		}
	}

	@Test
	void framesNumberedUpToIntegerMaxValueResolveAndSpot() throws IOException {
		for (int k = 0; k < 3; k++)
			ImageFaults.grey8Png(dir.resolve("img" + (Integer.MAX_VALUE - 2 + k) + ".png"), 8, 6, 40 * k * k);
		try (FolderFrameSource source = new FolderFrameSource(dir)) {
			Clip clip = ClipResolver.resolve(source, ClipRange.all(), ApexMethod.MOTION);
			assertEquals(Integer.MAX_VALUE - 2, clip.onset());
			assertEquals(Integer.MAX_VALUE, clip.offset());
			assertEquals(Integer.MAX_VALUE, clip.apex(), "the last frame differs most from the onset");
			assertEquals(3, clip.length());
			assertEquals(Integer.MAX_VALUE - 1, ApexSpotter.spot(source, Integer.MAX_VALUE - 2, Integer.MAX_VALUE, ApexMethod.MIDPOINT));
		}
	}
}
