package org.mer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mer.data.TinyData.issue;
import static org.mer.data.TinyData.row;
import static org.mer.data.TinyData.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.data.synth.GeneratedClip;
import org.mer.data.synth.GeneratedDataset;
import org.mer.data.synth.SynthSettings;
import org.mer.data.synth.SyntheticDatasetGenerator;

class OtherReadersTest {
	@TempDir
	Path tmp;

	private static SynthSettings.Builder tiny() {
		return SynthSettings.builder().subjects(2).clipsPerClass(1).size(16, 16).frames(3, 4).seed(2);
	}

	@Test
	void sammWithPreambleAsGeneratedAndWithout() throws IOException {
		GeneratedDataset g = SyntheticDatasetGenerator.generate(tiny().layout(SynthSettings.Layout.SAMM)
			.classes("anger", "contempt", "happiness", "surprise", "other").build(), tmp, Progress.NONE);
		DatasetReader reader = DatasetReaders.forKind(DatasetKind.SAMM);
		Dataset d = reader.read(tmp, null, ClassSet.byName("samm-5"), Progress.NONE);
		assertEquals(Arrays.asList(), d.issues());
		assertEquals(10, d.samples().size());
		GeneratedClip c = g.clips().get(7);
		Sample s = sample(d, "007/" + c.filename());
		assertEquals("007", s.subject());
		assertEquals(tmp.resolve("SAMM/007").resolve(c.filename()), s.frames());
		assertEquals(c.onset(), (int) s.range().onset());
		assertTrue(c.onset() >= 1000);
		assertEquals(c.emotion(), s.label());

		Path plain = TinyData.sheet(tmp.resolve("other/SAMM_v2.xlsx"), Arrays.asList(
			row("Subject", "Filename", "Inducement Code", "Onset Frame", "Apex Frame", "Offset Frame", "Duration", "Micro", "Action Units",
				"Estimated Emotion", "Objective Classes", "Notes"),
			row(6, c.filename().replace("007", "006"), 1, 1, -1, 2, 2, "Micro", "12", "Happiness", 1, ""),
			row("007", c.filename(), 2, c.onset(), c.apex(), c.offset(), 0, "Micro", "R12", "Fear", 6, ""),
			row(6, "006_1_1", 1, g.clips().get(0).onset(), -1, g.clips().get(0).offset(), 0, "Micro", "4", "Anger", 2, "")));
		Dataset d2 = reader.read(tmp, plain, ClassSet.byName("samm-5"), Progress.NONE);
		assertEquals(1, d2.samples().size(), d2.issues().toString());
		assertNull(sample(d2, "006/006_1_1").range().apex());
		issue(d2, "SAMM_v2.xlsx row 4 (006/006_1_1)", "apex -1 is outside the clip");
		issue(d2, "row 3 (007/", "emotion 'Fear' is not in class set samm-5; skipped");
		issue(d2, "row 2 (006/006_3_1)", "no frame of onset..offset 1..2", "; skipped");
	}

	@Test
	void smicLabelsFromFoldersNoApexHsPreferred() throws IOException {
		Path hs = tmp.resolve("SMIC_all_cropped/HS");
		TinyData.frames(hs.resolve("s1/micro/negative/s1_ne_01"), "image%06d.bmp", 1207, 1210);
		TinyData.frames(hs.resolve("s1/micro/positive/s1_po_02"), "image%06d.bmp", 5, 8);
		TinyData.frames(hs.resolve("s2/micro/surprise/s2_sur_01"), "image%06d.bmp", 77, 80);
		TinyData.frames(hs.resolve("s2/micro/neutral/s2_nt_01"), "image%06d.bmp", 1, 3);
		TinyData.frames(hs.resolve("s2/non_micro/negative/s2_x"), "image%06d.bmp", 1, 3);
		TinyData.frames(tmp.resolve("SMIC_all_cropped/VIS/s1/micro/negative/s1_ne_01"), "image%06d.bmp", 1, 3);
		Dataset d = DatasetReaders.forKind(DatasetKind.SMIC).read(tmp, null, ClassSet.byName("smic-3"), Progress.NONE);
		assertEquals(3, d.samples().size(), d.samples() + " " + d.issues());
		Sample s = sample(d, "HS/s1/s1_ne_01");
		assertEquals("s1", s.subject());
		assertEquals("negative", s.label());
		assertEquals("onset=1207 apex=auto offset=1210", s.range().toString());
		assertEquals("surprise", sample(d, "HS/s2/s2_sur_01").label());
		issue(d, "folder HS/s2/s2_nt_01", "emotion 'neutral' is not in class set smic-3; skipped");
		issue(d, "found cameras [HS, VIS]; using HS");
		assertEquals(2, d.issues().size());
		Dataset vis = DatasetReaders.forKind(DatasetKind.SMIC).read(tmp.resolve("SMIC_all_cropped/VIS"), null, ClassSet.byName("smic-3"), Progress.NONE);
		assertEquals(1, vis.samples().size());
		assertEquals("VIS/s1/s1_ne_01", vis.samples().get(0).id());
	}

