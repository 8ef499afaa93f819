package org.mer.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.mer.core.InputException;
import org.mer.core.Progress;

/**
 * The MEGC2019 composite: SMIC-HS, CASME II and SAMM read with their own readers and one class
 * set (normally megc-3, SPEC §9), merged. The root holds one folder per dataset, recognised by
 * name (case ignored): {@code SMIC*}, {@code CASME2*} / {@code CASME_II*} / {@code CASMEII*},
 * {@code SAMM*}; each is read as its reader reads a root (sheets found inside). Subjects and
 * sample ids get the dataset as prefix ("casme2/sub01") so LOSO folds never mix two datasets'
 * subject 1; {@link Sample#dataset()} tells the set; issue lines are prefixed too. A sheet
 * argument is refused (each dataset has its own). Stateless, thread safe.
 */
final class MegcReader implements DatasetReader {

	@Override
	public Dataset read(Path root, Path sheet, ClassSet classes, Progress p) {
		Folders.requireFolder(root, "MEGC2019 composite");
		if (sheet != null) throw new InputException("megc: give no sheet; the CASME II and SAMM sheets are found in their folders under " + root);
		Path smic = part(root, "smic", "SMIC"), casme2 = part(root, "casme2", "CASME II"), samm = part(root, "samm", "SAMM");
		List<Sample> samples = new ArrayList<>();
		List<String> issues = new ArrayList<>();
		add(new SmicReader().read(smic, null, classes, p), samples, issues);
		add(new SheetDatasetReader(new SheetLayout.Casme2()).read(casme2, null, classes, p), samples, issues);
		add(new SheetDatasetReader(new SheetLayout.Samm()).read(samm, null, classes, p), samples, issues);
		return new Dataset("megc", classes, samples, issues);
	}

	private static void add(Dataset d, List<Sample> samples, List<String> issues) {
		for (Sample s : d.samples())
			samples.add(new Sample(s.dataset(), d.name() + "/" + s.subject(), d.name() + "/" + s.id(), s.frames(), s.range(), s.label()));
		for (String i : d.issues()) issues.add(d.name() + ": " + i);
	}

	private static Path part(Path root, String key, String title) {
		for (Path c : Folders.subfolders(root)) {
			String n = c.getFileName().toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
			if (n.startsWith(key) || key.equals("casme2") && n.startsWith("casmeii")) return c;
		}
		throw new InputException("megc: no " + title + " folder (named " + title.replace(" ", "") + "...) in " + root);
	}
}
