package org.mer.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.data.Sample;

/** A training run's report folder: never someone else's folder, never the dataset. */
class ReportFolderSafetyTest {
	@TempDir
	Path tmp;

	@Test
	void aFolderOfTheUsersFilesIsNotUsedAsReportFolder() throws IOException {
		List<Sample> samples = TinyClips.write(tmp.resolve("data"), 2, 1);
		TrainSettings settings = TinyClips.settings(1).protocol(Protocol.KFOLD).kFolds(2).build();
		ModalityCache cache = new ModalityCache(tmp.resolve("cache"));
		List<Example> examples = Examples.load(samples, TinyClips.CLASSES, settings, cache, Progress.NONE);
		Path mine = Files.createDirectories(tmp.resolve("mine/folds"));
		Files.writeString(mine.resolve("fold-000.json"), "my own notes, not a checkpoint");
		ProtocolRunner runner = new ProtocolRunner(settings, cache);
		String m = assertThrows(InputException.class,
			() -> runner.run("tiny", examples, TinyClips.CLASSES, tmp.resolve("mine"), false, Progress.NONE)).getMessage();
		assertTrue(m.contains(tmp.resolve("mine").toString()), m);
		assertEquals("my own notes, not a checkpoint", Files.readString(mine.resolve("fold-000.json")));
		m = assertThrows(InputException.class,
			() -> runner.run("tiny", examples, TinyClips.CLASSES, tmp.resolve("data"), false, Progress.NONE)).getMessage();
		assertTrue(m.contains("contains the input"), m);
	}
}
