package org.mer.data.recording;

import org.mer.core.Ids;
import static java.util.Arrays.asList;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.clip.FrameSource;
import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.spot.GroundTruthInterval;
import org.mer.spot.Recording;

/** Layout tests of the long-video readers on tiny fake datasets written in each layout. */
class RecordingReadersTest {
	@TempDir
	Path tmp;

	private static Map<String, Recording> byVideo(RecordingDataset d) {
		Map<String, Recording> m = new TreeMap<>();
		for (Recording r : d.recordings()) m.put(r.video(), r);
		return m;
	}

	private static void assertIssue(RecordingDataset d, String... parts) {
		for (String issue : d.issues()) {
			boolean all = true;
			for (String p : parts) all &= issue.contains(p);
			if (all) return;
		}
		throw new AssertionError("no issue with " + asList(parts) + " in:\n" + String.join("\n", d.issues()));
	}

	private static int[] frames(Recording r) {
		try (FrameSource s = r.open()) {
			return new int[] { s.frameNumbers()[0], s.frameNumbers()[s.frameNumbers().length - 1] };
		}
	}

	@Test
	void casme2LongVideosWithNamingRules() throws Exception {
		Path root = tmp.resolve("CAS(ME)^2"), pics = root.resolve("rawpic");
		LongLayouts.frames(pics.resolve("s15/15_0101disgustingteeth"), "img%03d.jpg", 1, 40, false);
		LongLayouts.frames(pics.resolve("s15/15_0102eatingworms"), "img%03d.jpg", 1, 30, false);
		LongLayouts.frames(pics.resolve("s16/16_0101disgustingteeth"), "img%03d.jpg", 1, 25, false);
		List<List<Object>> code = asList(
			asList(1, "disgust1_1", 5, 8, 12, "4+7", "disgust", "micro-expression", "disgust"),
			asList(1, "disgust1_2", 15, 20, 0, "9", "disgust", "macro-expression", "disgust"),
			asList(1, "disgust2_1", 28, 30, 45, "4", "disgust", "macro-expression", "disgust"),
			asList(2, "disgust1_1", 50, 55, 60, "12", "happiness", "micro-expression", "happy"),
			asList(3, "disgust1_1", 5, 8, 12, "12", "happiness", "micro-expression", "happy"),
			asList(1, "anger1_1", 3, 4, 6, "4", "anger", "micro-expression", "anger"),
			asList(null, "coded by two FACS coders", null, null, null));
		List<List<Object>> rule1 = asList(asList(15, "casme_015", 1), asList(16, "casme_016", 2), asList(19, "casme_019", 3));
		List<List<Object>> rule2 = asList(asList("0101", "disgust1"), asList(102, "disgust2"));
		LongLayouts.workbook(root.resolve("CAS(ME)^2code_final.xlsx"), asList("CASFEcode_final", "naming rule1", "naming rule2"), asList(code, rule1, rule2));

		RecordingDataset d = RecordingReaders.forKind("casme2-lv").read(tmp, null, Progress.NONE);
		assertEquals("casme2-lv", d.name());
		Map<String, Recording> r = byVideo(d);
		assertEquals(asList("15_0101disgustingteeth", "15_0102eatingworms", "16_0101disgustingteeth"), new ArrayList<>(r.keySet()));
		Recording teeth = r.get("15_0101disgustingteeth");
		assertEquals("s15", teeth.subject());
		assertEquals(30, teeth.fps());
		assertEquals(asList(new GroundTruthInterval(5, 8, 12, "micro", "disgust"), new GroundTruthInterval(15, 20, 20, "macro", "disgust")), teeth.truth());
		assertEquals(asList(new GroundTruthInterval(28, 30, 30, "macro", "disgust")), r.get("15_0102eatingworms").truth());
		assertTrue(r.get("16_0101disgustingteeth").truth().isEmpty());
		assertArrayEquals(new int[] { 1, 40 }, frames(teeth));
		assertIssue(d, "row 2 ", "offset 0", "using the apex 20");
		assertIssue(d, "row 3 ", "28..45", "reaches outside", "using 28..30");
		assertIssue(d, "row 4 ", "50..60", "outside the video", "skipped");
		assertIssue(d, "row 5 ", "no recording s19", "skipped");
		assertIssue(d, "row 6 ", "anger1_1", "not in the naming rules");
		assertIssue(d, "row 7:", "not a data row");
		assertEquals(6, d.issues().size(), String.join("\n", d.issues()));
		assertTrue(d.summary().startsWith("casme2-lv: 3 recordings, 2 subjects, 1 micro and 2 macro intervals, 6 rows"), d.summary());
	}

