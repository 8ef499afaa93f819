package org.mer.spot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.mer.clip.FrameSource;
import org.mer.core.CanceledException;
import org.mer.core.InputException;
import org.mer.core.Progress;

/**
 * Spots many recordings into one intervals CSV ({@link IntervalCsv}, {@link IntervalFile}),
 * streaming: one recording is open at a time, the spotter reads it once in order, and its rows
 * are written as soon as it is done, so an interrupted run keeps them. Optionally each interval
 * is annotated ({@link IntervalAnnotator}, e.g. classified) on a second forward pass.
 * <p>
 * Where alignment goes: {@link #prepare} maps each opened source before anything reads it (both
 * passes), so a head-motion alignment step ({@code org.mer.align}) slots in without touching the
 * spotter.
 * <p>
 * The frame rate of a recording is the one its job gives, else its source's own
 * ({@link FrameSource#frameRate()}); with neither, the recording fails. Failures: a recording that
 * cannot be spotted (any runtime error but cancellation) gets one error row and the batch goes
 * on; one decoded only part way keeps its intervals plus an error row with the last good frame;
 * an interval the annotator cannot handle carries the message in its row. All are listed in
 * {@link Summary#failures()}, and the recording is not {@code complete}, so a resumed run spots it
 * again. Cancellation stops the run after the last finished recording. Not thread safe.
 */
public final class SpotBatch {
	/** Told about each recording when its rows are written; called on the caller's thread. */
	public interface Listener {
		void done(SpotJob job, Outcome outcome);
	}

	/** What one recording gave. Immutable. */
	public static final class Outcome {
		private final SpotResult result;
		private final List<String> header;
		private final List<List<String>> rows;
		private final String error;
		private final List<String> failures;

		Outcome(SpotResult result, List<String> header, List<List<String>> rows, String error, List<String> failures) {
			this.result = result;
			this.header = header;
			this.rows = Collections.unmodifiableList(rows);
			this.error = error;
			this.failures = Collections.unmodifiableList(failures);
		}

		/** The spotter's result; null when the recording could not be spotted. */
		public SpotResult result() { return result; }
		public List<SpottedInterval> intervals() { return result == null ? List.of() : result.intervals(); }
		/** The CSV header and this recording's rows (interval rows, then an error row if any). */
		public List<String> header() { return header; }
		public List<List<String>> rows() { return rows; }
		/** Why the recording could not be spotted, or where it stopped part way; null when neither. */
		public String error() { return error; }
		/** Every problem of this recording, one line each (the error, failed annotations); empty when complete. */
		public List<String> failures() { return failures; }
		public boolean complete() { return failures.isEmpty(); }
	}

	/** Counts of one run and its failures ("path: message"). Immutable. */
	public static final class Summary {
		private final int spotted, skipped, micro, macro;
		private final List<String> failures;

		Summary(int spotted, int skipped, int micro, int macro, List<String> failures) {
			this.spotted = spotted;
			this.skipped = skipped;
			this.micro = micro;
			this.macro = macro;
			this.failures = Collections.unmodifiableList(failures);
		}

		/** Recordings spotted in this run (failed ones included). */
		public int spotted() { return spotted; }
		/** Recordings skipped because a resumed CSV already had them. */
		public int skipped() { return skipped; }
		public int micro() { return micro; }
		public int macro() { return macro; }
		public List<String> failures() { return failures; }

		@Override
		public String toString() {
			return spotted + " recording(s) spotted, " + skipped + " skipped (already done), " + failures.size() + " problem(s); " + micro + " micro and "
				+ macro + " macro interval(s)";
		}
	}

	private final Spotter spotter;
	private final SpotSettings template;
	private final Progress progress;
	private FramePreparation preparation = FramePreparation.NONE;
	private IntervalAnnotator annotator;
	private Listener listener = (j, o) -> {};
	private String fpsName = "fps";

	/** @param template the spotting settings; each recording's fps replaces its fps */
	public SpotBatch(Spotter spotter, SpotSettings template, Progress progress) {
		this.spotter = spotter;
		this.template = template.toBuilder().fps(Double.NaN).build();
		this.progress = progress == null ? Progress.NONE : progress;
	}

	/**
	 * What is done to every opened source before it is read, both passes (default
	 * {@link FramePreparation#NONE}); its settings are recorded with each recording.
	 */
	public SpotBatch prepare(FramePreparation p) {
		this.preparation = p == null ? FramePreparation.NONE : p;
		return this;
	}

	/** Annotates each wanted interval (null: none). */
	public SpotBatch annotator(IntervalAnnotator a) {
		this.annotator = a;
		return this;
	}

	public SpotBatch onRecording(Listener l) {
		this.listener = l == null ? (j, o) -> {} : l;
		return this;
	}

	/** How messages name the frame-rate option, e.g. "--fps" or "frame_rate" (default "fps"). */
	public SpotBatch fpsName(String name) {
		this.fpsName = name;
		return this;
	}

	/** The CSV header this batch writes. */
	public List<String> header() {
		return IntervalCsv.header(annotator == null ? List.of() : annotator.columns());
	}

