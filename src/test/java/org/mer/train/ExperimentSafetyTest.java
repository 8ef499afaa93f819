package org.mer.train;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.app.Experiment;
import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.data.ClassSet;
import org.mer.data.Dataset;
import org.mer.data.Sample;

/** Experiment.train refuses a model folder that would swallow an input or the report, before training. */
class ExperimentSafetyTest {
	@TempDir
	Path tmp;

	@Test
	void theModelFolderMayNotBeTheDatasetRootNorHoldTheReport() {
		List<Sample> samples = TinyClips.write(tmp.resolve("data"), 2, 1);
		Dataset dataset = new Dataset("tiny", ClassSet.identity("tiny", TinyClips.CLASSES), samples, List.of());
		TrainSettings settings = TinyClips.settings(1).protocol(Protocol.KFOLD).kFolds(2).build();
		ModalityCache cache = new ModalityCache(tmp.resolve("cache"));
		String m = assertThrows(InputException.class, () -> Experiment.train(dataset, settings, tmp.resolve("report"), cache, null, false,
			Map.of(), tmp.resolve("data"), Progress.NONE)).getMessage();
		assertTrue(m.contains("cannot write " + tmp.resolve("data")), m);
		m = assertThrows(InputException.class, () -> Experiment.train(dataset, settings, tmp.resolve("out/report"), cache, null, false,
			Map.of(), tmp.resolve("out"), Progress.NONE)).getMessage();
		assertTrue(m.contains("contains the output " + tmp.resolve("out/report")), m);
		assertFalse(Files.exists(tmp.resolve("cache")), "refused before any modality image was computed");
		assertFalse(Files.exists(tmp.resolve("report")));
	}
}
