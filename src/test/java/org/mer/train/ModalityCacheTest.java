package org.mer.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;

import net.imglib2.img.Img;
import net.imglib2.type.numeric.real.FloatType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.clip.ApexMethod;
import org.mer.clip.ClipRange;
import org.mer.clip.FrameSource;
import org.mer.clip.FrameSources;
import org.mer.core.Progress;
import org.mer.data.Sample;
import org.mer.clip.ClipResolver;
import org.mer.clip.FrameAccess;
import org.mer.mesti.Modalities;
import org.mer.mesti.MestiWeighting;
import org.mer.mesti.ModalityImage;
import org.mer.mesti.ModalityKind;
import org.mer.mesti.ModalitySettings;

class ModalityCacheTest {
	@TempDir
	Path tmp;

	@Test
	void computesOnceReadsBackAndRecomputesOnChange() throws Exception {
		Sample sample = TinyClips.write(tmp.resolve("data"), 1, 1).get(1);
		ModalityCache cache = new ModalityCache(tmp.resolve("cache"));
		ModalitySettings mesti = ModalitySettings.mesti(MestiWeighting.APEX_PEAK);
		ModalityImage computed = cache.get(sample, mesti, Progress.NONE);
		Path file = cache.file(sample, mesti);
		assertTrue(Files.isRegularFile(file));
		FileTime written = Files.getLastModifiedTime(file);

		ModalityImage read = cache.get(sample, mesti, Progress.NONE);
		assertEquals(written, Files.getLastModifiedTime(file));
		assertArrayEquals(FrameAccess.shape(computed.image()), FrameAccess.shape(read.image()));
		assertArrayEquals(FrameAccess.toArray(computed.image()), FrameAccess.toArray(read.image()), 0f);
		assertEquals(8, read.apex());
		assertEquals(ApexMethod.GIVEN, read.apexMethod());
		assertEquals(computed.sourceName(), read.sourceName());
		assertEquals(16, read.offset());

		// another weighting, another modality or another range: another file with other pixels
		ModalitySettings ranked = ModalitySettings.mesti(MestiWeighting.RANK_POOLED);
		assertNotEquals(file, cache.file(sample, ranked));
		float[] rankedPixels = FrameAccess.toArray(cache.get(sample, ranked, Progress.NONE).image());
		assertTrue(!Arrays.equals(rankedPixels, FrameAccess.toArray(read.image())));
		assertNotEquals(file, cache.file(sample, ModalitySettings.of(ModalityKind.APEX)));
		Sample shorter = new Sample(sample.dataset(), sample.subject(), sample.id(), sample.frames(), new ClipRange(2, 8, 14), sample.label());
		assertNotEquals(file, cache.file(shorter, mesti));
		assertEquals(2, cache.get(shorter, mesti, Progress.NONE).onset());
		assertEquals(3, Files.list(cache.folder()).filter(p -> p.toString().endsWith(".mod")).count());

		// a damaged file is recomputed and replaced
		Files.write(file, new byte[] { 1, 2, 3 });
		assertArrayEquals(FrameAccess.toArray(computed.image()), FrameAccess.toArray(cache.get(sample, mesti, Progress.NONE).image()), 0f);
		assertTrue(Files.size(file) > 1000);
	}

	@Test
	void concurrentReadersSeeWholeImages() throws Exception {
		List<Sample> samples = TinyClips.write(tmp.resolve("data"), 1, 1);
		ModalityCache cache = new ModalityCache(tmp.resolve("cache"));
		ModalitySettings mesti = ModalitySettings.mesti(MestiWeighting.APEX_PEAK);
		float[] expected = FrameAccess.toArray(direct(samples.get(0), mesti));
		Thread[] threads = new Thread[4];
		Throwable[] failure = new Throwable[1];
		for (int t = 0; t < threads.length; t++) {
			threads[t] = new Thread(() -> {
				try {
					for (int i = 0; i < 5; i++)
						assertArrayEquals(expected, FrameAccess.toArray(cache.get(samples.get(0), mesti, Progress.NONE).image()), 0f);
				}
				catch (Throwable e) {
					failure[0] = e;
				}
			});
			threads[t].start();
		}
		for (Thread t : threads)
			t.join();
		if (failure[0] != null) throw new AssertionError(failure[0]);
	}

	/** The image computed without the cache. */
	private static Img<FloatType> direct(Sample s, ModalitySettings settings) {
		try (FrameSource source = FrameSources.open(s.frames())) {
			return Modalities.compute(ClipResolver.resolve(source, s.range(), settings.apexMethod()), settings, Progress.NONE).image();
		}
	}
}