	/**
	 * Spots the jobs in order.
	 *
	 * @param csv the intervals CSV, or null to write nothing (the listener still gets every outcome)
	 * @throws InputException when the CSV cannot be used ({@link IntervalFile#open})
	 * @throws IOException when the CSV or its settings file cannot be written (the run stops)
	 * @throws CanceledException when canceled
	 */
	public Summary run(List<SpotJob> jobs, Path csv, IntervalFile.Mode mode) throws IOException {
		int spotted = 0, skipped = 0, micro = 0, macro = 0;
		List<String> failures = new ArrayList<>();
		try (IntervalFile file = csv == null ? null : IntervalFile.open(csv, header(), spotter.id(), mode, progress)) {
			for (int i = 0; i < jobs.size(); i++) {
				progress.checkCanceled();
				SpotJob job = jobs.get(i);
				if (file != null && mode == IntervalFile.Mode.RESUME
					&& file.isDone(job.path(), template.toMap(), preparation.settings(), job.givenFps(), annotator == null ? null : annotator.id())) {
					skipped++;
					continue;
				}
				progress.status("Spotting " + job.path() + " (" + (i + 1) + "/" + jobs.size() + ")");
				Outcome o = spot(job, new SpotEvaluation.Scaled(progress, (double) i / jobs.size(), 1.0 / jobs.size()));
				spotted++;
				for (SpottedInterval s : o.intervals())
					if (s.type() == IntervalType.MICRO) micro++;
					else macro++;
				for (String f : o.failures())
					failures.add(job.path() + ": " + f);
				if (file != null) file.write(job.path(), o.rows(), SpotRecord.entry(template, preparation, job, annotator, o));
				listener.done(job, o);
			}
		}
		progress.progress(1);
		Summary s = new Summary(spotted, skipped, micro, macro, failures);
		progress.status("Spotted: " + s);
		return s;
	}

	private Outcome spot(SpotJob job, Progress p) {
		List<String> header = header();
		int extra = header.size() - IntervalCsv.FIRST_COLUMNS.size() - 1;
		List<List<String>> rows = new ArrayList<>();
		List<String> failures = new ArrayList<>();
		SpotResult result;
		try {
			try (FrameSource source = open(job)) {
				double fps = job.hasGivenFps() ? job.givenFps() : source.frameRate();
				if (!(fps > 0) || Double.isInfinite(fps))
					throw new InputException("fps of " + job.path() + " is missing or zero: its frames state no frame rate; give it with " + fpsName);
				result = spotter.spot(source, template.withFps(fps), p);
			}
		}
		catch (CanceledException e) {
			throw e;
		}
		catch (RuntimeException e) {
			String message = message(e);
			rows.add(IntervalCsv.errorRow(job.path(), extra, message));
			return new Outcome(null, header, rows, message, List.of(message));
		}
		List<Annotation> notes = annotate(job, result.intervals(), p);
		for (int i = 0; i < result.intervals().size(); i++) {
			Annotation a = notes.get(i);
			rows.add(IntervalCsv.row(job.path(), result.intervals().get(i), a.cells, extra, a.error));
			if (!a.error.isEmpty()) failures.add(result.intervals().get(i) + ": " + a.error);
		}
		String note = result.errorNote().orElse(null);
		if (note != null) {
			rows.add(IntervalCsv.errorRow(job.path(), extra, note));
			failures.add(0, note);
		}
		return new Outcome(result, header, rows, note, failures);
	}

	/** Cells (empty list: blank) and error ("" when none) of one interval. */
	private static final class Annotation {
		final List<String> cells;
		final String error;

		Annotation(List<String> cells, String error) {
			this.cells = cells;
			this.error = error;
		}
	}

	private List<Annotation> annotate(SpotJob job, List<SpottedInterval> intervals, Progress p) {
		List<Annotation> out = new ArrayList<>();
		for (int i = 0; i < intervals.size(); i++)
			out.add(new Annotation(List.of(), ""));
		if (annotator == null || intervals.stream().noneMatch(annotator::wants)) return out;
		try (FrameSource source = open(job)) {
			for (int i = 0; i < intervals.size(); i++) {
				SpottedInterval s = intervals.get(i);
				if (!annotator.wants(s)) continue;
				p.checkCanceled();
				try {
					out.set(i, new Annotation(annotator.annotate(source, job.path(), s, p), ""));
				}
				catch (CanceledException e) {
					throw e;
				}
				catch (RuntimeException e) {
					out.set(i, new Annotation(List.of(), message(e)));
				}
			}
		}
		catch (CanceledException e) {
			throw e;
		}
		catch (RuntimeException e) {
			for (int i = 0; i < intervals.size(); i++)
				if (annotator.wants(intervals.get(i)) && out.get(i).cells.isEmpty()) out.set(i, new Annotation(List.of(), message(e)));
		}
		return out;
	}

	private FrameSource open(SpotJob job) {
		return preparation.open(job::open);
	}

	private static String message(RuntimeException e) {
		return e instanceof InputException ? e.getMessage() : e.toString();
	}
}
