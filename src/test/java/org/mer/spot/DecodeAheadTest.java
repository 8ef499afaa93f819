package org.mer.spot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mer.core.CanceledException;
import org.mer.core.Progress;

class DecodeAheadTest {

	@Test
	void cancelStopsReadingTheSourceBeforeReturning() throws InterruptedException {
		SyntheticRecording rec = new SyntheticRecording(64, 2000, 2, 1);
		int[] calls = { 0 };
		Progress cancelSoon = new Progress() {
			@Override public void status(String message) {}
			@Override public void progress(double fraction) {}
			@Override public void log(String message) {}
			@Override public boolean isCanceled() { return ++calls[0] > 100; }
		};
		assertThrows(CanceledException.class, () -> new ClassicalSpotter().spot(rec, SpotSettings.builder().fps(30).build(), cancelSoon));
		int read = rec.rendered();
		assertTrue(read >= 100 && read <= 100 + DecodeAhead.DEPTH + 2, "read ahead by at most the buffers: " + read);
		Thread.sleep(200);
		assertEquals(read, rec.rendered(), "no frame read after spot() returned");
		assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().startsWith("mer-spot-decode-") && t.isAlive()),
			"the decoding thread has ended");
	}
}
