package org.mer.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.align.accuracy.SyntheticHeadClip;
import org.mer.clip.ArrayFrameSource;
import org.mer.clip.FrameAccess;
import org.mer.core.CanceledException;
import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.data.synth.Motion;

/** Synthetic 96 px clips. */
class AlignFramesTest {
	private static final int N = 96;

	private static SyntheticHeadClip clip() {
		return new SyntheticHeadClip(8, 4, N, N, new AffineMap[] { AffineMap.translation(2.5, 1), AffineMap.translation(-3, 2.25),
			AffineMap.translation(1, -4) }, Arrays.asList(Motion.CHEEK_RAISE), 1, false, 1, 0);
	}

	private static ArrayFrameSource source(SyntheticHeadClip c, int first) {
		ArrayFrameSource s = new ArrayFrameSource("subject4/clip", N, N, 3, first);
		for (int t = 0; t < c.frames(); t++) s.add(c.xyc(t));
		return s;
	}

	@Test
	void clipAlignsTheRangeToTheReferenceAndFeedsTheSinkInOrder() throws IOException {
		SyntheticHeadClip c = clip();
		ArrayFrameSource s = source(c, 100);
		List<Integer> seen = new ArrayList<>();
		List<float[]> frames = new ArrayList<>();
		List<FrameAlignment> report = AlignFrames.clip(s, 100, 101, 103, c.box, AlignSettings.of(AlignMode.TRANSLATION), (n, f) -> {
			seen.add(n);
			frames.add(FrameAccess.toArray(f));
		}, Progress.NONE);
		assertEquals(Arrays.asList(101, 102, 103), seen);
		assertEquals(3, report.size());
		for (int i = 0; i < 3; i++) {
			FrameAlignment a = report.get(i);
			assertEquals(101 + i, a.frameNumber());
			assertEquals(100, a.reference());
			assertEquals(c.truth[i + 1].tx(), a.transform().tx(), 0.05, a.toString());
			assertEquals(c.truth[i + 1].ty(), a.transform().ty(), 0.05, a.toString());
		}
		assertEquals(0, s.closed(), "the caller owns the source");
		assertThrows(InputException.class, () -> AlignFrames.clip(s, 100, 200, 300, null, AlignSettings.NONE, AlignFrames.DISCARD, Progress.NONE));
	}

	@Test
	void recordingStartsAtTheFirstFrameAndPassesFramesThroughForNone() throws IOException {
		SyntheticHeadClip c = clip();
		List<FrameAlignment> report = AlignFrames.recording(source(c, 1), null, AlignSettings.NONE, (n, f) -> assertArrayEquals(c.xyc(n - 1),
			FrameAccess.toArray(f)), Progress.NONE);
		assertEquals(4, report.size());
		assertEquals(1, report.get(0).reference());
		List<FrameAlignment> aligned = AlignFrames.recording(source(c, 1), c.box, AlignSettings.builder().mode(AlignMode.SIMILARITY).window(2).build(),
			AlignFrames.DISCARD, Progress.NONE);
		assertEquals(3, aligned.get(3).reference(), "window 2: frames 2, 3 register to 1; frame 3 becomes the reference of frame 4");
		assertTrue(c.rmsError(3, aligned.get(3).transform()) < 0.1, aligned.get(3).toString());
	}

	@Test
	void stopsWhenCanceled() {
		SyntheticHeadClip c = clip();
		AtomicInteger sunk = new AtomicInteger();
		Progress cancelAfterOne = new Progress() {
			@Override public void status(String message) {}
			@Override public void progress(double fraction) {}
			@Override public void log(String message) {}
			@Override public boolean isCanceled() { return sunk.get() >= 1; }
		};
		assertThrows(CanceledException.class, () -> AlignFrames.recording(source(c, 1), null, AlignSettings.of(AlignMode.TRANSLATION),
			(n, f) -> sunk.incrementAndGet(), cancelAfterOne));
		assertEquals(1, sunk.get());
	}

	@Test
	void csvHasTheSettingsHeaderAndOneRowPerFrame(@TempDir Path dir) throws IOException {
		List<FrameAlignment> rows = Arrays.asList(new FrameAlignment(46, 46, AffineMap.IDENTITY, 0, true, "reference"),
			new FrameAlignment(47, 46, AffineMap.similarity(1.01, 2, 0.5, -0.25, 0, 0), 1.5, false, "iteration limit \"reached\""));
		Path file = dir.resolve("align.csv");
		AlignmentCsv.write(file, "subject4/clip", AlignSettings.of(AlignMode.SIMILARITY), rows);
		List<String> lines = Files.readAllLines(file);
		assertEquals("# alignment of subject4/clip", lines.get(0));
		assertEquals("# align=similarity", lines.get(1));
		int header = lines.indexOf(AlignmentCsv.HEADER);
		assertTrue(header > 1);
		assertEquals("46,46,1,0,0,0,1,0,0,0,0,1,0,true,\"reference\"", lines.get(header + 1));
		String[] f = lines.get(header + 2).split(",");
		assertEquals("47", f[0]);
		assertEquals(2, Double.parseDouble(f[10]), 1e-6);
		assertEquals(1.01, Double.parseDouble(f[11]), 1e-6);
		assertEquals("false", f[13]);
		assertTrue(lines.get(header + 2).endsWith("\"iteration limit \"\"reached\"\"\""), lines.get(header + 2));
		assertEquals(header + 3, lines.size());
	}
}
