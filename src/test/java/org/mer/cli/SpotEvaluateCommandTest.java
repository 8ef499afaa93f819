package org.mer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;

/** {@code ./mer synth --long} then {@code ./mer spot-evaluate} on its SYNTHETIC recordings. */
class SpotEvaluateCommandTest {
	@TempDir
	static Path tmp;
	static Path synth;

	static int run(StringWriter out, StringWriter err, String... args) {
		return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
	}

	@BeforeAll
	static void generate() {
		synth = tmp.resolve("synth-lv");
		StringWriter o = new StringWriter(), e = new StringWriter();
		assertEquals(0, run(o, e, "synth", "--long", "--subjects", "1", "--videos-per-subject", "2", "--minutes", "0.2..0.25", "--image-size", "64",
			"--seed", "5", "--out", synth.toString()), e.toString());
		assertTrue(o.toString().startsWith("wrote 2 synthetic long recordings ("), o.toString());
	}

	@Test
	void synthLongWritesFrameFoldersVideosTheSheetAndTheGroundTruth() throws IOException {
		assertTrue(Files.isRegularFile(synth.resolve("synth-lv_coding.xlsx")));
		List<CSVRecord> index = SpotCommandTest.csv(synth.resolve("recordings.csv"));
		assertEquals(3, index.size(), index.toString());
		assertEquals(List.of("subject", "video", "fps", "frames"), index.get(0).toList().subList(0, 4));
		assertEquals("30", index.get(1).get(2));
		int frames = Integer.parseInt(index.get(1).get(3));
		assertTrue(frames >= 0.2 * 60 * 30 && frames <= 0.25 * 60 * 30 + 1, "12..15 s at 30 fps: " + frames);
		assertEquals(frames, Files.list(synth.resolve(index.get(1).get(7))).count(), "one frame file per frame");
		assertTrue(Files.size(synth.resolve(index.get(1).get(9))) > 0, "the mp4");
		StringWriter o = new StringWriter(), e = new StringWriter();
		assertEquals(2, run(o, e, "synth", "--long", "--demo", "--out", tmp.resolve("x").toString()));
		assertEquals("mer: --demo and --long exclude each other", e.toString().trim());
	}

	@Test
	void evaluatesEveryRecordingIntoAnOwnedReportFolder() throws IOException {
		Path report = tmp.resolve("report");
		StringWriter o = new StringWriter(), e = new StringWriter();
		assertEquals(0, run(o, e, "spot-evaluate", "--dataset", "synth-lv", "--root", synth.toString(), "--report", report.toString()), e.toString());
		assertTrue(o.toString().contains("synth-lv: 2 recordings, spotted with classical; F1 (IoU >= 0.5, pooled):"), o.toString());
		assertTrue(o.toString().contains("  overall TP"), o.toString());
		@SuppressWarnings("unchecked")
		java.util.Map<String, Object> json = new Gson().fromJson(Files.readString(report.resolve("report.json")), java.util.Map.class);
		assertEquals("synth-lv", json.get("dataset"));
		assertEquals(2.0, json.get("videos"));
		assertEquals("similarity", ((java.util.Map<?, ?>) json.get("preparation")).get("align"), "aligned by default, recorded");
		List<CSVRecord> perVideo = SpotCommandTest.csv(report.resolve("per_video.csv"));
		assertEquals(3, perVideo.size());
		for (CSVRecord r : perVideo.subList(1, 3))
			assertTrue(Files.size(report.resolve("plots").resolve(r.get(1) + "_spotting.png")) > 1000, r.toString());
		assertTrue(Files.isRegularFile(report.resolve(".mer-output")), "an owned folder");
		assertEquals(0, run(o, e, "spot-evaluate", "--kind", "synth-lv", "--root", synth.toString(), "--report", report.toString()),
			"the tool's own report folder is written again");
		Path mine = Files.createDirectories(tmp.resolve("mine"));
		Files.writeString(mine.resolve("notes.txt"), "mine");
		e = new StringWriter();
		assertEquals(2, run(o, e, "spot-evaluate", "--kind", "synth-lv", "--root", synth.toString(), "--report", mine.toString()));
		assertTrue(e.toString().startsWith("mer: cannot write " + mine + " as a spot report folder"), e.toString());
		assertEquals("mine", Files.readString(mine.resolve("notes.txt")));
	}

	@Test
	void aSheetIntervalOutsideTheVideoIsReportedWithExitCode2() throws IOException {
		Path sheet = tmp.resolve("sheet.csv");
		Files.writeString(sheet, "Subject,Video,Onset,Apex,Offset,Type,Label\ns01,s01_1,20,25,30,micro,positive\ns01,s01_1,90000,90005,90010,micro,negative\n");
		StringWriter o = new StringWriter(), e = new StringWriter();
		assertEquals(2, run(o, e, "spot-evaluate", "--kind", "synth-lv", "--root", synth.toString(), "--sheet", sheet.toString(), "--report",
			tmp.resolve("r2").toString()));
		String[] lines = e.toString().trim().split("\n");
		assertEquals(1, java.util.Arrays.stream(lines).filter(l -> l.startsWith("mer: ")).count(), e.toString());
		assertTrue(lines[lines.length - 1].startsWith("mer: 1 sheet interval(s) lie outside their video and were not scored (first: sheet.csv row 3 (s01_1): "
			+ "interval 90000..90010 is outside the video"), e.toString());
		assertTrue(Files.isRegularFile(tmp.resolve("r2").resolve("report.json")), "the report is still written");
	}
}
