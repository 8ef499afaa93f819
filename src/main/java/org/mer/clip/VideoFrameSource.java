package org.mer.clip;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.avutil.AVPixFmtDescriptor;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.mer.core.InputException;
import org.mer.core.LibraryOutput;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.FloatArray;
import net.imglib2.type.numeric.real.FloatType;

/**
 * The frames of a video file (avi, mp4, mov, ... anything the bytedeco FFmpeg build decodes),
 * numbered from 1 in decoding (display) order, with the frame rate its container states
 * ({@link #frameRate()}).
 * <p>
 * The frame count is the number of video packets in the file, counted once on opening without
 * decoding (the container's own frame count is an estimate from duration and frame rate for
 * many files). Frames decode sequentially: reading forward continues from the grabber's
 * position (skipped frames are decoded but not converted); reading backwards restarts the
 * grabber from the beginning, which is exact for every codec, unlike key-frame seeking. The
 * last decoded frame is kept; no other frame is held. Each {@link #frame(int)} call returns a
 * new float {@code ArrayImg} holding a copy of the kept pixels (writing to it changes nothing in
 * the source; readers get its backing array directly).
 * <p>
 * Video whose pixel format has a single colour component (grey, grey + alpha) gives C = 1,
 * anything else C = 3 (R, G, B). Values are 8 bit, 0..255 (deeper video is reduced to 8 bit).
 * FFmpeg's own log is silenced ({@link LibraryOutput}; {@code -Dmer.debug=true} brings it back);
 * decoding errors reach the caller as {@link InputException}s. Frame sizes are checked against
 * {@link FrameLimits#defaults()} on opening. Not thread safe; {@link #close()} releases the
 * grabber and may be called twice.
 */
public final class VideoFrameSource extends AbstractFrameSource {
	static {
		avutil.av_log_set_level(LibraryOutput.debug() ? avutil.AV_LOG_INFO : avutil.AV_LOG_QUIET);
	}

	private final Path file;
	private final int count, width, height, channels;
	private final double frameRate;
	private FFmpegFrameGrabber grabber;
	private int position;
	private int keptNumber;
	private ArrayImg<FloatType, FloatArray> kept;

	/** @throws InputException naming the file when it is missing, unreadable or has no video */
	public VideoFrameSource(Path file) {
		this.file = file;
		if (!Files.isRegularFile(file)) throw new InputException("no such video file: " + file);
		FFmpegFrameGrabber probe = new FFmpegFrameGrabber(file.toFile());
		try {
			probe.start();
			width = probe.getImageWidth();
			height = probe.getImageHeight();
			if (width <= 0 || height <= 0) throw new InputException("no video stream in " + file);
			FrameLimits.defaults().check("video " + file, width, height, 1);
			int stream = videoStream(probe.getFormatContext());
			if (stream < 0) throw new InputException("no video stream in " + file);
			channels = isGrey(probe.getFormatContext().streams(stream).codecpar().format()) ? 1 : 3;
			frameRate = rate(probe.getFormatContext().streams(stream));
			count = countPackets(probe, stream);
		}
		catch (FrameGrabber.Exception | RuntimeException e) {
			if (e instanceof InputException) throw (InputException) e;
			throw new InputException("cannot read video " + file + ": " + e.getMessage(), e);
		}
		finally {
			release(probe);
		}
		if (count == 0) throw new InputException("no video frames in " + file);
		int[] numbers = new int[count];
		for (int i = 0; i < count; i++)
			numbers[i] = i + 1;
		describe(file.getFileName().toString(), numbers, width, height, channels);
	}

	private static boolean isGrey(int pixelFormat) {
		AVPixFmtDescriptor desc = avutil.av_pix_fmt_desc_get(pixelFormat);
		if (desc == null) return false;
		return desc.nb_components() <= 2 && (desc.flags() & avutil.AV_PIX_FMT_FLAG_PAL) == 0;
	}

