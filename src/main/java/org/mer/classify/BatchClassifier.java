package org.mer.classify;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.mer.mesti.ModalityClips;
import org.mer.clip.Clip;
import org.mer.clip.FrameSource;
import org.mer.clip.FrameSources;
import org.mer.core.CanceledException;
import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.io.AppendOnlyFile;
import org.mer.io.ExistingOutput;

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
 * onset, the onsets are equal. Without resume an existing CSV is refused, unless
 * {@link ExistingOutput#OVERWRITE} is asked for ({@link PredictionFile}). The CSV is locked for
 * the run ({@link org.mer.io.OutputLock}): a second run on it is refused. Not thread safe.
 * <p>
 * Pipelining (local classification, no {@link #executor}): the modality image of the next clip
 * (open, decode, MESTI) is computed on a background thread ({@link ModalityPrefetcher}) while
 * the current clip's forward pass runs, up to 2 clips ahead on 2 threads (1 on a single core),
 * so memory does not grow with the number of clips. A clip's {@code time_ms} still counts its modality
 * computation and its classification.
 */
public final class BatchClassifier {
	/** Clips whose modality images are computed ahead of the forward pass. */
	static final int PREFETCH_DEPTH = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

	private final Classifier classifier;
	private final Progress progress;
	private final Progress quiet;
	private BiConsumer<ClipJob, Prediction> perClip = (j, p) -> {};
	private ClipExecutor executor;
	private AppendOnlyFile.Opener rowFiles = AppendOnlyFile.FILES;

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

	/**
	 * Sets where the clips are classified: null (default) = one after the other in this thread
	 * with this classifier; otherwise the executor classifies them (with the same model) and this
	 * object writes the rows it hands back. The {@link #onPrediction} callback applies only here.
	 */
	public BatchClassifier executor(ClipExecutor clips) {
		this.executor = clips;
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
	public Summary classifyTree(Path root, Path csv, ExistingOutput existing) throws IOException {
		return classify(ClipJob.findUnder(root), csv, existing);
	}

	/**
	 * {@link #classifyTree(Path, Path, ExistingOutput)} with {@link ExistingOutput#RESUME} when
	 * {@code resume}, else {@link ExistingOutput#REFUSE} (an existing CSV is no longer replaced).
	 */
	public Summary classifyTree(Path root, Path csv, boolean resume) throws IOException {
		return classifyTree(root, csv, resume ? ExistingOutput.RESUME : ExistingOutput.REFUSE);
	}

	/** {@link #classify(List, Path, ExistingOutput)}: RESUME when {@code resume}, else REFUSE. */
	public Summary classify(List<ClipJob> jobs, Path csv, boolean resume) throws IOException {
		return classify(jobs, csv, resume ? ExistingOutput.RESUME : ExistingOutput.REFUSE);
	}

	/** The file system rows are written through; tests put a failing one here. */
	BatchClassifier rowFiles(AppendOnlyFile.Opener opener) {
		this.rowFiles = opener;
		return this;
	}

	/**
	 * Classifies the jobs in order, writing {@code csv} ({@link PredictionFile}: locked for this
	 * run, an existing file refused, resumed or overwritten as {@code existing} says).
	 *
	 * @throws InputException when another run writes the CSV, when it exists and {@code existing}
	 *           is REFUSE, or when resuming a CSV written with other columns (another model)
	 * @throws IOException when the CSV cannot be written, e.g. the disk is full (the run stops:
	 *           rows can't be kept; every finished row stays in the file)
	 */
	public Summary classify(List<ClipJob> jobs, Path csv, ExistingOutput existing) throws IOException {
		List<String> header = PredictionCsv.header(classifier.model().config().classNames());
		int skipped = 0;
		int[] classified = { 0 };
		List<String> failures = new ArrayList<>();
		try (PredictionFile file = PredictionFile.open(csv, header, existing, progress, rowFiles)) {
			List<ClipJob> pending = new ArrayList<>();
			for (ClipJob job : jobs) {
				if (isDone(file.done(), job)) skipped++;
				else pending.add(job);
			}
			ClipExecutor.RowSink sink = (job, row) -> {
				if (row.failed()) {
					progress.log("Could not classify " + job.path() + ": " + row.error());
					failures.add(job.path() + ": " + row.error());
				}
				else classified[0]++;
				file.append(row.cells());
			};
			if (executor != null) executor.classifyAll(pending, sink, progress);
			else {
				try (ModalityPrefetcher prefetcher = new ModalityPrefetcher(pending, classifier.modality(), quiet, PREFETCH_DEPTH)) {
					for (int i = 0; i < pending.size(); i++) {
						ClipJob job = pending.get(i);
						progress.checkCanceled();
						progress.progress((double) i / pending.size());
						progress.status("Classifying " + job.path() + " (" + (i + 1) + "/" + pending.size() + ")");
						sink.row(job, row(classifier, job, perClip, () -> {
							ModalityPrefetcher.Prepared prepared = prefetcher.next();
							return classifier.classify(prepared.image, System.nanoTime() - prepared.nanos);
						}));
					}
				}
			}
		}
		Summary summary = new Summary(classified[0], skipped, failures);
		progress.progress(1);
		progress.status("Classified: " + summary);
		return summary;
	}

	/**
	 * The CSV row of one clip: its prediction's row ({@link PredictionCsv#row}), or, when reading
	 * or classifying it fails with a runtime error (or {@code perClip} throws), its error row
	 * with the message. The unit of work of every engine (local and {@link ClipExecutor}s).
	 *
	 * @param perClip called with the prediction before the row is made; null for none
	 * @throws CanceledException when canceled
	 */
	public static ClipRow classifyRow(Classifier classifier, ClipJob job, Progress progress, Consumer<Prediction> perClip) {
		return row(classifier, job, perClip == null ? null : (j, p) -> perClip.accept(p), () -> {
			try (FrameSource source = FrameSources.open(job.source())) {
				Clip clip = ModalityClips.resolve(source, job.range(), classifier.modality()).clip();
				return classifier.classify(clip, progress);
			}
		});
	}

	/** The row of the prediction {@code predict} makes, or the error row when it (or perClip) fails. */
	private static ClipRow row(Classifier classifier, ClipJob job, BiConsumer<ClipJob, Prediction> perClip, Supplier<Prediction> predict) {
		try {
			Prediction p = predict.get();
			List<String> row = PredictionCsv.row(job.path(), p);
			if (perClip != null) perClip.accept(job, p);
			return ClipRow.of(row);
		}
		catch (CanceledException e) {
			throw e;
		}
		catch (RuntimeException e) {
			String message = e instanceof InputException ? e.getMessage() : e.toString();
			int classes = classifier.model().config().classNames().size();
			return ClipRow.failed(PredictionCsv.errorRow(job.path(), job.range().onset(), job.range().apex(), job.range().offset(),
				classes, message), message);
		}
	}

	private static boolean isDone(Map<String, Set<String>> done, ClipJob job) {
		Set<String> onsets = done.get(job.path());
		if (onsets == null) return false;
		Integer onset = job.range().onset();
		return onset == null || onsets.contains(onset.toString());
	}
}
