package org.mer.data.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.clip.FolderFrameSource;
import org.mer.clip.VideoFrameSource;
import org.mer.core.CanceledException;
import org.mer.core.InputException;
import org.mer.core.Progress;

import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.basictypeaccess.array.FloatArray;
import net.imglib2.type.numeric.real.FloatType;

/** Synthetic long recordings (all numbers here are synthetic). */
class LongRecordingGeneratorTest {
	@TempDir
	Path tmp;

	/** 4 s at 30 fps, 32x32, busy enough to hold several expressions. */
	static LongSynthSettings.Builder tiny() {
		return LongSynthSettings.builder().subjects(1).videosPerSubject(1).size(32, 32).fps(30).seconds(4, 4).seed(5)
			.micro(40, 0.2, 0.5, 0.3, 1.0).macro(20, 0.6, 1.2, 2, 5).blinksPerMinute(30).format(FrameFormat.PNG);
	}

	private static List<String> files(Path root) throws Exception {
		try (Stream<Path> s = Files.walk(root)) {
			return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().collect(Collectors.toList());
		}
	}

	private static List<List<String>> cells(Path sheet) throws Exception {
		DataFormatter f = new DataFormatter();
		List<List<String>> out = new ArrayList<>();
		try (Workbook wb = WorkbookFactory.create(sheet.toFile(), null, true)) {
			Sheet sh = wb.getSheetAt(0);
			for (int r = 0; r <= sh.getLastRowNum(); r++) {
				Row row = sh.getRow(r);
				List<String> line = new ArrayList<>();
				for (int c = 0; c < row.getLastCellNum(); c++) line.add(row.getCell(c) == null ? "" : f.formatCellValue(row.getCell(c)));
				out.add(line);
			}
		}
		return out;
	}

	private static float[] pixels(net.imglib2.RandomAccessibleInterval<FloatType> img) {
		@SuppressWarnings("unchecked")
		ArrayImg<FloatType, FloatArray> a = (ArrayImg<FloatType, FloatArray>) img;
		return a.update(null).getCurrentStorageArray();
	}

	@Test
	void sheetMatchesGroundTruthAndVideosDecodeToTheSameFrames() throws Exception {
		GeneratedRecordings g = LongRecordingGenerator.generate(tiny().build(), tmp, Progress.NONE);
		GeneratedRecording r = g.recordings().get(0);
		assertEquals(120, r.frames());
		assertEquals("s01", r.subject());
		assertEquals("s01_1", r.video());
		List<GeneratedRecording.Interval> expressions = r.expressions();
		assertTrue(expressions.size() >= 2, "expressions " + expressions);
		List<List<String>> sheet = cells(g.sheet());
		assertEquals(LongRecordingGenerator.SHEET_HEADER, sheet.get(0));
		List<String> truth = Files.readAllLines(g.groundTruth());
		assertEquals(LongRecordingGenerator.GROUND_TRUTH_HEADER, truth.get(0));
		List<String> fromTruth = new ArrayList<>(), fromSheet = new ArrayList<>();
		for (String line : truth.subList(1, truth.size())) {
			String[] v = line.split(",", -1);
			if (v[2].equals("micro") || v[2].equals("macro")) fromTruth.add(String.join(",", v[0], v[1], v[3], v[4], v[5], v[2], v[6], v[7]));
		}
		for (List<String> row : sheet.subList(1, sheet.size())) fromSheet.add(String.join(",", row));
		assertEquals(fromTruth, fromSheet);
		assertEquals(expressions.size(), fromSheet.size());
		assertTrue(truth.stream().anyMatch(l -> l.contains(",blink,")), "blinks in the ground truth");

		List<String> perFrame = Files.readAllLines(r.truth());
		assertEquals(121, perFrame.size());
		int previousOffset = 0;
		for (GeneratedRecording.Interval i : expressions) {
			int frames = i.offset() - i.onset() + 1;
			assertEquals(i.kind().equals("micro"), frames / 30.0 <= 0.5, i + ": " + frames + " frames");
			assertTrue(i.onset() > previousOffset && i.onset() < i.apex() && i.apex() < i.offset() && i.offset() <= 120, i.toString());
			previousOffset = i.offset();
			String[] atApex = perFrame.get(i.apex()).split(",");
			assertEquals(i.apex(), Integer.parseInt(atApex[0]));
			double amplitude = Double.parseDouble(atApex[i.kind().equals("micro") ? 9 : 10]);
			assertEquals(i.peak(), amplitude, 1e-4);
			assertTrue(i.kind().equals("micro") ? i.peak() >= 0.3 && i.peak() <= 1.0 : i.peak() >= 2 && i.peak() <= 5, "peak " + i.peak());
		}

		try (FolderFrameSource frames = new FolderFrameSource(r.frameFolder()); VideoFrameSource avi = new VideoFrameSource(r.losslessVideo());
			VideoFrameSource mp4 = new VideoFrameSource(r.mp4Video())) {
			assertEquals(120, frames.frameNumbers().length);
			assertEquals(1, frames.frameNumbers()[0]);
			assertEquals(120, avi.frameNumbers().length);
			assertEquals(120, mp4.frameNumbers().length);
			for (int f : new int[] { 1, 57, 120 }) {
				float[] png = pixels(frames.frame(f)), lossless = pixels(avi.frame(f)), lossy = pixels(mp4.frame(f));
				assertArrayEquals(png, lossless, 0f, "frame " + f);
				double error = 0;
				for (int k = 0; k < png.length; k++) error += Math.abs(png[k] - lossy[k]);
				assertTrue(error / png.length < 6, "mp4 frame " + f + " mean error " + error / png.length);
			}
		}
		List<String> index = Files.readAllLines(g.index());
		assertEquals(LongRecordingGenerator.INDEX_HEADER, index.get(0));
		assertEquals("s01,s01_1,30,120,32,32," + r.jpegQuality() + ",frames/s01/s01_1,videos/s01/s01_1.avi,videos/s01/s01_1.mp4,truth/s01/s01_1.csv", index.get(1));
		assertTrue(Files.isRegularFile(tmp.resolve(LongRecordingGenerator.MARKER)));
	}

