package org.mer.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mer.core.Progress;

/**
 * SMIC-HS, -VIS and -NIR as distributed: {@code HS/s1/micro/negative/s1_ne_01/image*.bmp}. Labels
 * come from the emotion folder names; there is no sheet and no apex (samples have onset = first
 * frame, offset = last frame, apex absent, to be spotted). The root may be the folder holding
 * HS/VIS/NIR, one of them, or any folder above (searched to depth 5 for "micro" folders); when
 * several cameras are present HS is used (else the first) and the others are reported. Subjects
 * are the folder names above "micro" (s1, s2, ...); sample ids are "HS/s1/s1_ne_01". A given
 * sheet is not used (reported in the log). Stateless, thread safe.
 */
final class SmicReader implements DatasetReader {
	private static final List<String> CAMERAS = Arrays.asList("HS", "VIS", "NIR");

	@Override
	public Dataset read(Path root, Path sheet, ClassSet classes, Progress p) {
		Folders.requireFolder(root, "SMIC");
		if (sheet != null) p.log("smic: labels come from folder names; the sheet " + sheet + " is not used");
		List<Path> micro = new ArrayList<>();
		collectMicro(root, 0, micro);
		if (micro.isEmpty()) throw new org.mer.core.InputException("no SMIC 'micro' folders (HS/s1/micro/negative/s1_ne_01/...) under " + root);
		Map<String, List<Path>> byCamera = new LinkedHashMap<>();
		for (Path m : micro) byCamera.computeIfAbsent(camera(m), k -> new ArrayList<>()).add(m);
		List<String> issues = new ArrayList<>();
		String use = byCamera.containsKey("HS") ? "HS" : byCamera.keySet().iterator().next();
		if (byCamera.size() > 1)
			issues.add("SMIC: found cameras " + byCamera.keySet() + "; using " + (use.isEmpty() ? "the folders without camera name" : use)
				+ " (give the root of one camera to use another)");
		List<Sample> samples = new ArrayList<>();
		List<Path> folders = byCamera.get(use);
		for (int i = 0; i < folders.size(); i++) {
			Path m = folders.get(i);
			String subject = m.getParent().getFileName().toString();
			for (Path emotionDir : Folders.subfolders(m)) {
				String emotion = emotionDir.getFileName().toString();
				for (Path sampleDir : Folders.subfolders(emotionDir)) {
					p.checkCanceled();
					String id = (use.isEmpty() ? "" : use + "/") + subject + "/" + sampleDir.getFileName();
					Sample s = SampleCheck.check("folder " + id, "smic", subject, id, sampleDir, null, null, null, emotion, classes, issues);
					if (s != null) samples.add(s);
				}
			}
			p.progress((i + 1) / (double) folders.size());
		}
		return new Dataset("smic", classes, samples, issues);
	}

	private static void collectMicro(Path dir, int depth, List<Path> out) {
		for (Path c : Folders.subfolders(dir)) {
			if (c.getFileName().toString().equalsIgnoreCase("micro")) out.add(c);
			else if (depth < 5) collectMicro(c, depth + 1, out);
		}
	}

	/** HS, VIS or NIR: the nearest folder above the subject with one of those names, else "". */
	private static String camera(Path micro) {
		for (Path p = micro.getParent(); p != null && p.getFileName() != null; p = p.getParent()) {
			String n = p.getFileName().toString().toUpperCase(Locale.ROOT);
			if (CAMERAS.contains(n)) return n;
			for (String c : CAMERAS)
				if (n.endsWith("_" + c) || n.endsWith("-" + c)) return c;
		}
		return "";
	}
}