	@Test
	void casme2RawVideosWhenThereAreNoFrameFolders() throws Exception {
		Path videos = tmp.resolve("rawvideo/s15");
		LongLayouts.video(videos.resolve("15_0101disgustingteeth.avi"), 12);
		LongLayouts.workbook(tmp.resolve("CAS(ME)^2code_final.xlsx"), asList("CASMEcode_final", "naming rule1", "naming rule2"),
			asList(asList(asList(1, "disgust1_1", 3, 5, 9, "4", "disgust", "micro-expression", "")), asList(asList(15, "x", 1)),
				asList(asList("0101", "disgust1"))));
		RecordingDataset d = RecordingReaders.forKind(RecordingKind.CASME2_LV).read(tmp, null, Progress.NONE);
		assertEquals(1, d.recordings().size(), String.join("\n", d.issues()));
		Recording v = d.recordings().get(0);
		assertEquals("15_0101disgustingteeth", v.video());
		assertEquals(asList(new GroundTruthInterval(3, 5, 9, "micro", "disgust")), v.truth());
		assertArrayEquals(new int[] { 1, 12 }, frames(v));
	}

	@Test
	void sammLongVideosWithPreambleAndApexMinusOne() throws Exception {
		Path root = tmp.resolve("SAMM_longvideos");
		LongLayouts.frames(root.resolve("006_1"), "006_1_%04d.jpg", 1, 50, true);
		LongLayouts.frames(root.resolve("006_2"), "006_2_%04d.jpg", 1, 30, true);
		LongLayouts.frames(root.resolve("007_1"), "007_1_%04d.jpg", 1, 20, true);
		List<List<Object>> rows = new ArrayList<>();
		for (int i = 0; i < 9; i++) rows.add(asList((Object) ("SAMM Long Videos, release notes line " + (i + 1))));
		rows.add(asList("Subject", "Filename", "Inducement Code", "Onset", "Apex", "Offset", "Duration", "Type", "Action Units", "Notes"));
		rows.add(asList(6, "006_1_1", 1, 5, 10, 15, 11, "Micro - 1/2", "R12", null));
		rows.add(asList(6, "006_1_2", 1, 20, -1, 45, 26, "Macro", "6+12", null));
		rows.add(asList(6, "006_2_1", 2, 0, 5, 40, 41, "Macro", "4", "long"));
		rows.add(asList(7, "007_3_1", 3, 2, 4, 6, 5, "Micro - 1/2", "4", null));
		rows.add(asList(7, "007_1_1", 1, 10, 30, 15, 6, "Micro - 1/2", "14", null));
		rows.add(asList(7, "007_1_2", 1, 3, 4, 6, 4, "Other", "14", null));
		rows.add(asList((Object) null, null, null, null, null, null, null, null, null, null));
		rows.add(asList("Total", null, null, null));
		LongLayouts.workbook(tmp.resolve("SAMM_LongVideos_V3_Release.xlsx"), asList("FACS_Movement_Only"), asList(rows));

		RecordingDataset d = RecordingReaders.forKind("SAMM-LV ").read(tmp, null, Progress.NONE);
		Map<String, Recording> r = byVideo(d);
		assertEquals(asList("006_1", "006_2", "007_1"), new ArrayList<>(r.keySet()));
		assertEquals("006", r.get("006_1").subject());
		assertEquals(200, r.get("006_1").fps());
		assertEquals(asList(new GroundTruthInterval(5, 10, 15, "micro", ""), new GroundTruthInterval(20, -1, 45, "macro", "")), r.get("006_1").truth());
		assertEquals(asList(new GroundTruthInterval(1, 5, 30, "macro", "")), r.get("006_2").truth());
		assertEquals(asList(new GroundTruthInterval(10, -1, 15, "micro", "")), r.get("007_1").truth());
		assertArrayEquals(new int[] { 1, 50 }, frames(r.get("006_1")));
		try (FrameSource s = r.get("006_1").open()) {
			assertEquals(1, s.channels());
		}
		assertIssue(d, "row 13 ", "0..40", "using 1..30");
		assertIssue(d, "row 14 ", "no recording 007_3", "skipped");
		assertIssue(d, "row 15 ", "apex 30 is outside 10..15", "no apex");
		assertIssue(d, "row 16 ", "Type 'Other'", "skipped");
		assertIssue(d, "row 18:", "Total", "ignored");
		assertEquals(5, d.issues().size(), String.join("\n", d.issues()));
	}

