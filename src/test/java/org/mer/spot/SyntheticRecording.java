package org.mer.spot;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mer.clip.FrameSource;
import org.mer.core.InputException;
import org.mer.data.synth.Face;
import org.mer.data.synth.FaceGenerator;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.real.FloatType;

/**
 * A synthetic long recording for tests (SYNTHETIC data), rendered on the fly, frame by frame:
 * the neutral grey face of {@link FaceGenerator} (subject 1 of a seed), locally displaced by
 * expression events (Gaussian displacement bumps whose amplitude rises and falls as a raised
 * cosine, with an optional hold at the apex), globally translated by head moves (smooth steps),
 * with Gaussian pixel noise; backward bilinear warping. Frames are numbered from 1, C = 1, values
 * 0..255. Counts the frames it renders and checks they are asked for in increasing order
 * (streaming). Not thread safe.
 */
public final class SyntheticRecording implements FrameSource {
	/** A local expression: bumps at face fractions (fx, fy) with direction (dx, dy), peak displacement in px. */
	public static final class Event {
		final int onset, rise, hold, fall;
		final double peak;
		final double[][] bumps; // {fx, fy, sigmaFraction, dx, dy}

		public Event(int onset, int rise, int hold, int fall, double peak, double[]... bumps) {
			this.onset = onset;
			this.rise = rise;
			this.hold = hold;
			this.fall = fall;
			this.peak = peak;
			this.bumps = bumps;
		}

		int offset() { return onset + rise + hold + fall; }

		double amplitude(int frame) {
			int t = frame - onset;
			if (t <= 0 || t >= rise + hold + fall) return 0;
			if (t < rise) return 0.5 * (1 - Math.cos(Math.PI * t / rise));
			if (t <= rise + hold) return 1;
			return 0.5 * (1 + Math.cos(Math.PI * (t - rise - hold) / fall));
		}
	}

	/** A head translation by (dx, dy) px as a smooth step over [start, start + length]. */
	public static final class HeadMove {
		final int start, length;
		final double dx, dy;

		public HeadMove(int start, int length, double dx, double dy) {
			this.start = start;
			this.length = length;
			this.dx = dx;
			this.dy = dy;
		}

		double fraction(int frame) {
			if (frame <= start) return 0;
			if (frame >= start + length) return 1;
			return 0.5 * (1 - Math.cos(Math.PI * (frame - start) / length));
		}
	}

	private final int width, height, frames;
	private final float[] face;
	private final List<Event> events = new ArrayList<>();
	private final List<HeadMove> moves = new ArrayList<>();
	private final double noise;
	private final long seed;
	private int rendered, last;
	private int failAt = -1;

	public SyntheticRecording(int size, int frames, double noise, long seed) {
		this.width = size;
		this.height = size;
		this.frames = frames;
		this.noise = noise;
		this.seed = seed;
		Face f = FaceGenerator.face(seed, 1, size, size);
		face = new float[size * size];
		for (int i = 0; i < face.length; i++)
			face[i] = (float) (0.299 * f.channel(0)[i] + 0.587 * f.channel(1)[i] + 0.114 * f.channel(2)[i]);
	}

	/**
	 * The test recording (SYNTHETIC): 600 frames of a 128 px face at 30 fps (20 s), noise 2 grey
	 * levels; a brow raise (micro, 1.5 px, frames 100..112), a lip-corner pull (micro, 1.2 px,
	 * 300..310), a lip stretch with brow lowering held for 0.5 s (macro, 3 px, 430..475), and two
	 * head translations of (4, 2) px, out at frames 200..218 and back at 540..560.
	 */
	public static SyntheticRecording standard(boolean expressions) {
		SyntheticRecording r = new SyntheticRecording(128, 600, 2, 11);
		if (expressions) {
			r.event(new Event(100, 6, 0, 6, 1.5, new double[] { 0.31, 0.30, 0.08, 0, -1 }, new double[] { 0.69, 0.30, 0.08, 0, -1 }));
			r.event(new Event(300, 5, 0, 5, 1.2, new double[] { 0.38, 0.73, 0.07, -0.5, -0.85 }, new double[] { 0.62, 0.73, 0.07, 0.5, -0.85 }));
			r.event(new Event(430, 15, 15, 15, 3, new double[] { 0.36, 0.73, 0.08, -1, 0 }, new double[] { 0.64, 0.73, 0.08, 1, 0 },
				new double[] { 0.5, 0.33, 0.1, 0, 1 }));
		}
		r.move(new HeadMove(200, 18, 4, 2));
		r.move(new HeadMove(540, 20, -4, -2));
		return r;
	}

