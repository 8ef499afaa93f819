package org.mer.data.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.core.CanceledException;
import org.mer.core.Progress;

class SyntheticDatasetGeneratorTest {
	@TempDir
	Path tmp;

	private static SynthSettings.Builder small() {
		return SynthSettings.builder().subjects(2).clipsPerClass(1).size(32, 32).frames(4, 6).seed(3);
	}

	private static List<String> files(Path root) throws IOException {
		try (Stream<Path> s = Files.walk(root)) {
			return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().collect(Collectors.toList());
		}
	}

	private static List<List<String>> cells(Path sheet) throws IOException {
		DataFormatter f = new DataFormatter();
		List<List<String>> out = new ArrayList<>();
		try (Workbook wb = WorkbookFactory.create(sheet.toFile(), null, true)) {
			Sheet sh = wb.getSheetAt(0);
			for (int r = 0; r <= sh.getLastRowNum(); r++) {
				Row row = sh.getRow(r);
				List<String> line = new ArrayList<>();
				if (row != null) for (int c = 0; c < row.getLastCellNum(); c++) line.add(row.getCell(c) == null ? "" : f.formatCellValue(row.getCell(c)));
				out.add(line);
			}
		}
		return out;
	}

	@Test
	void sameSeedGivesIdenticalFilesAndAddedSubjectsLeaveEarlierOnesUnchanged() throws IOException {
		Path a = tmp.resolve("a"), b = tmp.resolve("b"), c = tmp.resolve("c");
		SyntheticDatasetGenerator.generate(small().build(), a, Progress.NONE);
		SyntheticDatasetGenerator.generate(small().build(), b, Progress.NONE);
		SyntheticDatasetGenerator.generate(small().subjects(3).build(), c, Progress.NONE);
		List<String> fa = files(a);
		assertEquals(fa, files(b));
		for (String f : fa) {
			if (f.endsWith(".xlsx")) assertEquals(cells(a.resolve(f)), cells(b.resolve(f)));
			else if (!f.endsWith(".txt")) {
				assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
				assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(c.resolve(f)), f);
			}
		}
		assertTrue(files(c).stream().anyMatch(f -> f.startsWith("CASME2-RAW/sub03/")));
		SyntheticDatasetGenerator.generate(small().seed(4).build(), tmp.resolve("d"), Progress.NONE);
		String first = fa.stream().filter(f -> f.endsWith(".jpg")).findFirst().get();
		assertFalse(files(tmp.resolve("d")).contains(first) && java.util.Arrays.equals(Files.readAllBytes(a.resolve(first)), Files.readAllBytes(tmp.resolve("d").resolve(first))));
	}

	@Test
	void casme2LayoutSheetAndMasks() throws IOException {
		SynthSettings s = small().classes("happiness", "surprise", "disgust", "repression", "others").build();
		GeneratedDataset d = SyntheticDatasetGenerator.generate(s, tmp, Progress.NONE);
		assertEquals(10, d.clips().size());
		assertEquals(tmp.resolve(SyntheticDatasetGenerator.CASME2_SHEET), d.sheet());
		List<List<String>> rows = cells(d.sheet());
		assertEquals(SyntheticDatasetGenerator.CASME2_HEADER, rows.get(0));
		assertEquals(11, rows.size());
		for (int i = 0; i < d.clips().size(); i++) {
			GeneratedClip c = d.clips().get(i);
			List<String> row = rows.get(i + 1);
			assertEquals(c.subject(), row.get(0));
			assertTrue(row.get(0).matches("0[12]"), row.get(0));
			assertTrue(row.get(1).matches("EP\\d\\d_\\d\\df?"), row.get(1));
			assertEquals(String.valueOf(c.onset()), row.get(2));
			assertEquals(String.valueOf(c.apex()), row.get(3));
			assertEquals(String.valueOf(c.offset()), row.get(4));
			assertEquals(c.emotion(), row.get(6));
			assertEquals(s.classes().get(i % 5), c.emotion());
			assertTrue(c.onset() > 1 && c.onset() < c.apex() && c.apex() < c.offset());
			Path dir = tmp.resolve("CASME2-RAW").resolve("sub" + c.subject()).resolve(c.filename());
			assertEquals(dir, c.frames());
			for (int n = c.onset(); n <= c.offset(); n++) assertTrue(Files.isRegularFile(dir.resolve("img" + n + ".jpg")), "frame " + n);
			try (Stream<Path> list = Files.list(dir)) {
				assertEquals(c.offset() - c.onset() + 1, list.count());
			}
			BufferedImage frame = ImageIO.read(dir.resolve("img" + c.apex() + ".jpg").toFile());
			assertEquals(32, frame.getWidth());
			assertEquals(3, frame.getRaster().getNumBands());
			Path mask = tmp.resolve("masks").resolve("sub" + c.subject()).resolve(c.filename() + "_apex_mask.png");
			assertEquals(mask, c.mask());
			BufferedImage m = ImageIO.read(mask.toFile());
			assertEquals(1, m.getRaster().getNumBands());
			int on = 0;
			for (int y = 0; y < 32; y++) for (int x = 0; x < 32; x++) {
				int v = m.getRaster().getSample(x, y, 0);
				assertTrue(v == 0 || v == 255);
				if (v == 255) on++;
			}
			assertTrue(on > 0 && on < 32 * 32 / 3, "mask pixels " + on);
		}
		try (Stream<Path> all = Files.walk(tmp)) {
			assertFalse(all.anyMatch(p -> p.getFileName().toString().contains(".tmp")));
		}
	}

	@Test
	void sammLayoutHasGreyFramesAndPreamble() throws IOException {
		GeneratedDataset d = SyntheticDatasetGenerator.generate(small().layout(SynthSettings.Layout.SAMM).build(), tmp, Progress.NONE);
		List<List<String>> rows = cells(tmp.resolve(SyntheticDatasetGenerator.SAMM_SHEET));
		for (int r = 0; r < 13; r++) {
			assertEquals(1, rows.get(r).size(), "preamble row " + r);
			assertFalse(rows.get(r).get(0).isEmpty());
		}
		assertEquals(SyntheticDatasetGenerator.SAMM_HEADER, rows.get(13));
		GeneratedClip c = d.clips().get(4);
		List<String> row = rows.get(14 + 4);
		assertEquals("007", row.get(0));
		assertEquals("007_2_1", row.get(1));
		assertEquals(c.filename(), row.get(1));
		assertEquals(String.valueOf(c.onset()), row.get(3));
		assertEquals(String.valueOf(c.offset() - c.onset() + 1), row.get(6));
		assertEquals("negative", row.get(9));
		Path frame = tmp.resolve("SAMM/007/007_2_1").resolve(String.format("007_%05d.jpg", c.apex()));
		assertTrue(Files.isRegularFile(frame), frame.toString());
		assertEquals(1, ImageIO.read(frame.toFile()).getRaster().getNumBands());
		assertTrue(Files.isRegularFile(tmp.resolve("masks/007/007_2_1_apex_mask.png")));
	}

	@Test
	void canceledRunWritesNoSheet() {
		Progress cancelAfterFirst = new Progress() {
			int calls;
			@Override public void status(String m) {}
			@Override public void progress(double f) { calls++; }
			@Override public void log(String m) {}
			@Override public boolean isCanceled() { return calls > 0; }
		};
		assertThrows(CanceledException.class, () -> SyntheticDatasetGenerator.generate(small().build(), tmp, cancelAfterFirst));
		assertFalse(Files.exists(tmp.resolve(SyntheticDatasetGenerator.CASME2_SHEET)));
		assertTrue(Files.isDirectory(tmp.resolve("CASME2-RAW/sub01")));
	}

	@Test
	void pngFramesAreLossless() throws IOException {
		SynthSettings s = small().subjects(1).format(FrameFormat.PNG).noiseSigma(0).build();
		GeneratedDataset d = SyntheticDatasetGenerator.generate(s, tmp, Progress.NONE);
		GeneratedClip c = d.clips().get(0);
		BufferedImage img = ImageIO.read(c.frames().resolve("img" + c.onset() + ".png").toFile());
		Face face = FaceGenerator.face(3, 1, 32, 32);
		SyntheticClip clip = SyntheticClip.draw(face, ClassMotions.forClasses(s.classes()).get(0), s, Seeds.mix(3, 1, 0, 0));
		float[][] f0 = clip.frame(0);
		for (int i = 0; i < 32 * 32; i += 7) {
			int rgb = img.getRGB(i % 32, i / 32);
			assertEquals(Math.round(f0[0][i]), (rgb >> 16) & 255);
			assertEquals(Math.round(f0[2][i]), rgb & 255);
		}
		assertNotEquals(c.onset(), 1);
	}
}
