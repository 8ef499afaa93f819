package org.mer.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import ai.djl.Device;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.core.Progress;
import org.mer.data.Sample;
import org.mer.model.LoadedModel;
import org.mer.model.ModelConfig;
import org.mer.model.ModelFolder;

class FinalModelTest {
	@TempDir
	Path tmp;

	@Test
	void earlyStoppingUsesOtherSubjectsAndFinalModelCarriesTheMetrics() throws Exception {
		List<Sample> samples = TinyClips.write(tmp.resolve("data"), 4, 1);
		TrainSettings settings = TinyClips.settings(3).protocol(Protocol.KFOLD).kFolds(2).validationFraction(0.5).patience(1).build();
		ModalityCache cache = new ModalityCache(tmp.resolve("cache"));
		List<Example> examples = Examples.load(samples, TinyClips.CLASSES, settings, cache, Progress.NONE);
		ProtocolRunner runner = new ProtocolRunner(settings, cache);
		RunResult run = runner.run("tiny", examples, TinyClips.CLASSES, tmp.resolve("report"), false, Progress.NONE);
		for (FoldResult f : run.folds()) {
			assertEquals(1, f.validationSubjects().size());
			assertFalse(f.testSubjects().contains(f.validationSubjects().get(0)));
			assertTrue(f.selectedEpoch() >= 1 && f.selectedEpoch() <= f.history().size());
			assertTrue(f.history().get(0).hasValidation());
			// the kept epoch is the one with the lowest validation loss
			double best = Double.POSITIVE_INFINITY;
			for (EpochRecord r : f.history())
				best = Math.min(best, r.validationLoss());
			assertEquals(best, f.history().get(f.selectedEpoch() - 1).validationLoss(), 0);
		}
		assertEquals("early-stopping", settings.modelSelection());

		Path modelDir = tmp.resolve("model");
		ModelConfig written = FinalModel.trainAndSave(runner, examples, run, modelDir, Progress.NONE);
		assertEquals(runner.finalEpochs(run), written.provenance().epochs());
		ModelConfig read = ModelFolder.readConfig(modelDir);
		assertEquals(TinyClips.CLASSES, read.classNames());
		assertEquals(run.pooled().uf1(), read.provenance().metrics().get("UF1"), 1e-12);
		assertEquals(run.pooled().uar(), read.provenance().metrics().get("UAR"), 1e-12);
		assertEquals("kfold", read.provenance().protocol());
		assertEquals(settings.modality(), read.modalitySettings());
		assertEquals(settings.network(), read.networkSpec());
		assertTrue(read.std()[0] > 0 && read.std()[0] != 1f);
		try (LoadedModel loaded = ModelFolder.load(modelDir, Device.cpu())) {
			assertEquals(3, loaded.config().classNames().size());
		}
	}
}
