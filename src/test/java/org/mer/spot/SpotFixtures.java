package org.mer.spot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.mer.clip.FrameAccess;
import org.mer.clip.FrameSource;

import ij.ImagePlus;
import ij.ImageStack;
import ij.io.FileSaver;
import ij.process.FloatProcessor;

/**
 * Small SYNTHETIC recordings for the spotting front ends' tests (CLI, use cases, commands): fast to
 * spot (64 px, 30 fps, 8 s), with two known micro-expressions and, optionally, a failing frame.
 */
public final class SpotFixtures {
	public static final double FPS = 30;
	public static final int FRAMES = 240, SIZE = 64;

	private SpotFixtures() {}

	/**
	 * 240 frames of a 64 px face, noise 2: a brow raise (1.5 px) over frames 60..72 and a lip-corner
	 * pull (1.5 px) over 160..170, both micro at 30 fps; the head still (a head move survives video
	 * compression as a weak peak, which these tests of the front ends do not need).
	 *
	 * @param failAt the first frame that cannot be decoded, or 0 for none
	 */
	public static SyntheticRecording recording(long seed, int failAt) {
		SyntheticRecording r = new SyntheticRecording(SIZE, FRAMES, 2, seed);
		r.event(new SyntheticRecording.Event(60, 6, 0, 6, 1.5, new double[] { 0.31, 0.30, 0.08, 0, -1 }, new double[] { 0.69, 0.30, 0.08, 0, -1 }));
		r.event(new SyntheticRecording.Event(160, 5, 0, 5, 1.5, new double[] { 0.38, 0.73, 0.07, -0.5, -0.85 },
			new double[] { 0.62, 0.73, 0.07, 0.5, -0.85 }));
		if (failAt > 0) r.failAt(failAt);
		return r;
	}

	/** The two expressions of {@link #recording} as ground truth. */
	public static List<GroundTruthInterval> truth() {
		return recording(1, 0).truth(FPS);
	}

	/** Writes the frames as 8-bit PNG files img001.png ... into {@code dir}. */
	public static Path writeFrames(FrameSource s, Path dir) throws IOException {
		Files.createDirectories(dir);
		for (int n : s.frameNumbers()) {
			float[] px = FrameAccess.toArray(s.frame(n));
			ImagePlus imp = new ImagePlus("f", new FloatProcessor((int) s.width(), (int) s.height(), px).convertToByteProcessor(false));
			new FileSaver(imp).saveAsPng(dir.resolve(String.format("img%03d.png", n)).toString());
		}
		return dir;
	}

	/** Writes the frames as an MPEG-4 video at {@code fps}. */
	public static Path writeVideo(FrameSource s, Path file, double fps) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		SpotBenchmark.encode(s, file, fps);
		return file;
	}

	/** The frames as a 32-bit ImageJ stack titled {@code title} (slices 1..n). */
	public static ImagePlus stack(FrameSource s, String title) {
		ImageStack stack = new ImageStack((int) s.width(), (int) s.height());
		for (int n : s.frameNumbers())
			stack.addSlice("frame " + n, new FloatProcessor((int) s.width(), (int) s.height(), FrameAccess.toArray(s.frame(n))));
		return new ImagePlus(title, stack);
	}
}
