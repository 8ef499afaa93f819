package org.mer.spot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mer.core.Progress;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.real.FloatType;

/**
 * Ten minutes at 30 fps (18000 frames of a 48 px SYNTHETIC face, rendered on the fly): the spotter
 * reads each frame once, in order, holds k + 1 analysis frames whatever the length, and the heap
 * in use after a garbage collection does not grow with the frames read (holding every decoded
 * frame would take 18000 x 48 x 48 x 4 bytes = 166 MB).
 */
class SpotStreamingTest {
	static final int FRAMES = 10 * 60 * 30, SIZE = 48;

	/** Samples the heap in use (after a GC) when frames 3000 and 18000 are read. */
	static final class Sampled extends SyntheticRecordingWrapper {
		long usedAt3000, usedAtEnd;

		Sampled(SyntheticRecording r) {
			super(r);
		}

		@Override
		public RandomAccessibleInterval<FloatType> frame(int n) {
			if (n == 3000) usedAt3000 = usedAfterGc();
			if (n == FRAMES) usedAtEnd = usedAfterGc();
			return super.frame(n);
		}

		static long usedAfterGc() {
			Runtime rt = Runtime.getRuntime();
			System.gc();
			return rt.totalMemory() - rt.freeMemory();
		}
	}

	@Test
	void tenMinutesAreSpottedWithFlatMemory() {
		SyntheticRecording rec = new SyntheticRecording(SIZE, FRAMES, 2, 3);
		for (int e = 0; e < 10; e++)
			rec.event(new SyntheticRecording.Event(900 + e * 1700, 6, 0, 6, 1.2,
				new double[] { 0.31, 0.30, 0.1, 0, -1 }, new double[] { 0.69, 0.30, 0.1, 0, -1 }));
		Sampled source = new Sampled(rec);
		SpotSettings settings = SpotSettings.builder().fps(30).analysisSize(SIZE).flow(FlowMethod.DIS).build();
		SpotResult r = new ClassicalSpotter().spot(source, settings, Progress.NONE);
		assertEquals(FRAMES, rec.rendered(), "every frame read exactly once, in order (the source checks the order)");
		assertEquals(FRAMES, r.signal().length());
		assertEquals(settings.k() + 1 + DecodeAhead.DEPTH + 1, r.signal().framesHeld());
		long growth = source.usedAtEnd - source.usedAt3000;
		assertTrue(growth < 32L << 20, "heap in use grew by " + (growth >> 20) + " MiB from frame 3000 to 18000");
		assertEquals(10, SpotScore.of(r.intervals(), rec.truth(30)).overall().tp(), r.intervals().toString());
	}
}
