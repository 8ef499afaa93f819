package org.mer.data.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.clip.FolderFrameSource;
import org.mer.clip.FrameSource;
import org.mer.clip.VideoFrameSource;
import org.mer.core.Progress;
import org.mer.data.synth.FrameFormat;
import org.mer.data.synth.GeneratedRecording;
import org.mer.data.synth.GeneratedRecordings;
import org.mer.data.synth.LongRecordingGenerator;
import org.mer.data.synth.LongSynthSettings;
import org.mer.spot.GroundTruthInterval;
import org.mer.spot.Recording;

/** The synth-lv reader on what the long-recording generator writes (synthetic data). */
class SynthLongReaderTest {
	@TempDir
	Path tmp;

	private static LongSynthSettings.Builder tiny() {
		return LongSynthSettings.builder().subjects(1).videosPerSubject(2).size(32, 32).fps(30).seconds(3, 3).seed(8)
			.micro(60, 0.2, 0.5, 0.3, 1.0).macro(30, 0.6, 1.0, 2, 4).format(FrameFormat.PNG);
	}

	private static List<GroundTruthInterval> expected(GeneratedRecording g) {
		List<GroundTruthInterval> out = new ArrayList<>();
		for (GeneratedRecording.Interval i : g.expressions()) out.add(new GroundTruthInterval(i.onset(), i.apex(), i.offset(), i.kind(), i.label()));
		return out;
	}

	@Test
	void readsWhatTheGeneratorWrote() {
		GeneratedRecordings g = LongRecordingGenerator.generate(tiny().build(), tmp, Progress.NONE);
		RecordingDataset d = RecordingReaders.read("synth-lv", tmp, null, Progress.NONE);
		assertEquals(0, d.issues().size(), String.join("\n", d.issues()));
		assertEquals(2, d.recordings().size());
		int intervals = 0;
		for (int k = 0; k < 2; k++) {
			Recording r = d.recordings().get(k);
			GeneratedRecording w = g.recordings().get(k);
			assertEquals(w.subject(), r.subject());
			assertEquals(w.video(), r.video());
			assertEquals(30, r.fps());
			assertEquals(expected(w), r.truth());
			intervals += r.truth().size();
			try (FrameSource s = r.open()) {
				assertTrue(s instanceof FolderFrameSource);
				assertEquals(90, s.frameNumbers().length);
				assertEquals(1, s.frameNumbers()[0]);
			}
		}
		assertTrue(intervals >= 2, "intervals " + intervals);
	}

	@Test
	void withoutFrameFoldersTheLosslessVideoIsOpened() {
		LongRecordingGenerator.generate(tiny().videosPerSubject(1).outputs(false, true, "mkv", true).grey(true).build(), tmp, Progress.NONE);
		RecordingDataset d = RecordingReaders.forKind(RecordingKind.SYNTH_LV).read(tmp, null, Progress.NONE);
		try (FrameSource s = d.recordings().get(0).open()) {
			assertTrue(s instanceof VideoFrameSource);
			assertEquals("s01_1.mkv", s.name());
			assertEquals(1, s.channels());
			assertEquals(90, s.frameNumbers().length);
		}
	}
}
