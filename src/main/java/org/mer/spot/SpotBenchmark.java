package org.mer.spot;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.mer.clip.FrameAccess;
import org.mer.clip.FrameSource;
import org.mer.core.Progress;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.real.FloatType;

/**
 * A small speed measurement of the spotter for {@code ./mer bench}: frames per second of decoding
 * alone (every frame of a source read in order, nothing else) and of spotting including decoding
 * ({@link ClassicalSpotter} on a freshly opened source), so the spotter's own cost is the
 * difference. Wall-clock times of one run each, JIT warm-up included; no assertion is made on
 * them. Also writes a source into a video file to have something to decode. Stateless.
 */
public final class SpotBenchmark {
	private SpotBenchmark() {}

	/** Frames and seconds of both runs. */
	public static final class Result {
		private final int frames;
		private final double decodeSeconds, spotSeconds, decodeCpu, spotCpu, fps;
		private final int framesHeld;

		Result(int frames, double decodeSeconds, double spotSeconds, double decodeCpu, double spotCpu, double fps, int framesHeld) {
			this.frames = frames;
			this.decodeSeconds = decodeSeconds;
			this.spotSeconds = spotSeconds;
			this.decodeCpu = decodeCpu;
			this.spotCpu = spotCpu;
			this.fps = fps;
			this.framesHeld = framesHeld;
		}

		public int frames() { return frames; }
		/** Frames per wall-clock second, decoding alone. */
		public double decodeFps() { return frames / decodeSeconds; }
		/** Frames per wall-clock second, spotting including decoding. */
		public double spotFps() { return frames / spotSeconds; }
		/**
		 * Frames per second of process CPU time (all threads), decoding alone: what one core
		 * would do if nothing else ran, so it says little about other load on a shared machine. NaN
		 * when the JVM does not report process CPU time.
		 */
		public double decodeCpuFps() { return frames / decodeCpu; }
		/** As {@link #decodeCpuFps()}, spotting including decoding. */
		public double spotCpuFps() { return frames / spotCpu; }
		/** Spotting speed over the recording's own frame rate: at least 1 is real time. */
		public double realTimeFactor() { return spotFps() / fps; }
		/** Analysis frames held at once by the spotter. */
		public int framesHeld() { return framesHeld; }

		/** frames, recording_fps, decode_fps, spot_fps, real_time_factor, frames_held. */
		public Map<String, Object> toMap() {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("frames", frames);
			m.put("recording_fps", fps);
			m.put("decode_fps", decodeFps());
			m.put("spot_fps", spotFps());
			m.put("decode_fps_per_cpu_second", decodeCpuFps());
			m.put("spot_fps_per_cpu_second", spotCpuFps());
			m.put("real_time_factor", realTimeFactor());
			m.put("frames_held", framesHeld);
			return m;
		}

		@Override
		public String toString() {
			return String.format(java.util.Locale.ROOT, "%d frames: decoding %.0f frames/s, spotting incl. decoding %.0f frames/s (%.2fx real time at %.0f fps);"
				+ " per CPU second: decoding %.0f, spotting %.0f frames", frames, decodeFps(), spotFps(), realTimeFactor(), fps, decodeCpuFps(), spotCpuFps());
		}
	}

	/**
	 * @param open opens the recording; called twice, each source is closed here
	 * @param preparation applied before spotting (alignment), not to decoding alone, so its cost
	 *          counts as the spotter's
	 * @param settings with fps set
	 */
	public static Result run(Supplier<FrameSource> open, FramePreparation preparation, SpotSettings settings, Progress progress) {
		int frames;
		double sink = 0;
		double c0 = cpuSeconds();
		long t0 = System.nanoTime();
		try (FrameSource source = open.get()) {
			int[] numbers = source.frameNumbers();
			frames = numbers.length;
			for (int n : numbers) {
				progress.checkCanceled();
				RandomAccessibleInterval<FloatType> f = source.frame(n);
				float[] data = FrameAccess.backingArray(f);
				sink += data != null ? data[0] : f.firstElement().get();
			}
		}
		long t1 = System.nanoTime();
		double c1 = cpuSeconds();
		SpotResult result;
		try (FrameSource source = preparation.open(open)) {
			result = new ClassicalSpotter().spot(source, settings, progress);
		}
		long t2 = System.nanoTime();
		double c2 = cpuSeconds();
		if (Double.isNaN(sink)) progress.log("(decoded NaN values)");
		return new Result(frames, (t1 - t0) / 1e9, (t2 - t1) / 1e9, c1 - c0, c2 - c1, settings.fps(), result.signal().framesHeld());
	}

	/** CPU time of the whole process (all threads, native ones included), seconds; NaN when unknown. */
	static double cpuSeconds() {
		java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
		if (os instanceof com.sun.management.OperatingSystemMXBean) {
			long ns = ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime();
			if (ns >= 0) return ns / 1e9;
		}
		return Double.NaN;
	}

	/**
	 * Encodes every frame of {@code source} (values 0..255, C = 1 or 3) into a video at {@code fps}
	 * with FFmpeg's MPEG-4 part 2 encoder at a high fixed quality (the container from the file
	 * extension, e.g. .avi or .mp4). For benchmarks and tests.
	 */
	public static void encode(FrameSource source, Path file, double fps) throws IOException {
		avutil.av_log_set_level(avutil.AV_LOG_ERROR);
		int w = (int) source.width(), h = (int) source.height(), c = source.channels();
		try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), w, h, 0)) {
			recorder.setVideoCodec(avcodec.AV_CODEC_ID_MPEG4);
			recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
			recorder.setFrameRate(fps);
			recorder.setVideoQuality(2);
			recorder.setGopSize(Math.max(1, (int) Math.round(fps)));
			recorder.start();
			try (Frame frame = new Frame(w, h, Frame.DEPTH_UBYTE, c)) {
				ByteBuffer buf = (ByteBuffer) frame.image[0];
				int stride = frame.imageStride;
				for (int n : source.frameNumbers()) {
					float[] px = FrameAccess.toArray(source.frame(n));
					for (int y = 0; y < h; y++)
						for (int x = 0; x < w; x++)
							for (int ch = 0; ch < c; ch++)
								buf.put(y * stride + x * c + ch, (byte) Math.max(0, Math.min(255, Math.round(px[x + w * (y + h * ch)]))));
					recorder.record(frame, c == 1 ? avutil.AV_PIX_FMT_GRAY8 : avutil.AV_PIX_FMT_RGB24);
				}
			}
			recorder.stop();
		}
	}
}
