package org.mer.spot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.clip.FrameSource;
import org.mer.core.InputException;
import org.mer.core.Progress;

import com.google.gson.Gson;

/** The batch writer of spotted intervals on SYNTHETIC recordings ({@link SpotFixtures}). */
class SpotBatchTest {
	@TempDir
	Path dir;

	static final SpotSettings TEMPLATE = SpotSettings.builder().build();

	static SpotJob good(String path) {
		return new SpotJob(path, () -> SpotFixtures.recording(1, 0), SpotFixtures.FPS);
	}

	static SpotBatch batch() {
		return new SpotBatch(new ClassicalSpotter(), TEMPLATE, Progress.NONE).fpsName("--fps");
	}

	static List<String> lines(Path p) throws IOException {
		return Files.readAllLines(p, StandardCharsets.UTF_8);
	}

	static List<List<String>> rows(Path csv) throws IOException {
		return IntervalCsv.parse(Files.readString(csv), csv.toString());
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> recordingEntry(Path csv, String path) throws IOException {
		Map<String, Object> m = new Gson().fromJson(Files.readString(IntervalFile.settingsFile(csv)), Map.class);
		return (Map<String, Object>) ((Map<String, Object>) m.get("recordings")).get(path);
	}

	@Test
	void oneRowPerIntervalWithEveryDecisionInTheSettingsFile() throws IOException {
		Path csv = dir.resolve("intervals.csv");
		SpotBatch.Summary s = batch().run(List.of(good("rec")), csv, IntervalFile.Mode.REFUSE);
		assertEquals("1 recording(s) spotted, 0 skipped (already done), 0 problem(s); 2 micro and 0 macro interval(s)", s.toString());
		List<String> l = lines(csv);
		assertEquals("path,onset,apex,offset,type,score,error", l.get(0));
		assertEquals(3, l.size(), l.toString());
		assertTrue(l.get(1).matches("rec,6[0-4],6[5-7],(6[8-9]|7[0-3]),micro,\\d+\\.\\d{3},"), l.get(1));
		assertTrue(l.get(2).matches("rec,16[0-3],16[4-6],(16[6-9]|17[0-1]),micro,\\d+\\.\\d{3},"), l.get(2));
		Map<String, Object> e = recordingEntry(csv, "rec");
		assertEquals(Boolean.TRUE, e.get("complete"));
		assertEquals(30.0, e.get("fps"));
		assertEquals(30.0, e.get("fps_given"));
		assertEquals(30.0, ((Number) e.get("k")).doubleValue());
		assertEquals(240.0, ((Number) e.get("last_frame")).doubleValue());
		@SuppressWarnings("unchecked")
		Map<String, Object> template = (Map<String, Object>) e.get("template");
		assertEquals("transient", template.get("signal"));
		assertEquals(0.25, template.get("min_gap_s"));
		assertEquals(null, template.get("fps"), "the template has no fps: each recording has its own");
		assertFalse(Files.exists(org.mer.io.OutputLock.lockFile(csv)), "the lock is released");
	}

	@Test
	void aFailingRecordingIsAnErrorRowAndTheBatchGoesOn() throws IOException {
		Path csv = dir.resolve("i.csv");
		SpotJob tooShort = new SpotJob("short", () -> new SyntheticRecording(64, 40, 2, 1), 30);
		SpotJob noFps = new SpotJob("nofps", () -> SpotFixtures.recording(1, 0), Double.NaN);
		SpotBatch.Summary s = batch().run(List.of(tooShort, noFps, good("rec")), csv, IntervalFile.Mode.REFUSE);
		assertEquals(3, s.spotted());
		assertEquals(2, s.failures().size(), s.failures().toString());
		List<List<String>> l = rows(csv);
		assertEquals(List.of("short", "", "", "", "", "", "synthetic has 40 frames, fewer than the spotter's window of 61 (2k + 1, k = 30 frames at 30.0 fps)"),
			l.get(1));
		assertEquals(List.of("nofps", "", "", "", "", "", "fps of nofps is missing or zero: its frames state no frame rate; give it with --fps"), l.get(2));
		assertEquals(5, l.size(), "the good recording's two intervals follow: " + l);
		assertEquals(Boolean.FALSE, recordingEntry(csv, "short").get("complete"));
	}

	@Test
	void aRecordingDecodedPartWayKeepsItsIntervalsAndGetsAnErrorRow() throws IOException {
		Path csv = dir.resolve("i.csv");
		SpotBatch.Summary s = batch().run(List.of(new SpotJob("cut", () -> SpotFixtures.recording(1, 150), 30)), csv, IntervalFile.Mode.REFUSE);
		List<List<String>> l = rows(csv);
		assertEquals(3, l.size(), l.toString());
		assertTrue(l.get(1).get(1).startsWith("6"), "the micro-expression before the cut: " + l.get(1));
		assertEquals(List.of("cut", "", "", "", "", ""), l.get(2).subList(0, 6));
		assertTrue(l.get(2).get(6).startsWith("frame 150 of synthetic could not be read"), l.get(2).toString());
		assertTrue(l.get(2).get(6).endsWith("the last good frame is 149"), l.get(2).toString());
		assertEquals(1, s.failures().size());
		assertEquals(1, s.micro());
		assertEquals(149.0, recordingEntry(csv, "cut").get("last_frame"));
	}

	@Test
	void resumeSkipsCompleteRecordingsAndRedoesFailedOnesOrOnesSpottedOtherwise() throws IOException {
		Path csv = dir.resolve("i.csv");
		AtomicInteger opened = new AtomicInteger();
		SpotJob counted = new SpotJob("rec", () -> {
			opened.incrementAndGet();
			return SpotFixtures.recording(1, 0);
		}, 30);
		int[] failAt = { 150 };
		SpotJob flaky = new SpotJob("flaky", () -> SpotFixtures.recording(2, failAt[0]), 30);
		batch().run(List.of(counted, flaky), csv, IntervalFile.Mode.REFUSE);
		InputException refused = assertThrows(InputException.class, () -> batch().run(List.of(counted), csv, IntervalFile.Mode.REFUSE));
		assertTrue(refused.getMessage().endsWith("already exists: use --resume to add the missing recordings to it or --overwrite to replace it"),
			refused.getMessage());
		failAt[0] = 0;
		SpotBatch.Summary resumed = batch().run(List.of(counted, flaky), csv, IntervalFile.Mode.RESUME);
		assertEquals(1, resumed.skipped());
		assertEquals(1, resumed.spotted());
		assertEquals(1, opened.get(), "the complete recording was not opened again");
		List<String> l = lines(csv);
		assertEquals(5, l.size(), "2 + 2 intervals, no error row: " + l);
		assertTrue(l.stream().noneMatch(x -> x.contains("could not be read")), l.toString());
		SpotBatch other = new SpotBatch(new ClassicalSpotter(), TEMPLATE.toBuilder().minGapSeconds(0.5).build(), Progress.NONE);
		assertEquals(2, other.run(List.of(counted, flaky), csv, IntervalFile.Mode.RESUME).spotted(), "other settings: spotted again");
		assertEquals(5, lines(csv).size(), "their rows replaced, not added");
	}

	@Test
	void thePreparationIsRecordedAndAResumeSpotsAgainWhatWasPreparedOtherwise() throws IOException {
		Path csv = dir.resolve("i.csv");
		AtomicInteger prepared = new AtomicInteger();
		FramePreparation aligned = FramePreparation.of(Map.of("align", "similarity"), src -> {
			prepared.incrementAndGet();
			return src;
		});
		batch().run(List.of(good("rec")), csv, IntervalFile.Mode.REFUSE);
		assertEquals(Map.of(), recordingEntry(csv, "rec").get("preparation"), "none: recorded as empty");
		assertEquals(0, batch().run(List.of(good("rec")), csv, IntervalFile.Mode.RESUME).spotted(), "same preparation: kept");
		assertEquals(1, batch().prepare(aligned).run(List.of(good("rec")), csv, IntervalFile.Mode.RESUME).spotted(), "aligned now: spotted again");
		assertEquals(1, prepared.get());
		assertEquals(Map.of("align", "similarity"), recordingEntry(csv, "rec").get("preparation"));
		assertEquals(0, batch().prepare(aligned).run(List.of(good("rec")), csv, IntervalFile.Mode.RESUME).spotted(), "same alignment: kept");
		assertEquals(1, batch().run(List.of(good("rec")), csv, IntervalFile.Mode.RESUME).spotted(), "not aligned any more: spotted again");
	}

	@Test
	void overwriteReplacesOnlyAnIntervalsCsv() throws IOException {
		Path mine = dir.resolve("mine.csv");
		Files.writeString(mine, "a,b\n1,2\n");
		InputException e = assertThrows(InputException.class, () -> batch().run(List.of(good("rec")), mine, IntervalFile.Mode.OVERWRITE));
		assertTrue(e.getMessage().contains("is not an intervals CSV written by this tool"), e.getMessage());
		assertEquals("a,b\n1,2\n", Files.readString(mine));
		Path settings = dir.resolve("x.settings.json");
		Files.writeString(settings, "{\"mine\": 1}");
		e = assertThrows(InputException.class, () -> batch().run(List.of(good("rec")), dir.resolve("x.csv"), IntervalFile.Mode.REFUSE));
		assertTrue(e.getMessage().contains("x.settings.json exists and was not written by this tool"), e.getMessage());
		assertEquals("{\"mine\": 1}", Files.readString(settings));
	}

	@Test
	void appendReplacesTheRowsOfARecordingSpottedAgainAndKeepsTheOthers() throws IOException {
		Path csv = dir.resolve("i.csv");
		batch().run(List.of(good("a")), csv, IntervalFile.Mode.APPEND);
		batch().run(List.of(good("b")), csv, IntervalFile.Mode.APPEND);
		batch().run(List.of(good("a")), csv, IntervalFile.Mode.APPEND);
		List<String> l = lines(csv);
		assertEquals(5, l.size(), l.toString());
		assertEquals(List.of("b", "b", "a", "a"), l.subList(1, 5).stream().map(x -> x.substring(0, 1)).collect(java.util.stream.Collectors.toList()));
	}

	/** Annotates micro intervals with their length; fails on the second one. */
	static final class LengthAnnotator implements IntervalAnnotator {
		final List<Integer> asked = new ArrayList<>();

		@Override public String id() { return "length"; }
		@Override public List<String> columns() { return List.of("frames", "first_value"); }
		@Override public boolean wants(SpottedInterval i) { return i.type() == IntervalType.MICRO; }

		@Override
		public List<String> annotate(FrameSource source, String recording, SpottedInterval i, Progress progress) {
			asked.add(i.onset());
			if (asked.size() == 2) throw new InputException("cannot annotate " + i.onset());
			return List.of(Integer.toString(i.length()), Float.toString(source.frame(i.onset()).firstElement().get()));
		}
	}

	@Test
	void anAnnotatorAddsColumnsReadsForwardAndAFailureMarksItsRow() throws IOException {
		Path csv = dir.resolve("i.csv");
		LengthAnnotator a = new LengthAnnotator();
		AtomicInteger prepared = new AtomicInteger();
		SpotBatch.Summary s = batch().annotator(a).prepare(FramePreparation.of(Map.of("align", "test"), src -> {
			prepared.incrementAndGet();
			return src;
		})).run(List.of(good("rec")), csv, IntervalFile.Mode.REFUSE);
		assertEquals(2, prepared.get(), "the preparation (alignment) applies to the spotting and the annotating pass");
		assertEquals(2, a.asked.size());
		assertTrue(a.asked.get(0) < a.asked.get(1), "increasing onsets: a video is read forward");
		List<String> l = lines(csv);
		assertEquals("path,onset,apex,offset,type,score,frames,first_value,error", l.get(0));
		String[] first = l.get(1).split(",", -1), second = l.get(2).split(",", -1);
		assertEquals(Integer.parseInt(first[3]) - Integer.parseInt(first[1]) + 1, Integer.parseInt(first[6]));
		assertEquals("", first[8]);
		assertEquals("", second[6]);
		assertTrue(second[8].startsWith("cannot annotate 16"), l.get(2));
		assertEquals(1, s.failures().size());
		assertTrue(s.failures().get(0).startsWith("rec: micro 16"), s.failures().toString());
	}
}
