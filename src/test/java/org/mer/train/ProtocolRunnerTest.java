package org.mer.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.figures.ReportImages;
import org.mer.core.CanceledException;
import org.mer.core.Progress;
import org.mer.data.Sample;
import org.mer.train.report.EvaluationReport;

class ProtocolRunnerTest {
	@TempDir
	Path tmp;

	@Test
	void sameSeedSameNumbers() {
		List<Sample> samples = TinyClips.write(tmp.resolve("data"), 4, 2);
		TrainSettings settings = TinyClips.settings(2).protocol(Protocol.KFOLD).kFolds(2).augment(true).build();
		ModalityCache cache = new ModalityCache(tmp.resolve("cache"));
		RunResult a = new ProtocolRunner(settings, cache).runSamples("tiny", samples, TinyClips.CLASSES, tmp.resolve("r1"), false, Progress.NONE);
		RunResult b = new ProtocolRunner(settings, cache).runSamples("tiny", samples, TinyClips.CLASSES, tmp.resolve("r2"), false, Progress.NONE);
		assertEquals(2, a.folds().size());
		assertEquals(samples.size(), a.predictions().size());
		assertSamePredictions(a, b);
		assertEquals(a.pooled().uf1(), b.pooled().uf1(), 0);
		assertEquals(a.folds().get(1).history().get(1).trainLoss(), b.folds().get(1).history().get(1).trainLoss(), 0);
		// a different seed changes the numbers
		RunResult c = new ProtocolRunner(settings.toBuilder().seed(8).build(), cache).runSamples("tiny", samples, TinyClips.CLASSES, null,
			false, Progress.NONE);
		assertFalse(c.folds().get(0).history().get(0).trainLoss() == a.folds().get(0).history().get(0).trainLoss());
	}

	@Test
	void canceledRunResumesToTheSameNumbers() throws Exception {
		List<Sample> samples = TinyClips.write(tmp.resolve("data"), 3, 2);
		TrainSettings settings = TinyClips.settings(2).augment(true).build();
		ModalityCache cache = new ModalityCache(tmp.resolve("cache"));
		List<Example> examples = Examples.load(samples, TinyClips.CLASSES, settings, cache, Progress.NONE);
		ProtocolRunner runner = new ProtocolRunner(settings, cache);
		RunResult full = runner.run("tiny", examples, TinyClips.CLASSES, tmp.resolve("full"), false, Progress.NONE);
		assertEquals(3, full.folds().size());
		assertEquals("s1", full.folds().get(0).name());

		int batchesPerFold = 2 * FoldTrainer.batchesPerEpoch(12, 4);
		AtomicInteger checks = new AtomicInteger();
		Progress cancelInFold2 = new Progress() {
			@Override public void status(String message) {}
			@Override public void progress(double fraction) {}
			@Override public void log(String message) {}
			@Override public boolean isCanceled() { return checks.incrementAndGet() > batchesPerFold; }
		};
		Path report = tmp.resolve("interrupted");
		assertThrows(CanceledException.class, () -> runner.run("tiny", examples, TinyClips.CLASSES, report, false, cancelInFold2));
		FoldCheckpoints checkpoints = new FoldCheckpoints(report);
		assertTrue(Files.isRegularFile(checkpoints.file(0)));
		assertFalse(Files.exists(checkpoints.file(1)));

		RunResult resumed = runner.run("tiny", examples, TinyClips.CLASSES, report, true, Progress.NONE);
		assertEquals(1, resumed.resumedFolds());
		assertSamePredictions(full, resumed);
		assertEquals(full.folds().get(0).history().get(1).trainLoss(), resumed.folds().get(0).history().get(1).trainLoss(), 0);
		new EvaluationReport(full).write(tmp.resolve("full"), ReportImages.INSTANCE);
		new EvaluationReport(resumed).write(report, ReportImages.INSTANCE);
		assertEquals(full.pooled().uf1(), resumed.pooled().uf1(), 0);
		assertEquals(full.pooled().uar(), resumed.pooled().uar(), 0);
		assertEquals(full.pooled().acc(), resumed.pooled().acc(), 0);
		assertTrue(java.util.Arrays.deepEquals(full.pooled().confusion(), resumed.pooled().confusion()));
		assertEquals(Files.readAllLines(tmp.resolve("full/confusion.csv")), Files.readAllLines(report.resolve("confusion.csv")));
		assertEquals(Files.readAllLines(tmp.resolve("full/per_fold.csv")), Files.readAllLines(report.resolve("per_fold.csv")));
		assertEquals(Files.readAllLines(tmp.resolve("full/per_class.csv")), Files.readAllLines(report.resolve("per_class.csv")));
		assertEquals(Files.readAllLines(tmp.resolve("full/predictions.csv")), Files.readAllLines(report.resolve("predictions.csv")));

		// resuming with other settings is refused instead of mixing folds
		ProtocolRunner other = new ProtocolRunner(settings.toBuilder().learningRate(0.01f).build(), cache);
		assertThrows(org.mer.core.InputException.class, () -> other.run("tiny", examples, TinyClips.CLASSES, report, true, Progress.NONE));
	}

	static void assertSamePredictions(RunResult a, RunResult b) {
		List<TestPrediction> pa = a.predictions(), pb = b.predictions();
		assertEquals(pa.size(), pb.size());
		for (int i = 0; i < pa.size(); i++) {
			assertEquals(pa.get(i).sampleId(), pb.get(i).sampleId());
			assertEquals(pa.get(i).predicted(), pb.get(i).predicted());
			assertArrayEquals(pa.get(i).probabilities(), pb.get(i).probabilities(), 0f, pa.get(i).sampleId());
		}
	}
}