	@Test
	void casme3PartAWithSeveralSamplesPerTakeAndTextBelow() throws IOException {
		Path data = tmp.resolve("part_A/data/part_A");
		TinyData.frames(data.resolve("spNO.1/b/color"), "%d.jpg", 175, 183);
		TinyData.frames(data.resolve("spNO.2/a/color"), "%d.jpg", 8, 12);
		Path sheet = TinyData.sheet(tmp.resolve("part_A/cas(me)3_part_A_ME_label_JpgIndex_v2.xlsx"), Arrays.asList(
			row("Subject", "Filename", "Onset", "Apex", "Offset", "AU", "Objective class", "emotion"),
			row("spNO.1", "b", 175, 177, 179, "L12", 1, "happy"),
			row("spNO.1", "b", 180, 182, 183, "4", 3, "disgust"),
			row("spNO.2", "a", 8, 10, 12, "1+2", 5, "surprise"),
			row("spNO.2", "a", 8, 10, 12, "1+2", 5, "surprise"),
			row(),
			row("labels checked 2022")));
		Dataset d = DatasetReaders.forKind(DatasetKind.CASME3).read(tmp, null, ClassSet.byName("casme3-7"), Progress.NONE);
		assertEquals(3, d.samples().size(), d.issues().toString());
		Sample a = sample(d, "spNO.1/b/175"), b = sample(d, "spNO.1/b/180");
		assertEquals(a.frames(), b.frames());
		assertEquals(data.resolve("spNO.1/b/color"), a.frames());
		assertEquals("onset=180 apex=182 offset=183", b.range().toString());
		assertEquals("happy", a.label());
		issue(d, "row 5 (spNO.2/a/8)", "same sample as row 4; skipped");
		issue(d, "row 7", "text row", "labels checked 2022");
		Dataset four = DatasetReaders.forKind(DatasetKind.CASME3).read(tmp, sheet, ClassSet.byName("casme3-4"), Progress.NONE);
		assertEquals("positive", sample(four, "spNO.1/b/175").label());
		assertEquals("negative", sample(four, "spNO.1/b/180").label());
	}

	@Test
	void mmewFoldersByEmotion() throws IOException {
		Path micro = tmp.resolve("MMEW/Micro_Expression");
		TinyData.frames(micro.resolve("happiness/S01-01-001"), "%d.jpg", 1, 5);
		TinyData.frames(micro.resolve("others/S02-03-002"), "%d.jpg", 11, 14);
		TinyData.frames(micro.resolve("anger/S02-01-001"), "%d.jpg", 1, 3);
		TinyData.sheet(tmp.resolve("MMEW/MMEW_Micro_Exp.xlsx"), Arrays.asList(
			row("Subject", "Filename", "OnsetFrame", "ApexFrame", "OffsetFrame", "Action Units", "Estimated Emotion"),
			row("S01", "S01-01-001", 1, 3, 5, "12", "happiness"),
			row("S02", "S02-03-002", 11, 12, 14, "4", "Others"),
			row("S02", "S02-01-001", 1, 2, 3, "4", "anger")));
		Dataset d = DatasetReaders.forKind(DatasetKind.MMEW).read(tmp.resolve("MMEW"), null, ClassSet.byName("mmew-6"), Progress.NONE);
		assertEquals(2, d.samples().size(), d.issues().toString());
		assertEquals(micro.resolve("others/S02-03-002"), sample(d, "S02/S02-03-002").frames());
		assertEquals("others", sample(d, "S02/S02-03-002").label());
		issue(d, "row 4 (S02/S02-01-001)", "emotion 'anger' is not in class set mmew-6");
	}

