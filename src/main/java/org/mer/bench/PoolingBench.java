package org.mer.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import javax.imageio.ImageIO;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.converter.Converters;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.real.FloatType;

import org.mer.clip.ApexMethod;
import org.mer.clip.Clip;
import org.mer.clip.FolderFrameSource;
import org.mer.core.Progress;
import org.mer.clip.FrameListSource;
import org.mer.mesti.MestiWeighting;
import org.mer.mesti.Modalities;
import org.mer.io.OutputKind;
import org.mer.io.OwnedFolder;

/**
 * Section 1: MESTI and Dynamic Image throughput on in-memory float clips against the memory
 * bandwidth bound ({@link MemoryBound}), and the per-frame cost of decoding JPEG and PNG frame
 * files ({@link FolderFrameSource}) against in-memory pooling.
 * <p>
 * Bytes counted for pooling: the frame data read, {@code T x W x H x C x 4} (float frames); the
 * accumulator traffic is not counted, so the ratio to the bound is an honest "fraction of the
 * fastest possible single pass". Clips smaller than the last-level cache are re-read from cache
 * on the repeated runs and may exceed the DRAM bound (ratio > 1).
 * <p>
 * Rates here use the fastest run (bound and pooling alike): these passes take milliseconds, and
 * on a shared machine another process taking the CPU only ever adds time, so the minimum is the
 * stable estimate of what the code can do; the median is kept in the JSON note.
 */
final class PoolingBench {
	static final String SECTION = "1 MESTI / Dynamic Image";
	static final String DECODE = "1b frame decoding";

	/** W, H, C of the frame sizes measured. */
	static final int[][] SIZES = { { 128, 128, 3 }, { 280, 340, 3 }, { 640, 480, 1 } };

	private final BenchReport report;
	private final BenchOptions options;

	PoolingBench(BenchReport report, BenchOptions options) {
		this.report = report;
		this.options = options;
	}

	void run() throws Exception {
		int threads = Runtime.getRuntime().availableProcessors();
		long boundBytes = options.quick ? 256L << 20 : 512L << 20;
		try (MemoryBound mb = new MemoryBound(boundBytes, threads)) {
			double bound = bound(mb);
			List<double[]> results = new ArrayList<>();
			int[] lengths = options.quick ? new int[] { 30, 100 } : new int[] { 30, 100, 300 };
			for (int[] size : SIZES)
				for (int t : lengths)
					results.add(pooling(size[0], size[1], size[2], t));
			bound = Math.max(bound, bound(mb));
			report.add(BenchRow.plain(SECTION, "bandwidth bound (sum of " + (boundBytes >> 20) + " MiB, " + threads + " thr)", bound,
				"GB/s", "fastest run, measured before and after the pooling runs; float sum, 8 accumulators per thread"));
			int k = 0;
			for (int[] size : SIZES)
				for (int t : lengths)
					report(size[0], size[1], size[2], t, results.get(k++), bound);
		}
		views();
		decoding();
	}

	/**
	 * The same MESTI on frames handed out as converted views (what the folder and video sources
	 * returned before they returned ArrayImg copies) and as ArrayImgs, alternating in this run.
	 */
	private void views() {
		int w = 280, h = 340, frames = 60;
		Clip arrays = inMemoryClip(w, h, 3, frames, 3);
		List<RandomAccessibleInterval<FloatType>> wrapped = new ArrayList<>();
		for (int i = 0; i < frames; i++)
			wrapped.add(Converters.convert(arrays.frame(i), (in, out) -> out.set(in), new FloatType()));
		Clip views = new Clip(new FrameListSource("views", wrapped), 1, 1 + frames / 2, frames, ApexMethod.GIVEN, "");
		double viewBest = Double.POSITIVE_INFINITY, arrayBest = Double.POSITIVE_INFINITY;
		for (int round = 0; round < 4; round++) {
			viewBest = Math.min(viewBest, Harness.time(1, 2, () -> Modalities.mesti(views, MestiWeighting.APEX_PEAK, Progress.NONE)).min());
			arrayBest = Math.min(arrayBest, Harness.time(1, 2, () -> Modalities.mesti(arrays, MestiWeighting.APEX_PEAK, Progress.NONE)).min());
		}
		report.add(BenchRow.against(DECODE, "MESTI 280x340x3 T=60 via converted views", viewBest / frames * 1e3, "ms/frame",
			"same frames as ArrayImg", arrayBest / frames * 1e3, "view/array time", "sources now return ArrayImg copies"));
	}

	private double bound(MemoryBound mb) {
		Harness.Timing t = Harness.time(2, options.quick ? 7 : 11, mb::sumOnce);
		return Harness.gbPerSecond(mb.bytes(), t.min());
	}

	/** @return fastest and median seconds of MESTI, then of the Dynamic Image */
	private double[] pooling(int w, int h, int c, int frames) {
		Clip clip = inMemoryClip(w, h, c, frames, 1);
		long bytes = 4L * w * h * c * frames;
		int runs = options.quick ? 7 : 11, warmup = (int) Math.max(2, Math.min(40, (400L << 20) / bytes));
		Harness.Timing mesti = Harness.time(warmup, runs, () -> Modalities.mesti(clip, MestiWeighting.APEX_PEAK, Progress.NONE));
		Harness.Timing di = Harness.time(warmup, runs, () -> Modalities.dynamicImage(clip, Progress.NONE));
		return new double[] { mesti.min(), mesti.median(), di.min(), di.median() };
	}

