package org.mer.spot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.clip.FrameSource;
import org.mer.core.Progress;

import com.google.gson.Gson;

class SpotEvaluationTest {
	@TempDir
	Path dir;

	static Recording recording(String video, double fps, Supplier<SyntheticRecording> frames, List<GroundTruthInterval> truth) {
		return new Recording() {
			@Override public String subject() { return "s1"; }
			@Override public String video() { return video; }
			@Override public FrameSource open() { return frames.get(); }
			@Override public double fps() { return fps; }
			@Override public List<GroundTruthInterval> truth() { return truth; }
		};
	}

	@Test
	void evaluatesPoolsAndWritesTheReport() throws IOException {
		List<Recording> recs = List.of(
			recording("good", 30, () -> SyntheticRecording.standard(true), SyntheticRecording.standard(true).truth(30)),
			recording("short", 30, () -> new SyntheticRecording(64, 40, 2, 1), List.of(new GroundTruthInterval(5, 12, IntervalType.MICRO))),
			recording("nofps", 0, () -> new SyntheticRecording(64, 100, 2, 1), List.of(new GroundTruthInterval(5, 80, IntervalType.MACRO))));
		List<String> done = new ArrayList<>(), logs = new ArrayList<>();
		List<Double> fractions = new ArrayList<>();
		Progress progress = new Progress() {
			@Override public void status(String message) {}
			@Override public void progress(double fraction) { fractions.add(fraction); }
			@Override public void log(String message) { logs.add(message); }
		};
		SpotReport report = SpotEvaluation.run("synthetic", recs, SpotSettings.builder().build(), FramePreparation.NONE, new ClassicalSpotter(), progress,
			(r, o) -> done.add(r.video()));
		assertEquals(List.of("good", "short", "nofps"), done);
		assertEquals(new SpotMetrics(3, 0, 2).toString(), report.overall().toString());
		assertEquals(new SpotMetrics(2, 0, 1).toString(), report.micro().toString());
		assertEquals(new SpotMetrics(1, 0, 1).toString(), report.macro().toString());
		assertEquals(2, report.failedVideos());
		assertEquals("fps of nofps is missing or zero (0.0)", report.videos().get(2).error().orElseThrow());
		assertTrue(report.videos().get(1).error().orElseThrow().contains("fewer than the spotter's window"));
		assertTrue(logs.stream().anyMatch(l -> l.startsWith("cannot spot s1/short: ")), logs.toString());
		assertEquals(1.0, fractions.get(fractions.size() - 1));
		for (int i = 1; i < fractions.size(); i++)
			assertTrue(fractions.get(i) >= fractions.get(i - 1), "progress never goes back");

		SpotReportFiles.write(report, dir);
		@SuppressWarnings("unchecked")
		Map<String, Object> json = new Gson().fromJson(Files.readString(dir.resolve("report.json")), Map.class);
		@SuppressWarnings("unchecked")
		Map<String, Map<String, Object>> pooled = (Map<String, Map<String, Object>>) json.get("pooled");
		assertEquals(3.0, pooled.get("overall").get("tp"));
		assertEquals(0.75, (Double) pooled.get("overall").get("f1"), 1e-9);
		assertEquals("transient", ((Map<?, ?>) json.get("settings")).get("signal"));
		assertEquals(3, ((List<?>) json.get("per_video")).size());
		assertEquals(30.0, ((Map<?, ?>) ((List<?>) json.get("per_video")).get(0)).get("k"));
		List<String> perVideo = Files.readAllLines(dir.resolve("per_video.csv"), StandardCharsets.UTF_8);
		assertEquals(4, perVideo.size());
		assertTrue(perVideo.get(1).startsWith("s1,good,30.0000,600,3,3,3,0,0,1.0000,1.0000,1.0000,"), perVideo.get(1));
		List<String> intervals = Files.readAllLines(dir.resolve("intervals.csv"), StandardCharsets.UTF_8);
		assertEquals(3, intervals.stream().filter(l -> l.contains(",detection,")).count());
		assertEquals(5, intervals.stream().filter(l -> l.contains(",truth,")).count());
		assertTrue(intervals.stream().anyMatch(l -> l.startsWith("s1,good,truth,100,,112,13,micro,,")), intervals.toString());
		try (var files = Files.list(dir)) {
			assertEquals(3, files.count(), "no temporary files left");
		}
	}
}
