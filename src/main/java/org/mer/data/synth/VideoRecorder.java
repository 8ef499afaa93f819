package org.mer.data.synth;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameRecorder;

/**
 * Writes frames one at a time into a video file through the bytedeco FFmpeg build: lossless FFV1
 * (in .avi or .mkv; RGB kept exactly as 8-bit BGR0, grey as GRAY8) or lossy MPEG-4 part 2 (in
 * .mp4; YUV 4:2:0, so width and height must be even; quantiser 2, every 12th frame a key frame,
 * no B-frames, so the file has one packet per frame). The container comes from the file
 * extension. Owns the native recorder and one frame buffer; {@link #close()} finishes the file
 * (call it once writing succeeded; a failed recorder is released by close too). Not thread safe.
 */
final class VideoRecorder implements AutoCloseable {
	/** The two codecs the generator writes. */
	enum Codec {
		FFV1, MPEG4
	}

	private final Path file;
	private final int width, height, channels;
	private final FFmpegFrameRecorder recorder;
	private final Frame frame;
	private boolean closed;

	/** @param grey write one channel (the luminance) instead of RGB */
	VideoRecorder(Path file, int width, int height, double fps, Codec codec, boolean grey) throws IOException {
		this.file = file;
		this.width = width;
		this.height = height;
		if (codec == Codec.MPEG4 && (width % 2 != 0 || height % 2 != 0))
			throw new IllegalArgumentException("mp4 (MPEG-4, YUV 4:2:0) needs an even width and height, got " + width + "x" + height);
		channels = grey ? 1 : 3;
		avutil.av_log_set_level(avutil.AV_LOG_ERROR);
		recorder = new FFmpegFrameRecorder(file.toFile(), width, height, 0);
		recorder.setFrameRate(fps);
		if (codec == Codec.FFV1) {
			recorder.setVideoCodec(avcodec.AV_CODEC_ID_FFV1);
			recorder.setPixelFormat(grey ? avutil.AV_PIX_FMT_GRAY8 : avutil.AV_PIX_FMT_BGR0);
		}
		else {
			recorder.setVideoCodec(avcodec.AV_CODEC_ID_MPEG4);
			recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
			recorder.setVideoQuality(2);
			recorder.setGopSize(12);
			recorder.setMaxBFrames(0);
		}
		try {
			recorder.start();
		}
		catch (FrameRecorder.Exception e) {
			release();
			throw new IOException("cannot start writing " + file + ": " + e.getMessage(), e);
		}
		frame = new Frame(width, height, Frame.DEPTH_UBYTE, channels);
	}

	/** Appends one frame: RGB planes (or their luminance for a grey video), 0..255, row-major. */
	void write(float[][] rgb) throws IOException {
		ByteBuffer buf = (ByteBuffer) frame.image[0];
		int stride = frame.imageStride;
		float[] grey = channels == 1 ? SyntheticClip.grey(rgb) : null;
		for (int y = 0; y < height; y++)
			for (int x = 0; x < width; x++) {
				int i = y * width + x;
				if (grey != null) buf.put(y * stride + x, toByte(grey[i]));
				else for (int c = 0; c < 3; c++) buf.put(y * stride + 3 * x + c, toByte(rgb[c][i]));
			}
		try {
			recorder.record(frame, channels == 1 ? avutil.AV_PIX_FMT_GRAY8 : avutil.AV_PIX_FMT_RGB24);
		}
		catch (FrameRecorder.Exception e) {
			throw new IOException("cannot write a frame to " + file + ": " + e.getMessage(), e);
		}
	}

	private static byte toByte(float v) {
		int b = Math.round(v);
		return (byte) (b < 0 ? 0 : b > 255 ? 255 : b);
	}

	/** Finishes the file and releases the native recorder; a second call does nothing. */
	@Override
	public void close() throws IOException {
		if (closed) return;
		closed = true;
		try {
			recorder.stop();
		}
		catch (FrameRecorder.Exception e) {
			throw new IOException("cannot finish " + file + ": " + e.getMessage(), e);
		}
		finally {
			release();
			frame.close();
		}
	}

	private void release() {
		try {
			recorder.release();
		}
		catch (FrameRecorder.Exception e) {
			// the native context is freed as far as FFmpeg allows; nothing else to do
		}
	}
}
