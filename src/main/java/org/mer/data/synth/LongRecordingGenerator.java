package org.mer.data.synth;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.io.AtomicFiles;
import org.mer.io.IoConsumer;

/**
 * Writes synthetic long recordings in the synth-lv layout (see the package documentation): per
 * subject and video, a recording of micro- and macro-expressions, blinks, head drift and turns
 * and flickering light ({@link RecordingScript}), rendered one frame at a time and written at once
 * to every output (frame files, lossless video, mp4, per-frame truth), so memory stays flat
 * whatever the length. A recording is a deterministic function of (seed, subject, video): adding
 * subjects or videos leaves the others byte-identical.
 * <p>
 * The output folder must be new, empty, or one this generator wrote (it holds {@value #MARKER});
 * anything else is refused, so a user's files are never overwritten. Files are written through
 * temporary files and renames; the coding sheet comes last, so an interrupted run never leaves a
 * sheet naming missing frames. Files of a previous run with other names are left in place.
 */
public final class LongRecordingGenerator {
	/** Marker file naming the generator; its presence lets a later run write into the folder again. */
	public static final String MARKER = ".mer-synth";
	public static final String SETTINGS_FILE = "synth-lv-settings.txt";
	public static final String SHEET = "synth-lv_coding.xlsx";
	public static final String GROUND_TRUTH = "ground_truth.csv";
	public static final String INDEX = "recordings.csv";
	public static final List<String> SHEET_HEADER = Collections.unmodifiableList(Arrays.asList("Subject", "Video", "Onset", "Apex", "Offset", "Type",
		"Label", "Action Units"));
	static final String INDEX_HEADER = "subject,video,fps,frames,width,height,jpeg_quality,frames_folder,lossless_video,mp4_video,truth";
	static final String GROUND_TRUTH_HEADER = "subject,video,kind,onset,apex,offset,label,action_units,peak_px";

	private LongRecordingGenerator() {}

	/**
	 * Generates every recording of the settings into {@code out}.
	 *
	 * @return what was written
	 * @throws InputException when {@code out} is not empty and was not written by this generator,
	 *           or a file cannot be written (names the folder or file)
	 * @throws org.mer.core.CanceledException when {@code p} asks to stop (no sheet is then written)
	 */
	public static GeneratedRecordings generate(LongSynthSettings s, Path out, Progress p) {
		claim(out, s);
		write(out.resolve(SETTINGS_FILE), f -> AtomicFiles.writeString(f, s + System.lineSeparator()));
		List<List<Motion>> motions = ClassMotions.forClasses(s.classes());
		List<GeneratedRecording> recordings = new ArrayList<>();
		int total = s.subjects() * s.videosPerSubject();
		for (int subject = 1; subject <= s.subjects(); subject++) {
			FacePainter painter = new FacePainter(s.seed(), subject, s.width(), s.height());
			List<ExpressionField> fields = new ArrayList<>();
			for (List<Motion> m : motions) fields.add(new ExpressionField(painter.geometry(), m, s.width(), s.height()));
			FaceRenderer renderer = new FaceRenderer(painter);
			String subjectId = String.format(Locale.ROOT, "s%02d", subject);
			for (int video = 1; video <= s.videosPerSubject(); video++) {
				String videoId = subjectId + "_" + video;
				long seed = Seeds.mix(s.seed(), subject, video, 0x5EL);
				RecordingScript script = new RecordingScript(s, painter.geometry(), fields, seed);
				p.status("synth-lv: " + videoId + " (" + script.length + " frames)");
				if (script.dropped > 0) p.log("synth-lv: " + videoId + ": " + script.dropped + " expressions found no free place and were left out");
				int done = recordings.size();
				recordings.add(render(s, out, subjectId, videoId, script, renderer, motions, seed, p, f -> p.progress((done + f) / total)));
			}
		}
		Path index = out.resolve(INDEX), truth = out.resolve(GROUND_TRUTH), sheet = out.resolve(SHEET);
		write(index, f -> AtomicFiles.writeString(f, indexCsv(out, recordings)));
		write(truth, f -> AtomicFiles.writeString(f, groundTruthCsv(recordings)));
		List<List<Object>> rows = new ArrayList<>();
		for (GeneratedRecording r : recordings)
			for (GeneratedRecording.Interval i : r.expressions())
				rows.add(Arrays.<Object>asList(r.subject(), r.video(), i.onset(), i.apex(), i.offset(), i.kind(), i.label(), i.actionUnits()));
		write(sheet, f -> SheetFiles.writeXlsx(f, "synth-lv", Collections.<String>emptyList(), SHEET_HEADER, rows));
		p.status("synth-lv: wrote " + recordings.size() + " recordings to " + out);
		return new GeneratedRecordings(out, sheet, truth, index, recordings);
	}

