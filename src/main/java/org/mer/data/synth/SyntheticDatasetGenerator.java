package org.mer.data.synth;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.io.AtomicFiles;

/**
 * Writes a synthetic micro-expression dataset in the exact layout of CASME II or SAMM, so the
 * dataset readers and the training pipeline can be exercised without licensed data.
 * <p>
 * CASME II layout: {@code CASME2-RAW/sub01/EP02_01f/img46.jpg} (RGB; absolute frame numbers
 * starting at a random onset, never 1), sheet {@value #CASME2_SHEET} with columns Subject ("01"),
 * Filename, OnsetFrame, ApexFrame, OffsetFrame, Action Units, Estimated Emotion. SAMM layout:
 * {@code SAMM/006/006_1_2/006_05562.jpg} (grey), sheet {@value #SAMM_SHEET} with 13 preamble
 * text rows above the header Subject, Filename, Inducement Code, Onset Frame, Apex Frame, Offset
 * Frame, Duration, Micro, Action Units, Estimated Emotion, Objective Classes, Notes. Both write
 * apex masks {@code masks/<subject folder>/<sample>_apex_mask.png} ({@link ApexMasks}) and {@value #SETTINGS_FILE}.
 * Clips rendered with nuisances ({@link SynthSettings#isOriginal()} false) also get their
 * per-frame ground truth (head pose, light, blink, amplitudes) in
 * {@code truth/<subject folder>/<sample>.csv}, and SAMM's Notes mention an overlapping
 * macro-expression.
 * <p>
 * Determinism: subject i's face depends only on (seed, i), clip k of class c of subject i only on
 * (seed, i, c, k), so adding subjects or clips leaves the earlier ones byte-identical. Every file
 * is written through a temp file and a rename, and the sheet last, so an interrupted run never
 * leaves a sheet that names missing frames.
 */
public final class SyntheticDatasetGenerator {
	public static final String CASME2_SHEET = "CASME2-coding-synthetic.xlsx";
	public static final String SAMM_SHEET = "SAMM_Micro_FACS_Codes_synthetic.xlsx";
	public static final String SETTINGS_FILE = "synth-settings.txt";
	/** Folder of the per-frame ground truth of clips rendered with nuisances ({@code truth/<subject folder>/<sample>.csv}). */
	public static final String TRUTH_FOLDER = "truth";
	static final List<String> CASME2_HEADER = Arrays.asList("Subject", "Filename", "OnsetFrame", "ApexFrame", "OffsetFrame", "Action Units", "Estimated Emotion");
	static final List<String> SAMM_HEADER = Arrays.asList("Subject", "Filename", "Inducement Code", "Onset Frame", "Apex Frame",
		"Offset Frame", "Duration", "Micro", "Action Units", "Estimated Emotion", "Objective Classes", "Notes");

	private SyntheticDatasetGenerator() {}

	/**
	 * @return true when {@code frames} lies inside a dataset this generator wrote (an ancestor
	 *         folder holds {@value #SETTINGS_FILE}); used to label models trained on it.
	 */
	public static boolean isSynthetic(Path frames) {
		for (Path p = frames == null ? null : frames.toAbsolutePath().normalize(); p != null; p = p.getParent())
			if (java.nio.file.Files.isRegularFile(p.resolve(SETTINGS_FILE))) return true;
		return false;
	}

