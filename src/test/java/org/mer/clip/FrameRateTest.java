package org.mer.clip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ByteProcessor;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.ij.ImagePlusFrameSource;
import org.mer.spot.SpotBenchmark;

/** {@link FrameSource#frameRate()}: what videos and ImageJ images state, passed on by wrappers, NaN elsewhere. */
class FrameRateTest {
	@TempDir
	Path dir;

	@Test
	void videosStateTheirContainersRateAndWrappersPassItOn() throws IOException {
		Path avi = dir.resolve("a.avi"), mp4 = dir.resolve("a.mp4"), fast = dir.resolve("fast.avi");
		VideoFrameSourceTest.record(avi, avcodec.AV_CODEC_ID_FFV1, avutil.AV_PIX_FMT_BGR0, 3);
		VideoFrameSourceTest.record(mp4, avcodec.AV_CODEC_ID_MPEG4, avutil.AV_PIX_FMT_YUV420P, 3);
		try (VideoFrameSource a = new VideoFrameSource(avi); VideoFrameSource m = new VideoFrameSource(mp4)) {
			assertEquals(25, a.frameRate(), 1e-6);
			assertEquals(25, m.frameRate(), 1e-6);
			assertEquals(25, new CroppedFrameSource(a, 0, 0, 8, 8).frameRate(), 1e-6);
			assertEquals(25, CachingFrameSource.borrowing(m, 0).frameRate(), 1e-6);
		}
		ArrayFrameSource frames = new ArrayFrameSource("f", 16, 16, 1, 1);
		for (int i = 0; i < 5; i++)
			frames.addConstant(i * 10);
		assertTrue(Double.isNaN(frames.frameRate()), "a source that states none");
		SpotBenchmark.encode(frames, fast, 200);
		try (VideoFrameSource v = new VideoFrameSource(fast)) {
			assertEquals(200, v.frameRate(), 1e-6);
		}
	}

	@Test
	void imageJImagesStateTheirCalibration() {
		ImageStack stack = new ImageStack(8, 8);
		for (int i = 0; i < 3; i++)
			stack.addSlice(new ByteProcessor(8, 8));
		ImagePlus imp = new ImagePlus("s", stack);
		assertTrue(Double.isNaN(new ImagePlusFrameSource(imp).frameRate()));
		imp.getCalibration().frameInterval = 0.005;
		imp.getCalibration().setTimeUnit("sec");
		assertEquals(200, new ImagePlusFrameSource(imp).frameRate(), 1e-9);
		imp.getCalibration().fps = 30;
		assertEquals(30, new ImagePlusFrameSource(imp).frameRate(), "fps wins over the interval");
		imp.getCalibration().fps = 0;
		imp.getCalibration().setTimeUnit("min");
		assertTrue(Double.isNaN(new ImagePlusFrameSource(imp).frameRate()), "an interval in minutes is not taken for seconds");
	}
}
