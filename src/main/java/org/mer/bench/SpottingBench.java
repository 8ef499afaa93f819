package org.mer.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.mer.align.AlignMode;
import org.mer.align.AlignSettings;
import org.mer.align.StreamingAlignedFrameSource;
import org.mer.clip.FrameAccess;
import org.mer.clip.FrameSource;
import org.mer.clip.VideoFrameSource;
import org.mer.core.Progress;
import org.mer.data.synth.GeneratedRecordings;
import org.mer.data.synth.LongRecordingGenerator;
import org.mer.data.synth.LongSynthSettings;
import org.mer.face.FaceBox;
import org.mer.io.OutputKind;
import org.mer.io.OwnedFolder;
import org.mer.spot.FlowMethod;
import org.mer.spot.FramePreparation;
import org.mer.spot.SpotBenchmark;
import org.mer.spot.SpotSettings;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.real.FloatType;

/**
 * Section 6: spotting speed ({@link SpotBenchmark}) on SYNTHETIC 200 fps recordings (the long
 * generator's faces with expressions, blinks, head motion and light changes, MPEG-4): 128 x 128
 * face crops, and 640 x 480 RGB frames with a 200 px face in a given face box (resized to the
 * 128 px analysis size). Each speed is compared with decoding the same video alone (the floor:
 * spotting reads every frame) and with the real time of a 200 fps recording (SAMM's rate: a
 * factor of at least 1 keeps up with the camera). Spotting settings at their defaults (Farneback
 * flow), without and with the default alignment (similarity; its cost counts as spotting's); the
 * full run also times DIS without alignment. One run each after an untimed warm-up run on a short video (JIT,
 * OpenCV and FFmpeg set-up); the notes add frames per CPU second, which says less about other
 * load on a shared machine.
 */
final class SpottingBench {
	static final String SECTION = "6 spotting";
	static final double FPS = 200;
	static final int CANVAS_W = 640, CANVAS_H = 480, FACE = 200, FACE_X = 220, FACE_Y = 140;

	private final BenchReport report;
	private final BenchOptions options;

	SpottingBench(BenchReport report, BenchOptions options) {
		this.report = report;
		this.options = options;
	}

	void run() throws IOException {
		Path tmp = OwnedFolder.createTemp(null, "mer-bench-spot", OutputKind.BENCH);
		try {
			int smallFrames = options.quick ? 1000 : 3000, largeFrames = options.quick ? 500 : 1500;
			Path small = recording(tmp.resolve("face128"), 128, smallFrames);
			Path face = recording(tmp.resolve("face200"), FACE, largeFrames);
			Path large = tmp.resolve("webcam640.avi");
			try (FrameSource canvas = new Canvas(new VideoFrameSource(face))) {
				SpotBenchmark.encode(canvas, large, FPS);
			}
			Path warm = recording(tmp.resolve("warm-up"), 96, 450);
			SpotBenchmark.run(() -> new VideoFrameSource(warm), FramePreparation.NONE, SpotSettings.builder().fps(FPS).build(), Progress.NONE);
			FaceBox faceBox = new FaceBox(FACE_X, FACE_Y, FACE, FACE);
			for (FlowMethod flow : options.quick ? new FlowMethod[] { FlowMethod.FARNEBACK } : FlowMethod.values()) {
				SpotSettings s = SpotSettings.builder().fps(FPS).flow(flow).build();
				rows("128x128 face crops, " + flow.id(), SpotBenchmark.run(() -> new VideoFrameSource(small), FramePreparation.NONE, s, Progress.NONE));
				SpotSettings box = s.toBuilder().faceBox(faceBox).build();
				rows("640x480 + 200 px face box, " + flow.id(),
					SpotBenchmark.run(() -> new VideoFrameSource(large), FramePreparation.NONE, box, Progress.NONE));
			}
			SpotSettings s = SpotSettings.builder().fps(FPS).build();
			rows("128x128 face crops, farneback, aligned (similarity)",
				SpotBenchmark.run(() -> new VideoFrameSource(small), aligned(null), s, Progress.NONE));
			rows("640x480 + 200 px face box, farneback, aligned (similarity)",
				SpotBenchmark.run(() -> new VideoFrameSource(large), aligned(faceBox), s.toBuilder().faceBox(faceBox).build(), Progress.NONE));
		}
		finally {
			OwnedFolder.deleteTree(tmp);
		}
	}

