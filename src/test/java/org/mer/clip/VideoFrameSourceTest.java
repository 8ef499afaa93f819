package org.mer.clip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.core.InputException;

import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.real.FloatType;

class VideoFrameSourceTest {
	static final int W = 64, H = 48, N = 12;

	@TempDir
	Path dir;

	static int v(int x, int y, int f, int c) {
		return (x * 3 + y * 5 + f * 11 + c * 60) % 256;
	}

	/** Writes N frames of W x H; channels 1 (grey) or 3 (RGB). */
	static void record(Path file, int codec, int pixelFormat, int channels) throws IOException {
		record(file, codec, pixelFormat, channels, W, H);
	}

	/** Writes N frames of w x h. */
	static void record(Path file, int codec, int pixelFormat, int channels, int w, int h) throws IOException {
		avutil.av_log_set_level(avutil.AV_LOG_ERROR);
		try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), w, h, 0)) {
			recorder.setVideoCodec(codec);
			recorder.setPixelFormat(pixelFormat);
			recorder.setFrameRate(25);
			recorder.setGopSize(4);
			recorder.start();
			for (int f = 1; f <= N; f++) {
				Frame frame = new Frame(w, h, Frame.DEPTH_UBYTE, channels);
				ByteBuffer buf = (ByteBuffer) frame.image[0];
				for (int y = 0; y < h; y++)
					for (int x = 0; x < w; x++)
						for (int c = 0; c < channels; c++)
							buf.put(y * frame.imageStride + x * channels + c, (byte) v(x, y, f, c));
				recorder.record(frame, channels == 1 ? avutil.AV_PIX_FMT_GRAY8 : avutil.AV_PIX_FMT_RGB24);
			}
			recorder.stop();
		}
	}

	static void assertFrame(VideoFrameSource source, int f, double tolerance) {
		RandomAccessibleInterval<FloatType> frame = source.frame(f);
		int channels = source.channels(), w = (int) source.width(), h = (int) source.height();
		assertArrayEquals(new long[] { w, h, channels }, frame.dimensionsAsLongArray());
		RandomAccess<FloatType> ra = frame.randomAccess();
		double sum = 0;
		for (int c = 0; c < channels; c++)
			for (int y = 0; y < h; y++)
				for (int x = 0; x < w; x++) {
					double d = Math.abs(v(x, y, f, c) - ra.setPositionAndGet(x, y, c).get());
					if (tolerance == 0) assertEquals(0, d, "frame " + f + " at " + x + "," + y + "," + c);
					sum += d;
				}
		assertTrue(sum / (w * h * channels) <= tolerance, "frame " + f + " mean error " + sum / (w * h * channels));
	}

	@Test
	void losslessRgbAviRoundTripInAnyOrder() throws IOException {
		Path file = dir.resolve("clip.avi");
		record(file, avcodec.AV_CODEC_ID_FFV1, avutil.AV_PIX_FMT_BGR0, 3);
		try (VideoFrameSource source = new VideoFrameSource(file)) {
			assertEquals("clip.avi", source.name());
			assertArrayEquals(new int[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 }, source.frameNumbers());
			assertEquals(3, source.channels());
			assertEquals(W, source.width());
			assertEquals(H, source.height());
			for (int f : new int[] { 1, 2, 5, 5, 3, 12, 1, 11 })
				assertFrame(source, f, 0);
			InputException e = assertThrows(InputException.class, () -> source.frame(13));
			assertTrue(e.getMessage().contains("clip.avi"), e.getMessage());
		}
	}

	@Test
	void greyVideoIsOneChannel() throws IOException {
		Path file = dir.resolve("grey.mkv");
		record(file, avcodec.AV_CODEC_ID_FFV1, avutil.AV_PIX_FMT_GRAY8, 1);
		try (VideoFrameSource source = new VideoFrameSource(file)) {
			assertEquals(1, source.channels());
			assertEquals(N, source.frameNumbers().length);
			assertFrame(source, 7, 0);
			assertFrame(source, 2, 0);
		}
	}

	@Test
	void lossyMp4AndMovCountAndDecode() throws IOException {
		for (String name : new String[] { "clip.mp4", "clip.mov" }) {
			Path file = dir.resolve(name);
			record(file, avcodec.AV_CODEC_ID_MPEG4, avutil.AV_PIX_FMT_YUV420P, 3);
			try (FrameSource source = FrameSources.open(file)) {
				assertTrue(source instanceof VideoFrameSource);
				assertEquals(N, source.frameNumbers().length, name);
				assertEquals(3, source.channels());
				assertFrame((VideoFrameSource) source, 9, 12);
				assertFrame((VideoFrameSource) source, 4, 12);
			}
		}
	}

	@Test
	void unreadableVideoIsNamed() throws IOException {
		Path file = dir.resolve("broken.avi");
		Files.write(file, "this is not a video file".getBytes());
		InputException e = assertThrows(InputException.class, () -> new VideoFrameSource(file));
		assertTrue(e.getMessage().contains("broken.avi"), e.getMessage());
		InputException missing = assertThrows(InputException.class, () -> new VideoFrameSource(dir.resolve("gone.mp4")));
		assertTrue(missing.getMessage().contains("gone.mp4"), missing.getMessage());
	}

	/** Rows of 32 RGB pixels are padded to 192 bytes by FFmpeg; javacv then reports 6 "channels". */
	@Test
	void narrowVideoWithPaddedRowsDecodes() throws IOException {
		Path file = dir.resolve("narrow.avi");
		record(file, avcodec.AV_CODEC_ID_FFV1, avutil.AV_PIX_FMT_BGR0, 3, 32, 32);
		try (VideoFrameSource source = new VideoFrameSource(file)) {
			assertEquals(3, source.channels());
			assertEquals(32, source.width());
			assertFrame(source, 1, 0);
			assertFrame(source, 12, 0);
		}
	}

	@Test
	void closeTwiceIsSafe() throws IOException {
		Path file = dir.resolve("c.avi");
		record(file, avcodec.AV_CODEC_ID_FFV1, avutil.AV_PIX_FMT_BGR0, 3);
		VideoFrameSource source = new VideoFrameSource(file);
		assertFrame(source, 3, 0);
		source.close();
		source.close();
	}
}
