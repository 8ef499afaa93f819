package org.mer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.model.TinyModels;
import org.mer.spot.SpotFixtures;
import org.mer.spot.SyntheticRecording;

/** {@code ./mer spot} and {@code ./mer classify --spot} on SYNTHETIC recordings ({@link SpotFixtures}). */
class SpotCommandTest {
	@TempDir
	Path tmp;

	static int run(StringWriter out, StringWriter err, String... args) {
		return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
	}

	static List<CSVRecord> csv(Path file) throws IOException {
		try (java.io.Reader r = Files.newBufferedReader(file)) {
			return CSVFormat.RFC4180.parse(r).getRecords();
		}
	}

	static void assertOneLine(String err) {
		assertEquals(1, err.trim().split("\n").length, "one line: " + err);
		assertTrue(err.startsWith("mer: "), err);
		assertFalse(err.contains("Exception"), err);
	}

	Path video(String name, int failAt) throws IOException {
		return SpotFixtures.writeVideo(SpotFixtures.recording(1, failAt), tmp.resolve(name), SpotFixtures.FPS);
	}

	@Test
	void spotsAVideoAtItsOwnFrameRateIntoACsvWithItsSettingsBeside() throws IOException {
		Path video = video("rec.avi", 0), out = tmp.resolve("intervals.csv"), plots = tmp.resolve("plots");
		StringWriter o = new StringWriter(), e = new StringWriter();
		assertEquals(0, run(o, e, "spot", "--video", video.toString(), "--out", out.toString(), "--plots", plots.toString()), e.toString());
		List<CSVRecord> rows = csv(out);
		assertEquals(List.of("path", "onset", "apex", "offset", "type", "score", "error"), rows.get(0).toList());
		assertEquals(3, rows.size(), rows.toString());
		int apex1 = Integer.parseInt(rows.get(1).get(2)), apex2 = Integer.parseInt(rows.get(2).get(2));
		assertTrue(Math.abs(apex1 - 66) <= 2 && Math.abs(apex2 - 165) <= 2, "apexes of the two micro-expressions: " + rows);
		assertEquals("micro", rows.get(1).get(4));
		assertEquals(video.toString(), rows.get(1).get(0));
		String settings = Files.readString(tmp.resolve("intervals.settings.json"));
		assertTrue(settings.contains("\"fps\": 30.0") && settings.contains("\"fps_given\": null"), "the video's own 30 fps: " + settings);
		assertTrue(settings.contains("\"threshold_rule\": \"mad\""), settings);
		assertTrue(settings.replaceAll("\\s+", " ").contains("\"preparation\": { \"align\": \"similarity\","), "aligned by default: " + settings);
		assertTrue(Files.size(plots.resolve("rec_spotting.png")) > 1000);
		assertTrue(o.toString().contains("1 recording(s) spotted"), o.toString());
	}

	@Test
	void aFrameFolderNeedsItsFrameRate() throws IOException {
		Path frames = SpotFixtures.writeFrames(SpotFixtures.recording(1, 0), tmp.resolve("frames"));
		StringWriter o = new StringWriter(), e = new StringWriter();
		assertEquals(2, run(o, e, "spot", "--frames", frames.toString(), "--out", tmp.resolve("a.csv").toString()));
		assertOneLine(e.toString());
		assertTrue(e.toString().startsWith("mer: --fps is missing or zero: the frame folder"), e.toString());
		e = new StringWriter();
		assertEquals(2, run(o, e, "spot", "--frames", frames.toString(), "--fps", "-5", "--out", tmp.resolve("a.csv").toString()));
		assertTrue(e.toString().startsWith("mer: --fps must be a frame rate > 0"), e.toString());
		assertFalse(Files.exists(tmp.resolve("a.csv")), "nothing written for a bad option");
		e = new StringWriter();
		assertEquals(0, run(o, e, "spot", "--frames", frames.toString(), "--fps", "30", "--out", tmp.resolve("a.csv").toString()), e.toString());
		assertEquals(3, csv(tmp.resolve("a.csv")).size());
	}

	@Test
	void badSpottingInputIsOneLineAndExitCode2() throws IOException {
		Path shortVideo = SpotFixtures.writeVideo(new SyntheticRecording(64, 40, 2, 1), tmp.resolve("short.avi"), 30);
		StringWriter o = new StringWriter(), e = new StringWriter();
		assertEquals(2, run(o, e, "spot", "--video", shortVideo.toString(), "--out", tmp.resolve("s.csv").toString()));
		assertOneLine(e.toString());
		assertTrue(e.toString().contains("has 40 frames, fewer than the spotter's window of 61"), e.toString());
		assertTrue(csv(tmp.resolve("s.csv")).get(1).get(6).contains("fewer than the spotter's window"), "the CSV says so too");
		e = new StringWriter();
		org.mer.clip.ArrayFrameSource blank = new org.mer.clip.ArrayFrameSource("blank", 64, 64, 1, 1);
		for (int i = 0; i < 70; i++)
			blank.addConstant(100);
		Path noFace = SpotFixtures.writeVideo(blank, tmp.resolve("noface.avi"), 30);
		assertEquals(2, run(o, e, "spot", "--video", noFace.toString(), "--face", "detect", "--out", tmp.resolve("f.csv").toString()));
		assertEquals("mer: no face found in frame 1 of noface.avi", e.toString().trim());
		e = new StringWriter();
		assertEquals(2, run(o, e, "spot", "--video", shortVideo.toString(), "--min-gap", "-1", "--out", tmp.resolve("g.csv").toString()));
		assertEquals("mer: --min-gap must be >= 0, got -1.0", e.toString().trim());
		e = new StringWriter();
		assertEquals(2, run(o, e, "spot", "--video", shortVideo.toString(), "--face", "given", "--out", tmp.resolve("g.csv").toString()));
		assertTrue(e.toString().startsWith("mer: --face-box is missing"), e.toString());
	}

