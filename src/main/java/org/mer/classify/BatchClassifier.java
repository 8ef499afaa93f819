package org.mer.classify;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.mer.clip.Clip;
import org.mer.clip.FrameSource;
import org.mer.clip.FrameSources;
import org.mer.core.CanceledException;
import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.mesti.ClipResolver;

/**
 * Classifies many clips into one CSV ({@link PredictionCsv} describes the columns), streaming:
 * one clip's source is open at a time and its frames are decoded lazily, and each row is
 * written and flushed as soon as its clip is done, so an interrupted run keeps its rows.
 * <p>
 * Failures: a clip that cannot be read or classified ({@link InputException} or any other
 * runtime error) gets a row with the message in the {@code error} column, is logged with its
 * path through {@link Progress#log}, and the run goes on; {@link Summary#failures()} lists
 * them. Cancellation ({@link CanceledException}) stops the run after the last finished row.
 * <p>
 * Resume: with {@code resume = true} an existing CSV is kept: rows cut short by an interruption
 * and rows with an error are removed (so failed clips are tried again), and clips that already
 * have a row are skipped. A job matches a row when the paths are equal and, if the job gives an
 * onset, the onsets are equal. Without resume an existing CSV is replaced. Not thread safe.
 */
public final class BatchClassifier {
	private final Classifier classifier;
	private final Progress progress;
	private final Progress quiet;
	private BiConsumer<ClipJob, Prediction> perClip = (j, p) -> {};

	public BatchClassifier(Classifier classifier, Progress progress) {
		this.classifier = classifier;
		this.progress = progress == null ? Progress.NONE : progress;
		Progress outer = this.progress;
		this.quiet = new Progress() {
			@Override public void status(String message) {}
			@Override public void progress(double fraction) {}
			@Override public void log(String message) { outer.log(message); }
			@Override public boolean isCanceled() { return outer.isCanceled(); }
		};
	}

	/**
	 * Sets a callback run after each classified clip, before the next one starts, e.g. to write
	 * attention images. Exceptions it throws count as a failure of that clip.
	 */
	public BatchClassifier onPrediction(Consumer<Prediction> callback) {
		return onClassified(callback == null ? null : (j, p) -> callback.accept(p));
	}

	/** As {@link #onPrediction(Consumer)}, also told which job the prediction is for. */
	public BatchClassifier onClassified(BiConsumer<ClipJob, Prediction> callback) {
		this.perClip = callback == null ? (j, p) -> {} : callback;
		return this;
	}

	/** Counts of one run and the clips that failed ("path: message"). */
	public static final class Summary {
		private final int classified, skipped;
		private final List<String> failures;

		Summary(int classified, int skipped, List<String> failures) {
			this.classified = classified;
			this.skipped = skipped;
			this.failures = Collections.unmodifiableList(failures);
		}

		/** Clips classified in this run. */
		public int classified() { return classified; }

		/** Clips skipped because the CSV already had them (resume). */
		public int skipped() { return skipped; }

		/** "path: message" for each clip that failed in this run. */
		public List<String> failures() { return failures; }

		@Override
		public String toString() {
			return classified + " classified, " + skipped + " skipped (already done), " + failures.size() + " failed";
		}
	}

	/** Classifies every clip under a folder ({@link ClipJob#findUnder(Path)}). */
	public Summary classifyTree(Path root, Path csv, boolean resume) throws IOException {
		return classify(ClipJob.findUnder(root), csv, resume);
	}

	/**
	 * Classifies the jobs in order, writing {@code csv}.
	 *
	 * @throws InputException when resuming a CSV written with other columns (another model)
	 * @throws IOException when the CSV cannot be written (the run stops: rows can't be kept)
	 */
	public Summary classify(List<ClipJob> jobs, Path csv, boolean resume) throws IOException {
		List<String> header = PredictionCsv.header(classifier.model().config().classNames());
		int classes = header.size() - 8;
		Map<String, Set<String>> done = new HashMap<>();
		if (resume && Files.isRegularFile(csv)) {
			for (List<String> row : PredictionCsv.keepCompleteRows(csv, header))
				done.computeIfAbsent(row.get(0), k -> new HashSet<>()).add(row.get(1));
		}
		else {
			StringBuilder sb = new StringBuilder();
			PredictionCsv.FORMAT.printRecord(sb, header.toArray());
			org.mer.io.AtomicFiles.writeString(csv, sb.toString());
		}
		int classified = 0, skipped = 0;
		List<String> failures = new ArrayList<>();
		try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8, StandardOpenOption.APPEND)) {
			for (int i = 0; i < jobs.size(); i++) {
				ClipJob job = jobs.get(i);
				progress.checkCanceled();
				progress.progress((double) i / jobs.size());
				if (isDone(done, job)) {
					skipped++;
					continue;
				}
				progress.status("Classifying " + job.path() + " (" + (i + 1) + "/" + jobs.size() + ")");
				List<String> row;
				try {
					Prediction p = classifyOne(job);
					row = PredictionCsv.row(job.path(), p);
					perClip.accept(job, p);
					classified++;
				}
				catch (CanceledException e) {
					throw e;
				}
				catch (RuntimeException e) {
					String message = e instanceof InputException ? e.getMessage() : e.toString();
					progress.log("Could not classify " + job.path() + ": " + message);
					failures.add(job.path() + ": " + message);
					row = PredictionCsv.errorRow(job.path(), job.range().onset(), job.range().apex(), job.range().offset(),
						classes, message);
				}
				PredictionCsv.append(w, row);
			}
		}
		progress.progress(1);
		Summary summary = new Summary(classified, skipped, failures);
		progress.status("Classified: " + summary);
		return summary;
	}

	private static boolean isDone(Map<String, Set<String>> done, ClipJob job) {
		Set<String> onsets = done.get(job.path());
		if (onsets == null) return false;
		Integer onset = job.range().onset();
		return onset == null || onsets.contains(onset.toString());
	}

	private Prediction classifyOne(ClipJob job) {
		try (FrameSource source = FrameSources.open(job.source())) {
			Clip clip = ClipResolver.resolve(source, job.range(), classifier.modality().apexMethod());
			return classifier.classify(clip, quiet);
		}
	}
}
