package org.mer.clip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.faults.ImageFaults;
import org.mer.mesti.MestiWeighting;
import org.mer.mesti.Modalities;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.type.numeric.real.FloatType;

/** Frames read ahead in parallel are the frames read one by one, in order, with the same errors. */
class FrameReaderTest {
	@TempDir
	Path dir;

	/** 12 noisy RGB JPEG frames img5..img16 of 40 x 30. */
	private Path jpegClip() throws IOException {
		for (int n = 5; n <= 16; n++)
			ImageFaults.noiseJpeg(dir.resolve("img" + n + ".jpg"), 40, 30, n);
		return dir;
	}

	@Test
	void parallelReadsGiveTheSequentialFramesInOrder() throws IOException {
		jpegClip();
		try (FolderFrameSource parallel = new FolderFrameSource(dir); FolderFrameSource plain = new FolderFrameSource(dir);
			FrameReader reader = new FrameReader(parallel, 5, 16))
		{
			assertTrue(parallel.concurrentReads());
			assertEquals(RowBands.THREADS > 1, reader.parallel());
			for (int n = 5; n <= 16; n++) {
				assertTrue(reader.hasNext());
				assertArrayEquals(FrameAccess.toArray(plain.frame(n)), FrameAccess.toArray(reader.next()), 0f, "frame " + n);
			}
			assertFalse(reader.hasNext());
			assertThrows(java.util.NoSuchElementException.class, reader::next);
		}
	}

	@Test
	void aSourceWithoutConcurrentReadsIsReadOnTheCallingThread() {
		List<String> threads = Collections.synchronizedList(new ArrayList<>());
		ArrayFrameSource frames = new ArrayFrameSource("one", 2, 2, 1, 1);
		for (int i = 0; i < 5; i++)
			frames.addConstant(i);
		FrameSource recording = new Delegate(frames, false, n -> threads.add(Thread.currentThread().getName()));
		try (FrameReader reader = new FrameReader(recording, 1, 5)) {
			assertFalse(reader.parallel());
			for (int i = 0; i < 5; i++)
				assertEquals(i, FrameAccess.toArray(reader.next())[0], 0f);
		}
		assertEquals(Collections.nCopies(5, Thread.currentThread().getName()), threads);
	}

	@Test
	void theFirstBadFrameInOrderIsReportedWhenReached() throws IOException {
		jpegClip();
		ImageFaults.truncate(dir.resolve("img9.jpg"), 0.5);
		ImageFaults.truncate(dir.resolve("img12.jpg"), 0.5);
		try (FolderFrameSource source = new FolderFrameSource(dir); FrameReader reader = new FrameReader(source, 5, 16)) {
			for (int n = 5; n < 9; n++)
				reader.next();
			InputException e = assertThrows(InputException.class, reader::next);
			assertTrue(e.getMessage().contains("img9.jpg") && e.getMessage().contains("truncated"), e.getMessage());
		}
	}

	@Test
	void closeWaitsForTheFramesBeingDecoded() {
		AtomicInteger inFlight = new AtomicInteger(), started = new AtomicInteger();
		ArrayFrameSource frames = new ArrayFrameSource("slow", 2, 2, 1, 1);
		for (int i = 0; i < 40; i++)
			frames.addConstant(i);
		FrameSource slow = new Delegate(frames, true, n -> {
			inFlight.incrementAndGet();
			started.incrementAndGet();
			try {
				Thread.sleep(30);
			}
			catch (InterruptedException e) {
				throw new IllegalStateException("a decoder must never be interrupted");
			}
			finally {
				inFlight.decrementAndGet();
			}
		});
		FrameReader reader = new FrameReader(slow, 1, 40);
		reader.next();
		reader.close();
		assertEquals(0, inFlight.get(), "no decode runs once close has returned");
		int after = started.get();
		assertTrue(after < 40, "frames not started are cancelled: " + after);
		assertFalse(reader.hasNext());
	}

	@Test
	void mestiFromParallelDecodingEqualsMestiFromOneThreadBitForBit() throws IOException {
		jpegClip();
		Img<FloatType> parallel, sequential;
		try (FolderFrameSource source = new FolderFrameSource(dir)) {
			parallel = Modalities.mesti(ClipResolver.resolve(source, ClipRange.all(), ApexMethod.MOTION), MestiWeighting.APEX_PEAK, Progress.NONE);
		}
		try (FolderFrameSource source = new FolderFrameSource(dir)) {
			FrameSource oneThread = new Delegate(source, false, n -> {});
			Clip clip = ClipResolver.resolve(oneThread, ClipRange.all(), ApexMethod.MOTION);
			sequential = Modalities.mesti(clip, MestiWeighting.APEX_PEAK, Progress.NONE);
		}
		assertArrayEquals(FrameAccess.toArray(sequential), FrameAccess.toArray(parallel), 0f);
	}

	/** Forwards to a source, saying whether it allows concurrent reads, running a hook before each frame. */
	static final class Delegate implements FrameSource {
		interface Hook {
			void before(int frameNumber);
		}

		private final FrameSource source;
		private final boolean concurrent;
		private final Hook hook;

		Delegate(FrameSource source, boolean concurrent, Hook hook) {
			this.source = source;
			this.concurrent = concurrent;
			this.hook = hook;
		}

		@Override public String name() { return source.name(); }
		@Override public int[] frameNumbers() { return source.frameNumbers(); }
		@Override public long width() { return source.width(); }
		@Override public long height() { return source.height(); }
		@Override public int channels() { return source.channels(); }
		@Override public boolean concurrentReads() { return concurrent; }

		@Override
		public RandomAccessibleInterval<FloatType> frame(int frameNumber) {
			hook.before(frameNumber);
			synchronized (this) { // ArrayFrameSource counts decodes without a lock
				return source.frame(frameNumber);
			}
		}

		@Override public void close() { source.close(); }
	}
}