	@Test
	void aTreeWithOneBadRecordingGoesOnAndResumesWhatIsMissing() throws IOException {
		Path tree = tmp.resolve("tree");
		video("tree/a_good.avi", 0);
		SpotFixtures.writeVideo(new SyntheticRecording(64, 40, 2, 1), tree.resolve("b_short.avi"), 30);
		SpotFixtures.writeFrames(SpotFixtures.recording(3, 0), tree.resolve("c_frames"));
		Path out = tmp.resolve("tree.csv");
		StringWriter o = new StringWriter(), e = new StringWriter();
		assertEquals(2, run(o, e, "spot", "--tree", tree.toString(), "--out", out.toString()));
		String err = e.toString();
		assertTrue(err.contains("mer: b_short.avi: b_short.avi has 40 frames"), err);
		assertTrue(err.contains("mer: c_frames: fps of c_frames is missing or zero: its frames state no frame rate; give it with --fps"), err);
		List<CSVRecord> rows = csv(out);
		assertEquals(5, rows.size(), "two intervals of a_good.avi and two error rows: " + rows);
		assertEquals("a_good.avi", rows.get(1).get(0));
		e = new StringWriter();
		assertEquals(2, run(o, e, "spot", "--tree", tree.toString(), "--out", out.toString()));
		assertTrue(e.toString().contains("already exists: use --resume"), e + " / " + o);
		o = new StringWriter();
		assertEquals(2, run(o, e, "spot", "--tree", tree.toString(), "--resume", "--out", out.toString()));
		assertTrue(o.toString().contains("2 recording(s) spotted, 1 skipped"), "the two failed recordings are tried again: " + o);
		o = new StringWriter();
		assertEquals(2, run(o, e, "spot", "--tree", tree.toString(), "--fps", "30", "--resume", "--out", out.toString()));
		assertTrue(o.toString().contains("3 recording(s) spotted, 0 skipped"), "with --fps now given, a_good.avi too: " + o);
		rows = csv(out);
		assertEquals(List.of("a_good.avi", "a_good.avi", "b_short.avi", "c_frames", "c_frames"), rows.subList(1, rows.size()).stream().map(r -> r.get(0))
			.collect(java.util.stream.Collectors.toList()));
	}

	@Test
	void classifySpotClassifiesEachMicroIntervalResumablyWithAttentionFilesPerInterval() throws IOException {
		Path model = tmp.resolve("model"), video = video("rec.avi", 0), out = tmp.resolve("p.csv"), att = tmp.resolve("att");
		TinyModels.save(model, 4, 3);
		StringWriter o = new StringWriter(), e = new StringWriter();
		assertEquals(0, run(o, e, "classify", "--spot", "--video", video.toString(), "--model", model.toString(), "--device", "cpu", "--out",
			out.toString(), "--attention-dir", att.toString()), e.toString());
		List<CSVRecord> rows = csv(out);
		assertEquals(List.of("path", "onset", "apex", "offset", "type", "score", "predicted", "p_negative", "p_positive", "p_surprise", "time_ms", "error"),
			rows.get(0).toList());
		assertEquals(3, rows.size(), rows.toString());
		for (CSVRecord r : rows.subList(1, 3)) {
			assertTrue(TinyModels.CLASSES.contains(r.get(6)), r.toString());
			double sum = Double.parseDouble(r.get(7)) + Double.parseDouble(r.get(8)) + Double.parseDouble(r.get(9));
			assertEquals(1, sum, 1e-4, r.toString());
			assertEquals("", r.get(11));
			String stem = "rec_" + r.get(1) + "-" + r.get(3);
			assertTrue(Files.isRegularFile(att.resolve(stem + "_mesti.png")), stem + " in " + List.of(att.toFile().list()));
		}
		assertTrue(o.toString().contains("rec.avi: micro"), o.toString());
		o = new StringWriter();
		assertEquals(0, run(o, e, "classify", "--spot", "--video", video.toString(), "--model", model.toString(), "--device", "cpu", "--out",
			out.toString(), "--resume"), e.toString());
		assertTrue(o.toString().contains("0 recording(s) spotted, 1 skipped"), o.toString());
		e = new StringWriter();
		assertEquals(2, run(o, e, "classify", "--video", video.toString(), "--model", model.toString(), "--fps", "30", "--out",
			tmp.resolve("q.csv").toString()));
		assertEquals("mer: --fps applies with --spot only", e.toString().trim());
		e = new StringWriter();
		assertEquals(2, run(o, e, "classify", "--video", video.toString(), "--model", model.toString(), "--align", "none", "--out",
			tmp.resolve("q.csv").toString()));
		assertEquals("mer: --align applies with --spot only", e.toString().trim(), "a clip is aligned as its model says");
		e = new StringWriter();
		assertEquals(2, run(o, e, "classify", "--spot", "--video", video.toString(), "--onset", "3", "--model", model.toString(), "--out",
			tmp.resolve("q.csv").toString()));
		assertTrue(e.toString().startsWith("mer: --spot finds onset, apex and offset itself"), e.toString());
	}
}