	private void report(int w, int h, int c, int frames, double[] s, double bound) {
		long bytes = 4L * w * h * c * frames;
		String what = String.format(Locale.ROOT, "%dx%d%s T=%d", w, h, c == 3 ? "x3" : "", frames);
		String cache = bytes < 32L << 20 ? "; clip fits in L3" : "";
		String[] names = { "MESTI ", "DynImg " };
		for (int k = 0; k < 2; k++)
			report.add(BenchRow.against(SECTION, names[k] + what, Harness.gbPerSecond(bytes, s[2 * k]), "GB/s", "bandwidth bound", bound,
				"achieved/bound", String.format(Locale.ROOT, "%.0f frames/s (median run %.2f GB/s)%s", frames / s[2 * k],
					Harness.gbPerSecond(bytes, s[2 * k + 1]), cache)));
	}

	private void decoding() throws IOException {
		int w = 280, h = 340, frames = options.quick ? 30 : 60;
		Clip mem = inMemoryClip(w, h, 3, frames, 2);
		Harness.Timing pool = Harness.time(5, 7, () -> Modalities.mesti(mem, MestiWeighting.APEX_PEAK, Progress.NONE));
		double poolPerFrame = pool.min() / frames;
		Path dir = OwnedFolder.createTemp(null, "mer-bench-decode", OutputKind.BENCH);
		try {
			for (String format : new String[] { "jpg", "png" }) {
				Path folder = dir.resolve(format);
				writeFrames(folder, w, h, frames, format);
				Harness.Timing decode = Harness.time(1, 5, () -> {
					try (FolderFrameSource s = new FolderFrameSource(folder)) {
						for (int n : s.frameNumbers())
							s.frame(n);
					}
				});
				Harness.Timing both = Harness.time(1, 5, () -> {
					try (FolderFrameSource s = new FolderFrameSource(folder)) {
						int[] numbers = s.frameNumbers();
						Clip clip = new Clip(s, numbers[0], numbers[numbers.length / 2], numbers[numbers.length - 1], ApexMethod.GIVEN, "");
						Modalities.mesti(clip, MestiWeighting.APEX_PEAK, Progress.NONE);
					}
				});
				double perFrame = decode.min() / frames * 1e3;
				report.add(BenchRow.against(DECODE, "decode " + format.toUpperCase(Locale.ROOT) + " 280x340x3 per frame", perFrame, "ms",
					"in-memory MESTI per frame", poolPerFrame * 1e3, "decode/pool time", String.format(Locale.ROOT, "%.0f frames/s", 1e3 / perFrame)));
				double bothPerFrame = both.min() / frames * 1e3;
				report.add(BenchRow.against(DECODE, "MESTI from " + format.toUpperCase(Locale.ROOT) + " folder per frame", bothPerFrame, "ms",
					"decode only per frame", perFrame, "(decode+MESTI)/decode time", String.format(Locale.ROOT, "%.0f frames/s", 1e3 / bothPerFrame)));
			}
			double[] jpeg = JpegDecoders.compare(dir.resolve("decoders"), options.quick ? 3 : 8);
			report.add(BenchRow.against(DECODE, "decode JPG 280x340x3 via OpenCV imdecode", jpeg[1], "ms CPU", "ImageIO (FolderFrameSource)", jpeg[0],
				"imdecode/ImageIO time", JpegDecoders.note(jpeg)));
		}
		finally {
			OwnedFolder.deleteTree(dir);
		}
	}

	/** A clip of random frames (X, Y, C) held in memory, apex in the middle. */
	static Clip inMemoryClip(int w, int h, int c, int frames, long seed) {
		Random random = new Random(seed);
		List<Img<FloatType>> list = new ArrayList<>();
		for (int t = 0; t < frames; t++) {
			float[] px = new float[w * h * c];
			for (int i = 0; i < px.length; i++)
				px[i] = random.nextInt(256);
			list.add(ArrayImgs.floats(px, w, h, c));
		}
		FrameListSource source = new FrameListSource("bench " + w + "x" + h, list);
		return new Clip(source, 1, 1 + frames / 2, frames, ApexMethod.GIVEN, "");
	}

	/** Writes smooth random RGB frames img1.ext .. imgN.ext. */
	static void writeFrames(Path folder, int w, int h, int frames, String format) throws IOException {
		Files.createDirectories(folder);
		Random random = new Random(7);
		for (int t = 1; t <= frames; t++) {
			BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
			int phase = random.nextInt(64);
			for (int y = 0; y < h; y++)
				for (int x = 0; x < w; x++) {
					int v = (x + y + phase) & 255, n = random.nextInt(16);
					image.setRGB(x, y, (v << 16) | (((v + n) & 255) << 8) | ((255 - v) & 255));
				}
			ImageIO.write(image, format, folder.resolve("img" + t + "." + format).toFile());
		}
	}
}