	@Test
	void casme3PartATakesWithMicroAndMacroSheets() throws Exception {
		Path data = tmp.resolve("part_A/data");
		LongLayouts.frames(data.resolve("spNO.1/a/color"), "%d.jpg", 0, 19, false);
		LongLayouts.frames(data.resolve("spNO.1/b/color"), "%d.jpg", 0, 29, false);
		LongLayouts.frames(data.resolve("spNO.2/a/color"), "%d.jpg", 0, 9, false);
		Path annotation = tmp.resolve("part_A/annotation");
		LongLayouts.workbook(annotation.resolve("cas(me)3_part_A_ME_label_JpgIndex_v2.xlsx"), asList("label"), asList(asList(
			asList("Subject", "Filename", "Onset", "Apex", "Offset", "AU", "Objective class", "emotion"),
			asList("spNO.1", "a", 3, 5, 8, "12", 1, "happy"),
			asList("spNO.2", "a", 4, 6, 12, "4", 2, "disgust"))));
		LongLayouts.workbook(annotation.resolve("cas(me)3_part_A_MaE_label_JpgIndex_v2_emotion.xlsx"), asList("Sheet1"), asList(asList(
			asList("sub", "seq", "onset", "apex", "offset", "AU", "emotion"),
			asList("spNO.1", "b", 2, 6, 25, "6+12", "happy"),
			asList("spNO.9", "a", 2, 6, 25, "6+12", "happy"))));

		RecordingDataset d = RecordingReaders.forKind("casme3-lv").read(tmp.resolve("part_A"), null, Progress.NONE);
		Map<String, Recording> r = byVideo(d);
		assertEquals(asList("spNO.1_a", "spNO.1_b", "spNO.2_a"), new ArrayList<>(r.keySet()));
		assertEquals(asList(new GroundTruthInterval(3, 5, 8, "micro", "happy")), r.get("spNO.1_a").truth());
		assertEquals(asList(new GroundTruthInterval(2, 6, 25, "macro", "happy")), r.get("spNO.1_b").truth());
		assertEquals(asList(new GroundTruthInterval(4, 6, 9, "micro", "disgust")), r.get("spNO.2_a").truth());
		assertArrayEquals(new int[] { 0, 19 }, frames(r.get("spNO.1_a")));
		assertEquals(30, r.get("spNO.1_a").fps());
		assertIssue(d, "ME_label", "row 3 ", "4..12", "using 4..9");
		assertIssue(d, "MaE_label", "row 3 ", "no recording spNO.9/a");
		assertEquals(2, d.issues().size(), String.join("\n", d.issues()));
	}

	@Test
	void unknownKindListsTheKnownOnes() {
		InputException e = assertThrows(InputException.class, () -> RecordingReaders.forKind("casme2"));
		assertTrue(e.getMessage().contains("casme2-lv, samm-lv, casme3-lv, synth-lv"), e.getMessage());
		assertEquals(RecordingKind.SYNTH_LV, Ids.parse(RecordingKind.class, " Synth-LV", "long-video dataset"));
	}

	@Test
	void missingFoldersAndSheetsAreNamed() throws Exception {
		InputException none = assertThrows(InputException.class, () -> RecordingReaders.forKind("samm-lv").read(tmp, null, Progress.NONE));
		assertTrue(none.getMessage().contains(tmp.toString()), none.getMessage());
		LongLayouts.frames(tmp.resolve("SAMM_longvideos/006_1"), "006_1_%04d.jpg", 1, 3, true);
		InputException sheet = assertThrows(InputException.class, () -> RecordingReaders.forKind("samm-lv").read(tmp, null, Progress.NONE));
		assertTrue(sheet.getMessage().contains("--sheet"), sheet.getMessage());
	}
}
