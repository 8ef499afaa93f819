package org.mer.spot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.clip.VideoFrameSource;
import org.mer.core.Progress;
import org.mer.face.FaceBox;

/** The benchmark on SYNTHETIC videos; no timing is asserted, numbers are printed. */
class SpotBenchmarkTest {
	@TempDir
	Path dir;

	/** A face with a brow raise every 1.5 s and a head move of about 3 px every 2 s, at 200 fps. */
	static SyntheticRecording face(int size, int frames) {
		SyntheticRecording r = new SyntheticRecording(size, frames, 2, 7);
		for (int e = 0; e * 300 + 250 < frames; e++)
			r.event(new SyntheticRecording.Event(250 + e * 300, 25, 0, 25, 1.5 * size / 128,
				new double[] { 0.31, 0.30, 0.08, 0, -1 }, new double[] { 0.69, 0.30, 0.08, 0, -1 }));
		for (int m = 0; m * 400 + 100 < frames; m++)
			r.move(new SyntheticRecording.HeadMove(100 + m * 400, 60, m % 2 == 0 ? 3.0 * size / 128 : -3.0 * size / 128, 1.0 * size / 128));
		return r;
	}

	static void print(String what, SpotBenchmark.Result r) {
		System.out.printf(Locale.ROOT, "spot bench %s: %s; load average %.2f on %d cores%n", what, r,
			ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
	}

	@Test
	void measuresDecodingAndSpotting() throws IOException {
		Path video = dir.resolve("face.avi");
		SpotBenchmark.encode(face(128, 500), video, 200);
		SpotSettings settings = SpotSettings.builder().fps(200).build();
		SpotBenchmark.Result r = SpotBenchmark.run(() -> new VideoFrameSource(video), FramePreparation.NONE, settings, Progress.NONE);
		print("128x128 mpeg4, 500 frames, farneback", r);
		assertEquals(500, r.frames());
		assertEquals(201 + DecodeAhead.DEPTH + 1, r.framesHeld());
		assertTrue(r.decodeFps() > 0 && r.spotFps() > 0);
		assertEquals(r.spotFps() / 200, r.realTimeFactor(), 1e-9);
		assertEquals(500, r.toMap().get("frames"));
	}

	/** The numbers for the report: 128 x 128 and 640 x 480 with a 200 px face, both flows. */
	@Test
	@Tag("long")
	void measureForTheReport() throws IOException {
		Path small = dir.resolve("face128.avi"), large = dir.resolve("webcam640.avi");
		SpotBenchmark.encode(face(128, 3000), small, 200);
		SpotBenchmark.encode(new Canvas(face(200, 1500), 640, 480, 220, 140), large, 200);
		for (FlowMethod flow : FlowMethod.values()) {
			SpotSettings s = SpotSettings.builder().fps(200).flow(flow).build();
			print("128x128 mpeg4, 3000 frames, " + flow.id(), SpotBenchmark.run(() -> new VideoFrameSource(small), FramePreparation.NONE, s, Progress.NONE));
			SpotSettings crop = s.toBuilder().faceBox(new FaceBox(220, 140, 200, 200)).build();
			print("640x480 RGB mpeg4, 200 px face box -> 128, 1500 frames, " + flow.id(),
				SpotBenchmark.run(() -> new VideoFrameSource(large), FramePreparation.NONE, crop, Progress.NONE));
		}
	}
}