	/** Spotting's default alignment (similarity, SPEC §11) on the face box, or the whole frame when null. */
	private static FramePreparation aligned(FaceBox face) {
		AlignSettings align = AlignSettings.of(AlignMode.SIMILARITY);
		return FramePreparation.of(align.toMap(), source -> new StreamingAlignedFrameSource(source, align, face));
	}

	private void rows(String what, SpotBenchmark.Result r) {
		String note = String.format(Locale.ROOT, "%d frames, MPEG-4, synthetic; per CPU second: decode %.0f, spot %.0f frames", r.frames(), r.decodeCpuFps(),
			r.spotCpuFps());
		report.add(BenchRow.against(SECTION, "spot " + what, r.spotFps(), "frames/s", "decoding alone", r.decodeFps(),
			"spot/decode speed (1 = spotting adds nothing)", note));
		report.add(BenchRow.against(SECTION, "spot " + what + ", real time", r.spotFps(), "frames/s", "200 fps recording", FPS,
			"real-time factor (>= 1 keeps up)", "includes decoding"));
	}

	/** One synthetic recording of {@code frames} frames at 200 fps as an mp4; returns its file. */
	private static Path recording(Path dir, int size, int frames) {
		LongSynthSettings s = LongSynthSettings.builder().subjects(1).videosPerSubject(1).seed(17).size(size, size).fps(FPS)
			.seconds(frames / FPS, frames / FPS).outputs(false, false, "avi", true).build();
		GeneratedRecordings g = LongRecordingGenerator.generate(s, dir, Progress.NONE);
		return g.recordings().get(0).mp4Video();
	}

	/**
	 * A face video painted into a 640 x 480 RGB frame at ({@value #FACE_X}, {@value #FACE_Y}) on a
	 * fixed checked background, as a face in a webcam frame (SYNTHETIC). Closing it closes the face video.
	 */
	static final class Canvas implements FrameSource {
		private final FrameSource face;

		Canvas(FrameSource face) {
			this.face = face;
		}

		@Override public String name() { return face.name() + "-640x480"; }
		@Override public int[] frameNumbers() { return face.frameNumbers(); }
		@Override public long width() { return CANVAS_W; }
		@Override public long height() { return CANVAS_H; }
		@Override public int channels() { return 3; }
		@Override public double frameRate() { return face.frameRate(); }

		@Override
		public RandomAccessibleInterval<FloatType> frame(int n) {
			float[] f = FrameAccess.toArray(face.frame(n));
			int fw = (int) face.width(), fh = (int) face.height(), fc = face.channels(), plane = CANVAS_W * CANVAS_H, fPlane = fw * fh;
			float[] rgb = new float[3 * plane];
			for (int y = 0; y < CANVAS_H; y++)
				for (int x = 0; x < CANVAS_W; x++) {
					int i = y * CANVAS_W + x;
					boolean inside = x >= FACE_X && x < FACE_X + fw && y >= FACE_Y && y < FACE_Y + fh;
					int j = (y - FACE_Y) * fw + (x - FACE_X);
					for (int c = 0; c < 3; c++)
						rgb[c * plane + i] = inside ? f[Math.min(c, fc - 1) * fPlane + j] : 60 + 40 * (((x / 16) + (y / 16)) % 2) + 10 * c;
				}
			return ArrayImgs.floats(rgb, CANVAS_W, CANVAS_H, 3);
		}

		@Override public void close() { face.close(); }
	}
}
