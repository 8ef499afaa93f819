package org.mer.exec.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.apache.spark.TaskContext;

import org.mer.exec.ExampleSet;
import org.mer.exec.FoldResultRecord;
import org.mer.exec.SettingsRecord;

/**
 * Trains folds with {@link FoldFunction#TRAIN}, but the first attempt of one fold throws after
 * leaving a marker file; every attempt is recorded as a file {@code attempt-<fold>-<n>} in the
 * marker folder, so a test can see the retry.
 */
final class FailFirstAttempt implements FoldFunction {
	private static final long serialVersionUID = 1L;
	private final String folder;
	private final int failingFold;

	FailFirstAttempt(Path folder, int failingFold) {
		this.folder = folder.toAbsolutePath().toString();
		this.failingFold = failingFold;
	}

	@Override
	public FoldResultRecord apply(SettingsRecord settings, ExampleSet examples, int foldIndex) {
		Path dir = Paths.get(folder);
		try {
			Files.createDirectories(dir);
			Files.write(dir.resolve("attempt-" + foldIndex + "-" + TaskContext.get().attemptNumber()), new byte[0]);
			if (foldIndex == failingFold && !Files.exists(dir.resolve("failed-once"))) {
				Files.write(dir.resolve("failed-once"), new byte[0]);
				throw new IllegalStateException("injected failure of fold " + foldIndex);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return FoldFunction.TRAIN.apply(settings, examples, foldIndex);
	}
}