	/** Refuses a non-empty folder without the marker; writes the marker. */
	private static void claim(Path out, LongSynthSettings s) {
		if (Files.exists(out) && !Files.isDirectory(out)) throw new InputException("output " + out + " is not a folder");
		if (Files.isDirectory(out) && !Files.isRegularFile(out.resolve(MARKER))) {
			try (Stream<Path> entries = Files.list(out)) {
				if (entries.findAny().isPresent())
					throw new InputException("output folder " + out + " is not empty and was not written by the synthetic generator (no " + MARKER
						+ "); choose a new or empty folder");
			}
			catch (IOException e) {
				throw new InputException("cannot list output folder " + out + ": " + e.getMessage(), e);
			}
		}
		write(out.resolve(MARKER), f -> AtomicFiles.writeString(f, "MESTI-MEGANet synthetic long recordings (synth-lv layout 1); no real faces"
			+ System.lineSeparator() + s + System.lineSeparator()));
	}

	private interface Fraction {
		void done(double fraction);
	}

	private static GeneratedRecording render(LongSynthSettings s, Path out, String subject, String video, RecordingScript script, FaceRenderer renderer,
		List<List<Motion>> motions, long seed, Progress p, Fraction fraction) {
		Path frameDir = s.writesFrames() ? out.resolve("frames").resolve(subject).resolve(video) : null;
		Path lossless = s.writesLossless() ? out.resolve("videos").resolve(subject).resolve(video + "." + s.losslessContainer()) : null;
		Path mp4 = s.writesMp4() ? out.resolve("videos").resolve(subject).resolve(video + ".mp4") : null;
		Path truth = out.resolve("truth").resolve(subject).resolve(video + ".csv");
		List<Path> targets = new ArrayList<>(Arrays.asList(truth));
		if (lossless != null) targets.add(lossless);
		if (mp4 != null) targets.add(mp4);
		String pattern = "img%05d." + s.format().extension();
		int n = script.length;
		write(truth, f -> atomically(targets, 0, new ArrayList<>(), temps -> {
			int k = 1;
			try (BufferedWriter w = Files.newBufferedWriter(temps.get(0), StandardCharsets.UTF_8);
				VideoRecorder a = lossless == null ? null : new VideoRecorder(temps.get(k++), s.width(), s.height(), s.fps(), VideoRecorder.Codec.FFV1, s.grey());
				VideoRecorder m = mp4 == null ? null : new VideoRecorder(temps.get(k), s.width(), s.height(), s.fps(), VideoRecorder.Codec.MPEG4, s.grey())) {
				w.write("frame," + String.join(",", NuisanceClip.TRUTH_COLUMNS) + "\n");
				for (int t = 0; t < n; t++) {
					p.checkCanceled();
					float[][] rgb = renderer.render(script.state(t), s.noiseSigma(), s.nuisances().shotNoise(), new Random(Seeds.mix(seed, 23, t)));
					if (frameDir != null)
						SynthImages.writeFrame(rgb, s.width(), s.height(), s.grey(), s.format(), script.jpegQuality, frameDir.resolve(String.format(pattern, t + 1)));
					if (a != null) a.write(rgb);
					if (m != null) m.write(rgb);
					w.write(truthLine(t + 1, script.truth(t)));
					if (t % 64 == 0) fraction.done(t / (double) n);
				}
			}
		}));
		return new GeneratedRecording(subject, video, s.fps(), n, s.width(), s.height(), script.jpegQuality, frameDir, lossless, mp4, truth,
			intervals(script, s, motions));
	}