	@Test
	void megcCompositeMapsThreeSetsToThreeClasses() throws IOException {
		SyntheticDatasetGenerator.generate(tiny().classes("happiness", "repression", "others").build(), tmp.resolve("CASME2"), Progress.NONE);
		SyntheticDatasetGenerator.generate(tiny().subjects(1).layout(SynthSettings.Layout.SAMM).classes("anger", "contempt", "surprise").build(),
			tmp.resolve("SAMM"), Progress.NONE);
		TinyData.frames(tmp.resolve("SMIC/HS/s1/micro/negative/s1_ne_01"), "image%06d.bmp", 3, 6);
		Dataset d = DatasetReaders.forKind(DatasetKind.MEGC).read(tmp, null, ClassSet.byName("megc-3"), Progress.NONE);
		assertEquals("megc", d.name());
		assertEquals(1 + 4 + 3, d.samples().size(), d.issues().toString());
		assertEquals(2, d.issues().size(), d.issues().toString());
		issue(d, "casme2: CASME2-coding-synthetic.xlsx row 4 (sub01/EP04_01)", "emotion 'others' is not in class set megc-3");
		Sample smic = sample(d, "smic/HS/s1/s1_ne_01");
		assertEquals("smic/s1", smic.subject());
		assertEquals("smic", smic.dataset());
		assertEquals("negative", sample(d, "casme2/sub02/EP03_01f").label());
		assertEquals("positive", sample(d, "casme2/sub02/EP02_01f").label());
		assertEquals("negative", sample(d, "samm/006/006_2_1").label());
		assertEquals("surprise", sample(d, "samm/006/006_3_1").label());
		assertEquals("samm/006", sample(d, "samm/006/006_3_1").subject());
		assertTrue(d.summary().contains("per dataset: casme2 4, samm 3, smic 1"), d.summary());
		assertThrows(InputException.class, () -> DatasetReaders.forKind(DatasetKind.MEGC).read(tmp.resolve("CASME2"), null, ClassSet.byName("megc-3"), Progress.NONE));
	}

	@Test
	void genericCsvRelativeAndAbsoluteFolders() throws IOException {
		Path clips = tmp.resolve("mydata");
		TinyData.frames(clips.resolve("clips/a1"), "f%03d.png", 10, 14);
		TinyData.frames(tmp.resolve("elsewhere/b7"), "frame_%d.jpg", 1, 4);
		String csv = "subject,sample,frames,onset,apex,offset,label\n" +
			"A,a1,clips/a1,10,12,14,positive\n" +
			"B,,\"" + tmp.resolve("elsewhere/b7") + "\",,,,Surprise\n" +
			"B,b8,clips/missing,1,2,3,negative\n" +
			"C,c1,clips/a1,10,11,14,bored\n";
		Files.write(clips.resolve("dataset.csv"), csv.getBytes(StandardCharsets.UTF_8));
		Dataset d = DatasetReaders.forKind(DatasetKind.CSV).read(clips, null, ClassSet.byName("megc-3"), Progress.NONE);
		assertEquals(2, d.samples().size(), d.issues().toString());
		assertEquals("onset=10 apex=12 offset=14", sample(d, "A/a1").range().toString());
		assertEquals(clips.resolve("clips/a1"), sample(d, "A/a1").frames());
		Sample b = sample(d, "B/b7");
		assertEquals("onset=1 apex=auto offset=4", b.range().toString());
		assertEquals("surprise", b.label());
		issue(d, "dataset.csv row 4 (B/b8)", "not found; skipped");
		issue(d, "row 5 (C/c1)", "emotion 'bored' is not in class set megc-3");
		assertEquals(2, d.issues().size());
	}

	@Test
	void readForTrainingResolvesTheClassSetAndLogsIssuesAndSummary() throws IOException {
		Path clips = tmp.resolve("mydata");
		TinyData.frames(clips.resolve("clips/a1"), "f%03d.png", 10, 14);
		String csv = "subject,sample,frames,onset,apex,offset,label\n" +
			"A,a1,clips/a1,10,12,14,positive\n" +
			"B,b8,clips/missing,1,2,3,negative\n";
		Files.write(clips.resolve("dataset.csv"), csv.getBytes(StandardCharsets.UTF_8));
		InputException noSet = assertThrows(InputException.class, () -> DatasetReaders.readForTraining("csv", clips, null, " ", "--classes", Progress.NONE));
		assertTrue(noSet.getMessage().contains("--classes") && noSet.getMessage().contains("csv"), noSet.getMessage());
		List<String> log = new ArrayList<>();
		Progress logger = new Progress() {
			@Override public void status(String message) {}
			@Override public void progress(double fraction) {}
			@Override public void log(String message) { log.add(message); }
		};
		Dataset d = DatasetReaders.readForTraining("CSV", clips, null, " megc-3 ", "class_set", logger);
		assertEquals(1, d.samples().size());
		assertEquals("megc-3", d.classes().name());
		assertEquals(2, log.size(), log.toString());
		assertTrue(log.get(0).startsWith("  ") && log.get(0).contains("row 3 (B/b8)"), log.get(0));
		assertEquals(d.summary().trim(), log.get(1));
		InputException empty = assertThrows(InputException.class,
			() -> DatasetReaders.readForTraining("csv", clips, null, "casme2-5", "class_set", Progress.NONE));
		assertTrue(empty.getMessage().contains("no usable sample") && empty.getMessage().contains("casme2-5"), empty.getMessage());
	}
}