	/**
	 * The stream's average frame rate, else its base rate (r_frame_rate); NaN when neither is a
	 * positive finite number (some containers store none).
	 */
	private static double rate(AVStream stream) {
		for (AVRational r : new AVRational[] { stream.avg_frame_rate(), stream.r_frame_rate() }) {
			double v = r == null || r.den() == 0 ? Double.NaN : avutil.av_q2d(r);
			if (v > 0 && Double.isFinite(v)) return v;
		}
		return Double.NaN;
	}

	/** The first video stream, as FFmpegFrameGrabber picks it; -1 when none. */
	private static int videoStream(AVFormatContext context) {
		for (int i = 0; i < context.nb_streams(); i++)
			if (context.streams(i).codecpar().codec_type() == avutil.AVMEDIA_TYPE_VIDEO) return i;
		return -1;
	}

	private static int countPackets(FFmpegFrameGrabber probe, int videoStream) throws FrameGrabber.Exception {
		int n = 0;
		AVPacket packet;
		while ((packet = probe.grabPacket()) != null)
			if (packet.stream_index() == videoStream) n++;
		return n;
	}

	/** The frame rate the container states (average rate, else base rate); NaN when it states none. */
	@Override
	public double frameRate() {
		return frameRate;
	}

	/** @throws InputException naming the file and frame when it is out of range or cannot be decoded */
	@Override
	public RandomAccessibleInterval<FloatType> frame(int frameNumber) {
		if (frameNumber < 1 || frameNumber > count)
			throw new InputException("frame " + frameNumber + " is not in " + file + " (frames 1.." + count + ")");
		if (kept == null || keptNumber != frameNumber) {
			kept = null;
			kept = decode(frameNumber);
			keptNumber = frameNumber;
		}
		return ArrayImgs.floats(kept.update(null).getCurrentStorageArray().clone(), width, height, channels);
	}

	private ArrayImg<FloatType, FloatArray> decode(int frameNumber) {
		try {
			if (grabber == null || frameNumber <= position) restart();
			Frame frame = null;
			while (position < frameNumber) {
				frame = grabber.grabFrame(false, true, position + 1 == frameNumber, false, false);
				if (frame == null)
					throw new InputException("frame " + frameNumber + " of " + file + " could not be decoded: the video ends after "
						+ position + " frames");
				position++;
			}
			return toFloat(frame, frameNumber);
		}
		catch (FrameGrabber.Exception e) {
			throw new InputException("cannot decode frame " + frameNumber + " of " + file + ": " + e.getMessage(), e);
		}
	}

	private void restart() throws FrameGrabber.Exception {
		if (grabber != null) release(grabber);
		grabber = null;
		FFmpegFrameGrabber g = new FFmpegFrameGrabber(file.toFile());
		g.setPixelFormat(channels == 1 ? avutil.AV_PIX_FMT_GRAY8 : avutil.AV_PIX_FMT_RGB24);
		g.start();
		grabber = g;
		position = 0;
	}

	private ArrayImg<FloatType, FloatArray> toFloat(Frame frame, int frameNumber) {
		// the grabber delivers RGB24 or GRAY8 as asked; javacv derives imageChannels from the padded
		// line size (e.g. 6 for 32 px wide RGB rows padded to 192 bytes), so it is not checked
		if (frame.image == null || frame.imageWidth != width || frame.imageHeight != height || frame.imageStride < width * channels)
			throw new InputException("frame " + frameNumber + " of " + file + " has an unexpected size or format");
		ByteBuffer bytes = (ByteBuffer) frame.image[0];
		int stride = frame.imageStride;
		int plane = width * height;
		float[] px = new float[plane * channels];
		for (int y = 0; y < height; y++)
			for (int x = 0; x < width; x++)
				for (int c = 0; c < channels; c++)
					px[x + width * y + plane * c] = bytes.get(y * stride + x * channels + c) & 0xff;
		return ArrayImgs.floats(px, width, height, channels);
	}

	private static void release(FFmpegFrameGrabber g) {
		try {
			g.close();
		}
		catch (FrameGrabber.Exception e) {
			// nothing left to do: the native context is freed as far as FFmpeg allows
		}
	}

	@Override
	public void close() {
		kept = null;
		if (grabber != null) release(grabber);
		grabber = null;
		position = 0;
	}
}