	/**
	 * Generates the dataset into {@code outDir} (created if needed; existing files of the same
	 * names are replaced). {@code outDir} must be missing, empty or a dataset this generator
	 * wrote (its {@code .mer-output} marker or {@value #SETTINGS_FILE}), see
	 * {@link org.mer.io.OwnedFolder#claim}.
	 *
	 * @throws InputException when a file cannot be written (names the file), or when
	 *           {@code outDir} holds files the generator did not write
	 * @throws org.mer.core.CanceledException when {@code p} asks to stop (the sheet is then not written)
	 */
	public static GeneratedDataset generate(SynthSettings s, Path outDir, Progress p) {
		write(outDir, () -> org.mer.io.OwnedFolder.claim(outDir, org.mer.io.OutputKind.SYNTHETIC_DATASET, org.mer.io.ProtectedPaths.none(), SETTINGS_FILE));
		boolean samm = s.layout() == SynthSettings.Layout.SAMM;
		Path framesRoot = outDir.resolve(samm ? "SAMM" : "CASME2-RAW"), masks = outDir.resolve(ApexMasks.FOLDER);
		List<List<Motion>> motions = motions(s);
		List<GeneratedClip> clips = new ArrayList<>();
		List<List<Object>> rows = new ArrayList<>();
		int total = s.subjects() * s.classes().size() * s.clipsPerClass(), done = 0;
		for (int subject = 1; subject <= s.subjects(); subject++) {
			p.status("synth: subject " + subject + "/" + s.subjects());
			Face face = FaceGenerator.face(s.seed(), subject, s.width(), s.height());
			String subjectId = samm ? String.format("%03d", 5 + subject) : String.format("%02d", subject);
			String subjectDir = samm ? subjectId : "sub" + subjectId;
			for (int c = 0; c < s.classes().size(); c++) {
				for (int k = 0; k < s.clipsPerClass(); k++) {
					p.checkCanceled();
					int j = c * s.clipsPerClass() + k;
					long clipSeed = Seeds.mix(s.seed(), subject, c, k);
					RenderedClip clip = draw(face, motions, c, s, clipSeed);
					Random r = new Random(Seeds.mix(clipSeed, 3));
					int onset = samm ? 1000 + r.nextInt(8000) : 10 + r.nextInt(290);
					String name = samm ? subjectId + "_" + (1 + j % 7) + "_" + (1 + j / 7)
						: String.format("EP%02d_%02d%s", 2 + j, 1 + k % 9, j % 3 == 2 ? "" : "f");
					Path frames = framesRoot.resolve(subjectDir).resolve(name);
					String pattern = samm ? subjectId + "_%05d." : "img%d.";
					writeFrames(clip, frames, pattern + s.format().extension(), onset, samm, s);
					Path mask = ApexMasks.file(outDir, subjectDir, name);
					write(mask, () -> SynthImages.writeMask(clip.apexMask(), s.width(), s.height(), mask));
					Path truth = clip instanceof NuisanceClip ? writeTruth((NuisanceClip) clip, outDir.resolve(TRUTH_FOLDER).resolve(subjectDir).resolve(name + ".csv"), onset) : null;
					int apex = onset + clip.apexIndex(), offset = onset + clip.length() - 1;
					String emotion = s.classes().get(c), aus = ClassMotions.actionUnits(motions.get(c));
					clips.add(new GeneratedClip(subjectId, name, frames, mask, onset, apex, offset, emotion, aus, clip.peak(), clip.hasBlink(), truth));
					rows.add(samm
						? Arrays.<Object>asList(subjectId, name, 1 + j % 7, onset, apex, offset, offset - onset + 1, "Micro", aus, emotion, 1 + c, notes(clip))
						: Arrays.<Object>asList(subjectId, name, onset, apex, offset, aus, emotion));
					p.progress(++done / (double) total);
				}
			}
		}
		Path settingsFile = outDir.resolve(SETTINGS_FILE);
		write(settingsFile, () -> AtomicFiles.writeString(settingsFile, s.toString() + System.lineSeparator()));
		Path sheet = outDir.resolve(samm ? SAMM_SHEET : CASME2_SHEET);
		write(sheet, () -> SheetFiles.writeXlsx(sheet, samm ? "SAMM" : "Sheet1", samm ? sammPreamble(s) : Collections.<String>emptyList(),
			samm ? SAMM_HEADER : CASME2_HEADER, rows));
		p.status("synth: wrote " + clips.size() + " clips to " + outDir);
		return new GeneratedDataset(outDir, framesRoot, sheet, masks, clips);
	}

	/**
	 * Writes one clip of the first class of {@code s} (subject 1, clip seed from {@code s.seed()})
	 * as a demo: {@code outDir/clip/img<N>.<ext>} frames, {@code outDir/apex_mask.png} and
	 * {@code outDir/clip.csv} (onset, apex, offset, frames, class, action units, peak_px).
	 */
	public static GeneratedClip writeDemoClip(SynthSettings s, Path outDir) {
		Face face = FaceGenerator.face(s.seed(), 1, s.width(), s.height());
		List<List<Motion>> all = motions(s);
		List<Motion> motions = all.get(0);
		RenderedClip clip = draw(face, all, 0, s, Seeds.mix(s.seed(), 1, 0, 0));
		int onset = 46, apex = onset + clip.apexIndex(), offset = onset + clip.length() - 1;
		Path frames = outDir.resolve("clip"), mask = outDir.resolve("apex_mask.png"), csv = outDir.resolve("clip.csv");
		writeFrames(clip, frames, "img%d." + s.format().extension(), onset, false, s);
		write(mask, () -> SynthImages.writeMask(clip.apexMask(), s.width(), s.height(), mask));
		String aus = ClassMotions.actionUnits(motions);
		write(csv, () -> AtomicFiles.writeString(csv, "frames,onset,apex,offset,class,action_units,peak_px\n" +
			"clip," + onset + "," + apex + "," + offset + "," + s.classes().get(0) + "," + aus + "," + String.format(java.util.Locale.ROOT, "%.3f", clip.peak()) + "\n"));
		Path truth = clip instanceof NuisanceClip ? writeTruth((NuisanceClip) clip, outDir.resolve("clip_truth.csv"), onset) : null;
		return new GeneratedClip("01", "clip", frames, mask, onset, apex, offset, s.classes().get(0), aus, clip.peak(), clip.hasBlink(), truth);
	}

