package org.mer.exec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.mer.attention.AttentionScore;
import org.mer.core.Ids;
import org.mer.classify.ClipJob;
import org.mer.clip.ClipRange;
import org.mer.core.InputException;
import org.mer.data.Sample;
import org.mer.mesti.ModalityKind;
import org.mer.mesti.ModalitySettings;
import org.mer.train.EpochRecord;
import org.mer.train.Example;
import org.mer.train.FoldResult;
import org.mer.train.LossKind;
import org.mer.train.TestPrediction;
import org.mer.train.Protocol;
import org.mer.train.TrainSettings;

/** The records survive Java serialisation with every field (what Spark does to them). */
class RecordsTest {
	@SuppressWarnings("unchecked")
	private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(value);
		}
		try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
			return (T) in.readObject();
		}
	}

	@Test
	void settingsKeepEveryField() throws Exception {
		TrainSettings s = RunFixtures.settings().toBuilder().modality(ModalitySettings.of(Ids.parse(ModalityKind.class, "flow", "modality")))
			.protocol(Protocol.KFOLD).kFolds(3).epochs(7).batchSize(5).patience(2).threads(3).learningRate(3e-4f)
			.weightDecay(2e-3f).loss(LossKind.FOCAL).focalGamma(1.5f).validationFraction(0.25).augment(false).seed(-42)
			.device("gpu").build();
		TrainSettings back = roundTrip(new SettingsRecord(s)).toSettings();
		assertEquals(s.toMap(), back.toMap());
		TrainSettings fixed = s.toBuilder().protocol(Protocol.FIXED).testSubjects(Arrays.asList("s3", "s1")).build();
		assertEquals(fixed.toMap(), roundTrip(new SettingsRecord(fixed)).toSettings().toMap());
	}

	@Test
	void examplesAndResultsKeepEveryValue() throws Exception {
		Sample a = new Sample("casme2", "sub01", "sub01/EP01", Paths.get("rel/frames"), new ClipRange(3, null, 20), "positive");
		float[] chw = { 0.25f, Float.MIN_VALUE, 1f };
		boolean[] region = { true };
		List<Example> back = roundTrip(new ExampleSet(Collections.singletonList(new Example(a, 2, chw, region)))).toExamples();
		assertArrayEquals(region, back.get(0).movingRegion());
		Sample b = back.get(0).sample();
		assertEquals(Paths.get("rel/frames").toAbsolutePath().normalize(), b.frames());
		assertEquals(a.toString(), b.toString());
		assertEquals(2, back.get(0).label());
		assertArrayEquals(chw, back.get(0).chw(), 0f);

		FoldResult r = new FoldResult(4, "sub05", List.of("sub05"), List.of("sub02"), 3,
			List.of(new EpochRecord(1, 1.1, 0.5, Double.NaN, Double.NaN, 2.5), new EpochRecord(2, 0.9, 0.6, 0.8, 0.7, 2.4)),
			List.of(new TestPrediction("casme2", "sub05", "sub05/EP1", "sub05", 1, 2, new float[] { 0.1f, 0.2f, 0.7f },
				Map.of("mean@bilinear", new AttentionScore(0.5, 0.1 + 0.2, 1.0 / 3)))));
		FoldResult r2 = roundTrip(new FoldResultRecord(r)).toResult();
		assertEquals(r.index(), r2.index());
		assertEquals(r.name(), r2.name());
		assertEquals(r.testSubjects(), r2.testSubjects());
		assertEquals(r.validationSubjects(), r2.validationSubjects());
		assertEquals(r.selectedEpoch(), r2.selectedEpoch());
		for (int e = 0; e < 2; e++)
			assertEquals(r.history().get(e).toMap().toString(), r2.history().get(e).toMap().toString());
		TestPrediction p = r2.predictions().get(0);
		assertEquals("sub05/EP1", p.sampleId());
		assertEquals(1, p.truth());
		assertEquals(2, p.predicted());
		assertArrayEquals(new float[] { 0.1f, 0.2f, 0.7f }, p.probabilities(), 0f);
		AttentionScore score = p.attention().get("mean@bilinear");
		assertEquals(1, p.attention().size());
		assertEquals(0.5, score.pointing(), 0);
		assertEquals(0.1 + 0.2, score.massShare(), 0);
		assertEquals(1.0 / 3, score.areaShare(), 0);

		ClipJob job = roundTrip(new ClipJobRecord(new ClipJob("s1/a", Paths.get("clips/s1/a"), new ClipRange(null, 5, null)))).toJob();
		assertEquals("s1/a", job.path());
		assertEquals(Paths.get("clips/s1/a").toAbsolutePath().normalize(), job.source());
		assertEquals(new ClipRange(null, 5, null).toString(), job.range().toString());
	}

	@Test
	void engineChoiceIsChecked() {
		assertSame(LocalEngine.INSTANCE, ExecutionEngines.open("LOCAL", null, null));
		assertThrows(InputException.class, () -> ExecutionEngines.open("local", "local[2]", null));
		assertThrows(InputException.class, () -> ExecutionEngines.open("hadoop", null, null));
	}
}