	/** Runs {@code body} with a temporary file for each target; each replaces its target once all succeeded. */
	private static void atomically(List<Path> targets, int i, List<Path> temps, IoConsumer<List<Path>> body) throws IOException {
		if (i == targets.size()) {
			body.accept(temps);
			return;
		}
		AtomicFiles.write(targets.get(i), tmp -> {
			temps.add(tmp);
			atomically(targets, i + 1, temps, body);
		});
	}

	private static String truthLine(int frame, double[] values) {
		StringBuilder sb = new StringBuilder().append(frame);
		for (double v : values) sb.append(',').append(String.format(Locale.ROOT, "%.5f", v));
		return sb.append('\n').toString();
	}

	private static List<GeneratedRecording.Interval> intervals(RecordingScript script, LongSynthSettings s, List<List<Motion>> motions) {
		List<GeneratedRecording.Interval> out = new ArrayList<>();
		for (RecordingScript.Event e : script.events)
			out.add(new GeneratedRecording.Interval(e.micro ? "micro" : "macro", e.onset + 1, e.apex + 1, e.offset + 1, s.classes().get(e.classIndex),
				ClassMotions.actionUnits(motions.get(e.classIndex)), e.peak));
		for (RecordingScript.Blink b : script.blinks)
			out.add(new GeneratedRecording.Interval("blink", b.start + 1, -1, Math.min(script.length, b.start + b.frames), "", "", 0));
		for (HeadTurn t : script.head.turns())
			out.add(new GeneratedRecording.Interval("head_turn", t.start + 1, -1, t.end() + 1, "", "", 0));
		out.sort((a, b) -> Integer.compare(a.onset(), b.onset()));
		return out;
	}

	private static String indexCsv(Path out, List<GeneratedRecording> recordings) {
		StringBuilder sb = new StringBuilder(INDEX_HEADER).append('\n');
		for (GeneratedRecording r : recordings)
			sb.append(String.join(",", r.subject(), r.video(), number(r.fps()), Integer.toString(r.frames()), Integer.toString(r.width()),
				Integer.toString(r.height()), Integer.toString(r.jpegQuality()), relative(out, r.frameFolder()), relative(out, r.losslessVideo()),
				relative(out, r.mp4Video()), relative(out, r.truth()))).append('\n');
		return sb.toString();
	}

	private static String groundTruthCsv(List<GeneratedRecording> recordings) {
		StringBuilder sb = new StringBuilder(GROUND_TRUTH_HEADER).append('\n');
		for (GeneratedRecording r : recordings)
			for (GeneratedRecording.Interval i : r.intervals())
				sb.append(String.join(",", r.subject(), r.video(), i.kind(), Integer.toString(i.onset()), Integer.toString(i.apex()), Integer.toString(i.offset()),
					i.label(), i.actionUnits(), String.format(Locale.ROOT, "%.4f", i.peak()))).append('\n');
		return sb.toString();
	}

	private static String number(double v) {
		return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
	}

	private static String relative(Path root, Path p) {
		return p == null ? "" : root.relativize(p).toString().replace('\\', '/');
	}

	private static void write(Path file, IoConsumer<Path> action) {
		try {
			action.accept(file);
		}
		catch (IOException e) {
			throw new InputException("cannot write " + file + ": " + e.getMessage(), e);
		}
	}
}
