package org.mer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mer.data.TinyData.issue;
import static org.mer.data.TinyData.row;
import static org.mer.data.TinyData.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.data.synth.GeneratedClip;
import org.mer.data.synth.GeneratedDataset;
import org.mer.data.synth.SynthSettings;
import org.mer.data.synth.SyntheticDatasetGenerator;

class Casme2ReaderTest {
	@TempDir
	Path tmp;

	private static final DatasetReader READER = DatasetReaders.forKind(DatasetKind.CASME2);

	@Test
	void readsGeneratedRawLayoutWithItsSheetFoundByName() {
		SynthSettings s = SynthSettings.builder().subjects(2).clipsPerClass(1).size(16, 16).frames(3, 5).seed(9)
			.classes("happiness", "surprise", "disgust", "repression", "others").build();
		GeneratedDataset g = SyntheticDatasetGenerator.generate(s, tmp, Progress.NONE);
		Dataset d = READER.read(tmp, null, ClassSet.byName("casme2-5"), Progress.NONE);
		assertEquals("casme2", d.name());
		assertEquals(Arrays.asList(), d.issues());
		assertEquals(10, d.samples().size());
		for (GeneratedClip c : g.clips()) {
			Sample x = sample(d, "sub" + c.subject() + "/" + c.filename());
			assertEquals("sub" + c.subject(), x.subject());
			assertEquals(c.frames(), x.frames());
			assertEquals(c.onset(), (int) x.range().onset());
			assertEquals(c.apex(), (int) x.range().apex());
			assertEquals(c.offset(), (int) x.range().offset());
			assertEquals(c.emotion(), x.label());
			assertEquals("casme2", x.dataset());
		}
		String summary = d.summary();
		assertTrue(summary.startsWith("casme2: 10 samples, 2 subjects, 5 classes (casme2-5), 0 rows repaired or skipped"), summary);
		assertTrue(summary.contains("per class: happiness 2, surprise 2, disgust 2, repression 2, others 2"), summary);
		assertTrue(summary.contains("per subject: sub01 5, sub02 5"), summary);
	}

	/** 2019-style xls: title row, two blank columns, numeric and text subjects, Cropped layout, every kind of error. */
	@Test
	void croppedLayoutXlsWithBlankColumnsAndErrors() throws IOException {
		Path cropped = tmp.resolve("CASME2").resolve("Cropped");
		TinyData.frames(cropped.resolve("sub01/EP02_01f"), "reg_img%d.jpg", 46, 50);
		TinyData.frames(cropped.resolve("sub01/EP03_02"), "reg_img%d.jpg", 10, 12);
		TinyData.frames(cropped.resolve("sub02/EP01_01"), "reg_img%d.jpg", 100, 103);
		TinyData.frames(cropped.resolve("sub02/EP04_01"), "reg_img%d.jpg", 20, 23);
		TinyData.frames(cropped.resolve("sub02/EP05_01f"), "reg_img%d.jpg", 30, 33);
		TinyData.frames(cropped.resolve("sub02/EP06_01"), "reg_img%d.jpg", 41, 44);
		TinyData.frames(cropped.resolve("sub02/EP08_02"), "reg_img%d.jpg", 8, 11);
		Path sheet = TinyData.sheet(tmp.resolve("CASME2-coding-20190701.xls"), Arrays.asList(
			row("CASME II coding, version 20190701"),
			row("Subject", "Filename", null, "OnsetFrame", "ApexFrame", "OffsetFrame", null, "Action Units", "Estimated Emotion"),
			row(1, "EP02_01f", null, 46, 48, 50, null, "12", "happiness"),
			row("01", "EP03_02", null, 10, "/", 12, null, "4", "Disgust "),
			row("02", "EP01_01", null, 100, 200, 103, null, "1+2", "surprise"),
			row("02", "EP09_09", null, 1, 2, 3, null, "14", "repression"),
			row("02", "EP04_01", null, 20, 21, 23, null, "15", "sadness"),
			row("02", "EP05_01f", null, 30, 30, 33, null, "7", "others"),
			row("02", "EP06_01", null, 40, 42, 45, null, "4", "others"),
			row("02", "EP07_03", null, 5, 6, 7, null, "12", "happiness"),
			row("sub02", "ep08_02", null, 8, 9, 11, null, "12", "happiness"),
			row(),
			row("Note: EP07_03 frames were removed")));
		Dataset d = READER.read(tmp.resolve("CASME2"), sheet, ClassSet.byName("casme2-5"), Progress.NONE);
		assertEquals(6, d.samples().size(), d.issues().toString());
		Sample ok = sample(d, "sub01/EP02_01f");
		assertEquals(cropped.resolve("sub01/EP02_01f"), ok.frames());
		assertEquals("onset=46 apex=48 offset=50", ok.range().toString());
		assertEquals("happiness", ok.label());
		Sample slash = sample(d, "sub01/EP03_02");
		assertNull(slash.range().apex());
		assertEquals("disgust", slash.label());
		issue(d, "row 4 (sub01/EP03_02)", "apex '/' is not a frame number", "apex will be spotted");
		assertNull(sample(d, "sub02/EP01_01").range().apex());
		issue(d, "row 5 (sub02/EP01_01)", "apex 200 is outside the clip 100..103", "spotted");
		issue(d, "row 6 (sub02/EP09_09)", "frames folder", "not found; skipped");
		issue(d, "row 7 (sub02/EP04_01)", "emotion 'sadness' is not in class set casme2-5; skipped");
		issue(d, "row 8 (sub02/EP05_01f)", "apex 30 equals the onset");
		Sample repaired = sample(d, "sub02/EP06_01");
		assertEquals("onset=41 apex=42 offset=44", repaired.range().toString());
		issue(d, "row 9 (sub02/EP06_01)", "onset..offset 40..45 are not both frames", "using 41..44");
		issue(d, "row 10 (sub02/EP07_03)", "not found; skipped");
		Sample caseless = sample(d, "sub02/ep08_02");
		assertEquals(cropped.resolve("sub02/EP08_02"), caseless.frames());
		issue(d, "row 13", "text row, not a sample ('Note: EP07_03 frames were removed'); ignored");
		assertEquals(8, d.issues().size(), d.issues().toString());
		assertTrue(d.summary().contains("per class: happiness 2, surprise 1, disgust 1, repression 0, others 2"), d.summary());
	}

	@Test
	void missingRootSheetOrColumnsAreInputErrors() throws IOException {
		InputException e = assertThrows(InputException.class, () -> READER.read(tmp.resolve("nope"), null, ClassSet.byName("casme2-5"), Progress.NONE));
		assertTrue(e.getMessage().contains("nope"), e.getMessage());
		TinyData.frames(tmp.resolve("CASME2-RAW/sub01/EP02_01f"), "img%d.jpg", 1, 3);
		e = assertThrows(InputException.class, () -> READER.read(tmp, null, ClassSet.byName("casme2-5"), Progress.NONE));
		assertTrue(e.getMessage().contains("--sheet"), e.getMessage());
		Path bad = TinyData.sheet(tmp.resolve("casme2.xlsx"), Arrays.asList(row("Subject", "Filename", "Onset"), row(1, "EP02_01f", 1)));
		e = assertThrows(InputException.class, () -> READER.read(tmp, bad, ClassSet.byName("casme2-5"), Progress.NONE));
		assertTrue(e.getMessage().contains("no header row") && e.getMessage().contains("casme2.xlsx"), e.getMessage());
	}
}