	@Test
	void sameSeedSameBytesAndOtherSubjectsLeaveEarlierOnesUnchanged() throws Exception {
		LongRecordingGenerator.generate(tiny().seconds(2, 2).build(), tmp.resolve("a"), Progress.NONE);
		LongRecordingGenerator.generate(tiny().seconds(2, 2).build(), tmp.resolve("b"), Progress.NONE);
		LongRecordingGenerator.generate(tiny().seconds(2, 2).subjects(2).build(), tmp.resolve("c"), Progress.NONE);
		List<String> names = files(tmp.resolve("a"));
		assertEquals(names, files(tmp.resolve("b")));
		for (String f : names) {
			if (f.endsWith(".xlsx")) continue;
			byte[] a = Files.readAllBytes(tmp.resolve("a").resolve(f));
			assertArrayEquals(a, Files.readAllBytes(tmp.resolve("b").resolve(f)), f);
			if (f.startsWith("frames/") || f.startsWith("truth/") || f.startsWith("videos/"))
				assertArrayEquals(a, Files.readAllBytes(tmp.resolve("c").resolve(f)), f);
		}
		assertTrue(files(tmp.resolve("c")).contains("truth/s02/s02_1.csv"));
	}

	@Test
	void refusesAFolderItDidNotWriteAndRewritesItsOwn() throws Exception {
		Path user = tmp.resolve("user");
		Files.createDirectories(user);
		Files.writeString(user.resolve("thesis.txt"), "precious");
		InputException e = assertThrows(InputException.class, () -> LongRecordingGenerator.generate(tiny().seconds(1, 1).build(), user, Progress.NONE));
		assertTrue(e.getMessage().contains(user.toString()), e.getMessage());
		assertEquals(List.of("thesis.txt"), files(user));
		Path own = tmp.resolve("own");
		LongRecordingGenerator.generate(tiny().seconds(1, 1).build(), own, Progress.NONE);
		LongRecordingGenerator.generate(tiny().seconds(1, 1).seed(6).build(), own, Progress.NONE);
		assertTrue(Files.readString(own.resolve(LongRecordingGenerator.SETTINGS_FILE)).contains("seed=6"));
	}

	@Test
	void canceledRunWritesNoSheet() {
		Progress cancel = new Progress() {
			@Override public void status(String m) {}
			@Override public void progress(double f) {}
			@Override public void log(String m) {}
			@Override public boolean isCanceled() { return true; }
		};
		assertThrows(CanceledException.class, () -> LongRecordingGenerator.generate(tiny().build(), tmp, cancel));
		assertFalse(Files.exists(tmp.resolve(LongRecordingGenerator.SHEET)));
		assertFalse(Files.exists(tmp.resolve("videos/s01/s01_1.avi")));
	}

	/**
	 * 2400 frames of 64x64 RGB would take 118 MB as float frames; the generator holds one at a
	 * time, so the live heap (after a full collection, sampled while it writes) grows far less.
	 */
	@Test
	void memoryStaysFlatWhileWritingALongRecording() {
		LongSynthSettings s = LongSynthSettings.builder().subjects(1).videosPerSubject(1).size(64, 64).fps(200).seconds(12, 12)
			.outputs(false, true, "mkv", false).build();
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		System.gc();
		long before = memory.getHeapMemoryUsage().getUsed();
		long[] peak = { 0 };
		int[] samples = { 0 };
		Progress sampling = new Progress() {
			@Override public void status(String m) {}
			@Override public void log(String m) {}
			@Override public void progress(double f) {
				if (samples[0]++ % 8 != 0) return;
				System.gc();
				peak[0] = Math.max(peak[0], memory.getHeapMemoryUsage().getUsed() - before);
			}
		};
		GeneratedRecordings g = LongRecordingGenerator.generate(s, tmp, sampling);
		assertEquals(2400, g.recordings().get(0).frames());
		assertTrue(samples[0] > 20, "samples " + samples[0]);
		assertTrue(peak[0] < 30L << 20, "live heap grew by " + (peak[0] >> 20) + " MB");
	}
}