	/** Each class's motions: {@link ClassMotions#forClasses}, made to overlap when the settings ask. */
	static List<List<Motion>> motions(SynthSettings s) {
		List<List<Motion>> sets = ClassMotions.forClasses(s.classes());
		return s.classOverlap() ? ClassMotions.overlapping(sets) : sets;
	}

	/**
	 * The clip of class c: the original renderer when the settings are {@link SynthSettings#isOriginal()},
	 * else a {@link NuisanceClip} whose leaking macro-expression (if any) performs another class's
	 * motions (a single class: a lip stretch with a brow raise).
	 */
	private static RenderedClip draw(Face face, List<List<Motion>> motions, int c, SynthSettings s, long clipSeed) {
		if (s.isOriginal()) return SyntheticClip.draw(face, motions.get(c), s, clipSeed);
		int n = motions.size();
		List<Motion> leak = n > 1 ? motions.get((c + 1 + new Random(Seeds.mix(clipSeed, 4)).nextInt(n - 1)) % n)
			: Arrays.asList(Motion.LIP_STRETCH, Motion.BROW_RAISE);
		return NuisanceClip.draw(face, motions.get(c), leak, s, clipSeed);
	}

	private static String notes(RenderedClip clip) {
		boolean macro = clip instanceof NuisanceClip && ((NuisanceClip) clip).macroSpan() != null;
		return clip.hasBlink() ? (macro ? "blink; macro-expression overlaps" : "blink") : macro ? "macro-expression overlaps" : "";
	}

	private static void writeFrames(RenderedClip clip, Path dir, String pattern, int onset, boolean grey, SynthSettings s) {
		int quality = clip instanceof NuisanceClip ? ((NuisanceClip) clip).jpegQuality() : s.jpegQuality();
		for (int t = 0; t < clip.length(); t++) {
			float[][] rgb = clip.frame(t);
			Path file = dir.resolve(String.format(pattern, onset + t));
			write(file, () -> SynthImages.writeFrame(rgb, s.width(), s.height(), grey, s.format(), quality, file));
		}
	}

	/** Writes the per-frame ground truth of a clip: frame number then {@link NuisanceClip#TRUTH_COLUMNS}. */
	private static Path writeTruth(NuisanceClip clip, Path file, int onset) {
		StringBuilder sb = new StringBuilder("frame,").append(String.join(",", NuisanceClip.TRUTH_COLUMNS)).append('\n');
		for (int t = 0; t < clip.length(); t++) sb.append(clip.truthLine(onset + t, t)).append('\n');
		write(file, () -> AtomicFiles.writeString(file, sb.toString()));
		return file;
	}

	private static List<String> sammPreamble(SynthSettings s) {
		List<String> lines = new ArrayList<>(Arrays.asList(
			"SAMM-layout synthetic micro-expression dataset (no real faces; made by ./mer synth)",
			"Generator settings: " + s,
			"Frames: SAMM/<subject>/<subject>_<inducement>_<clip>/<subject>_<frame 5 digits>.jpg, grey",
			"Onset, Apex and Offset Frame are absolute frame numbers (file names), not positions",
			"Ground-truth apex masks: masks/<subject>/<filename>_apex_mask.png",
			"Objective Classes: index of the Estimated Emotion in the generator's class list, from 1",
			"Duration: Offset Frame - Onset Frame + 1",
			"Micro: every clip is a micro-expression",
			"Action Units: the FACS-like units the synthetic warp imitates",
			"Notes: 'blink' when the clip contains a blink unrelated to the class",
			"Classes: " + String.join(", ", s.classes()),
			"Subjects: " + s.subjects() + ", clips per class: " + s.clipsPerClass(),
			"The header row follows"));
		return lines;
	}

	private interface IoAction {
		void run() throws IOException;
	}

	private static void write(Path file, IoAction action) {
		try {
			action.run();
		}
		catch (IOException e) {
			throw new InputException("cannot write " + file + ": " + e.getMessage(), e);
		}
	}
}
