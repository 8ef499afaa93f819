package org.mer.exec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.google.gson.Gson;

import org.mer.clip.ClipRange;
import org.mer.core.Progress;
import org.mer.data.Sample;
import org.mer.data.synth.FrameFormat;
import org.mer.data.synth.GeneratedClip;
import org.mer.data.synth.GeneratedDataset;
import org.mer.data.synth.SynthSettings;
import org.mer.data.synth.SyntheticDatasetGenerator;
import org.mer.mesti.MestiWeighting;
import org.mer.mesti.ModalitySettings;
import org.mer.net.Architecture;
import org.mer.net.NetworkSpec;
import org.mer.train.EpochRecord;
import org.mer.train.FoldResult;
import org.mer.train.TestPrediction;
import org.mer.train.RunResult;
import org.mer.train.TrainSettings;

/** A tiny generated dataset, tiny training settings and a field-by-field comparison of runs, for the engine tests. */
public final class RunFixtures {
	public static final List<String> CLASSES = List.of("positive", "negative", "surprise");

	private RunFixtures() {}

	/** Generates {@code subjects} subjects x 3 classes x 1 clip of 64 x 64 PNG frames and returns their samples. */
	public static List<Sample> samples(Path root, int subjects) {
		SynthSettings s = SynthSettings.builder().subjects(subjects).clipsPerClass(1).size(64, 64).frames(12, 14)
			.format(FrameFormat.PNG).seed(5).build();
		GeneratedDataset d = SyntheticDatasetGenerator.generate(s, root, Progress.NONE);
		List<Sample> samples = new ArrayList<>();
		for (GeneratedClip c : d.clips())
			samples.add(new Sample("synth", c.subject(), c.subject() + "/" + c.filename(), c.frames(),
				new ClipRange(c.onset(), c.apex(), c.offset()), c.emotion()));
		return samples;
	}

	/** MEGANet width 4, input 64, MESTI; 2 epochs, batch 4, augmentation, one CPU thread, seed 11. */
	public static TrainSettings settings() {
		NetworkSpec spec = new NetworkSpec(Architecture.MEGANET, 64, 4, CLASSES.size());
		return TrainSettings.builder(spec, ModalitySettings.mesti(MestiWeighting.APEX_PEAK)).epochs(2).batchSize(4)
			.augment(true).device("cpu").threads(1).seed(11).build();
	}

	/** Asserts two runs are equal in every field but the epochs' wall-clock seconds. */
	public static void assertSameRun(RunResult a, RunResult b) {
		assertEquals(a.dataset(), b.dataset());
		assertEquals(a.classes(), b.classes());
		assertEquals(a.settings().toMap(), b.settings().toMap());
		assertEquals(a.folds().size(), b.folds().size());
		for (int f = 0; f < a.folds().size(); f++) {
			FoldResult x = a.folds().get(f), y = b.folds().get(f);
			assertEquals(x.index(), y.index());
			assertEquals(x.name(), y.name());
			assertEquals(x.testSubjects(), y.testSubjects());
			assertEquals(x.validationSubjects(), y.validationSubjects());
			assertEquals(x.selectedEpoch(), y.selectedEpoch());
			assertEquals(x.history().size(), y.history().size());
			for (int e = 0; e < x.history().size(); e++) {
				EpochRecord p = x.history().get(e), q = y.history().get(e);
				assertEquals(p.epoch(), q.epoch());
				assertEquals(p.trainLoss(), q.trainLoss(), 0, x.name() + " epoch " + p.epoch());
				assertEquals(p.trainAccuracy(), q.trainAccuracy(), 0);
				assertEquals(p.validationLoss(), q.validationLoss(), 0);
				assertEquals(p.validationAccuracy(), q.validationAccuracy(), 0);
			}
			assertEquals(x.predictions().size(), y.predictions().size());
			for (int i = 0; i < x.predictions().size(); i++) {
				TestPrediction p = x.predictions().get(i), q = y.predictions().get(i);
				assertEquals(p.dataset(), q.dataset());
				assertEquals(p.subject(), q.subject());
				assertEquals(p.sampleId(), q.sampleId());
				assertEquals(p.fold(), q.fold());
				assertEquals(p.truth(), q.truth());
				assertEquals(p.predicted(), q.predicted());
				assertArrayEquals(p.probabilities(), q.probabilities(), 0f, p.sampleId());
			}
		}
		assertEquals(new Gson().toJson(a.pooled().toMap()), new Gson().toJson(b.pooled().toMap()));
	}

	/**
	 * Asserts two report folders hold the same files with the same bytes, except report.json,
	 * compared as JSON without its creation time and run seconds, and the fold checkpoints (they
	 * hold wall-clock seconds).
	 */
	public static void assertSameReport(Path a, Path b) throws IOException {
		List<String> files = reportFiles(a);
		assertEquals(files, reportFiles(b));
		for (String f : files) {
			if (f.equals("report.json")) {
				assertEquals(jsonWithoutCreated(a.resolve(f)), jsonWithoutCreated(b.resolve(f)));
				continue;
			}
			assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
		}
	}

	private static List<String> reportFiles(Path dir) throws IOException {
		try (Stream<Path> s = Files.list(dir)) {
			return s.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> jsonWithoutCreated(Path file) throws IOException {
		Map<String, Object> m = new Gson().fromJson(new String(Files.readAllBytes(file), StandardCharsets.UTF_8), Map.class);
		m.remove("created");
		m.remove("seconds");
		return m;
	}
}