	/** The events as ground truth: onset = the last still frame before, offset = the first still frame after; typed at 30 fps. */
	public List<GroundTruthInterval> truth(double fps) {
		List<GroundTruthInterval> t = new ArrayList<>();
		for (Event e : events)
			t.add(GroundTruthInterval.byDuration(e.onset, e.offset(), fps, 0.5));
		return t;
	}

	SyntheticRecording event(Event e) { events.add(e); return this; }
	SyntheticRecording move(HeadMove m) { moves.add(m); return this; }
	/** Frame {@code frame} and later ones throw an InputException, as an undecodable video would. */
	SyntheticRecording failAt(int frame) { failAt = frame; return this; }
	public int rendered() { return rendered; }

	@Override public String name() { return "synthetic"; }
	@Override public long width() { return width; }
	@Override public long height() { return height; }
	@Override public int channels() { return 1; }

	@Override
	public int[] frameNumbers() {
		int[] n = new int[frames];
		for (int i = 0; i < frames; i++)
			n[i] = i + 1;
		return n;
	}

	@Override
	public RandomAccessibleInterval<FloatType> frame(int frame) {
		if (frame < 1 || frame > frames) throw new InputException("frame " + frame + " is not in synthetic");
		if (failAt > 0 && frame >= failAt) throw new InputException("cannot decode frame " + frame + " of synthetic");
		if (frame <= last) throw new AssertionError("frame " + frame + " asked for after frame " + last + ": not streaming");
		last = frame;
		rendered++;
		return ArrayImgs.floats(render(frame), width, height, 1);
	}

	float[] render(int frame) {
		int n = width * height;
		float[] dx = new float[n], dy = new float[n];
		double hx = 0, hy = 0;
		for (HeadMove m : moves) {
			hx += m.fraction(frame) * m.dx;
			hy += m.fraction(frame) * m.dy;
		}
		for (Event e : events) {
			double a = e.amplitude(frame) * e.peak;
			if (a == 0) continue;
			for (double[] b : e.bumps) {
				double bx = b[0] * width, by = b[1] * height, s = b[2] * width;
				int r = (int) Math.ceil(3 * s);
				for (int y = Math.max(0, (int) by - r); y <= Math.min(height - 1, (int) by + r); y++)
					for (int x = Math.max(0, (int) bx - r); x <= Math.min(width - 1, (int) bx + r); x++) {
						double d2 = (x - bx) * (x - bx) + (y - by) * (y - by), g = a * Math.exp(-d2 / (2 * s * s));
						dx[y * width + x] += (float) (g * b[3]);
						dy[y * width + x] += (float) (g * b[4]);
					}
			}
		}
		Random random = new Random(seed * 1_000_003L + frame);
		float[] out = new float[n];
		for (int y = 0; y < height; y++)
			for (int x = 0; x < width; x++) {
				int i = y * width + x;
				double v = bilinear(x - hx - dx[i], y - hy - dy[i]) + noise * random.nextGaussian();
				out[i] = (float) Math.max(0, Math.min(255, v));
			}
		return out;
	}

	private double bilinear(double x, double y) {
		x = Math.max(0, Math.min(width - 1.000001, x));
		y = Math.max(0, Math.min(height - 1.000001, y));
		int x0 = (int) x, y0 = (int) y, i = y0 * width + x0;
		double fx = x - x0, fy = y - y0;
		double top = face[i] + fx * (face[i + 1] - face[i]), bottom = face[i + width] + fx * (face[i + width + 1] - face[i + width]);
		return top + fy * (bottom - top);
	}

	@Override
	public void close() {}
}
