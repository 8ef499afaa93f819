package org.mer.spot;

import java.nio.file.Path;
import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.clip.VideoFrameSource;

class ScratchProfile {
	@TempDir Path dir;
	@Test
	void profile() throws Exception {
		Path video = dir.resolve("f.avi");
		SpotBenchmark.encode(SpotBenchmarkTest.face(128, 600), video, 200);
		System.out.println("opencv threads " + org.bytedeco.opencv.global.opencv_core.getNumThreads());
		for (int rep = 0; rep < 2; rep++) {
		try (VideoFrameSource s = new VideoFrameSource(video)) {
			int[] n = s.frameNumbers();
			long t0 = System.nanoTime();
			double c0 = SpotBenchmark.cpuSeconds();
			for (int i : n) s.frame(i);
			long t1 = System.nanoTime();
			System.out.printf("decode %.3f ms/frame, %.3f cpu-ms%n", (t1 - t0) / 1e6 / n.length, (SpotBenchmark.cpuSeconds() - c0) * 1e3 / n.length);
		}
		try (VideoFrameSource s = new VideoFrameSource(video);
			AnalysisFrames af = new AnalysisFrames("x", 128, 128, s.channels(), new org.mer.face.FaceBox(0, 0, 128, 128), 128, s.frame(1));
			FrameRing ring = new FrameRing(601, 128, 128)) {
			int[] n = s.frameNumbers();
			long t0 = System.nanoTime();
			for (int i : n) { af.prepare(s.frame(i), i, ring.slotForNext()); ring.commit(); }
			long t1 = System.nanoTime();
			System.out.printf("decode+prepare %.3f ms/frame (channels %d)%n", (t1 - t0) / 1e6 / n.length, s.channels());
			for (FlowMethod fm : FlowMethod.values()) {
				try (RegionMotion rm = new RegionMotion(fm, HeadMotion.NOSE, 128, 128)) {
					float[] out = new float[rm.values()];
					double c2 = SpotBenchmark.cpuSeconds();
					long t2 = System.nanoTime();
					for (int i = 200; i < n.length; i++) rm.measure(ring.get(i - 200), ring.get(i), out);
					long t3 = System.nanoTime();
					double c3 = SpotBenchmark.cpuSeconds();
					System.out.printf("%s measure %.3f ms/pair wall, %.3f cpu-ms/pair%n", fm, (t3 - t2) / 1e6 / (n.length - 200), (c3 - c2) * 1e3 / (n.length - 200));
				}
			}
		}
		}
	}
}
