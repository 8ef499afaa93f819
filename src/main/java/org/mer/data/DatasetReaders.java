package org.mer.data;

import java.nio.file.Path;

import org.mer.core.Ids;
import org.mer.core.InputException;
import org.mer.core.Progress;

/** The reader of each {@link DatasetKind}, and the dataset reading every training front end does. Stateless. */
public final class DatasetReaders {
	private DatasetReaders() {}

	/** A reader for the layout; readers are stateless and may be shared. */
	public static DatasetReader forKind(DatasetKind kind) {
		switch (kind) {
			case CASME2: return new SheetDatasetReader(new SheetLayout.Casme2());
			case SAMM: return new SheetDatasetReader(new SheetLayout.Samm());
			case SMIC: return new SmicReader();
			case CASME3: return new SheetDatasetReader(new SheetLayout.Casme3());
			case MMEW: return new SheetDatasetReader(new SheetLayout.Mmew());
			case MEGC: return new MegcReader();
			case CSV: return new CsvDatasetReader();
			default: throw new IllegalArgumentException(kind.name());
		}
	}

	/**
	 * Reads a dataset to train or evaluate on (the CLI's {@code train}/{@code evaluate}/{@code compare}
	 * and the Fiji training commands): parses the kind, resolves the class set, reads, then logs
	 * every repaired or skipped row (indented) and the dataset's {@link Dataset#summary()}.
	 *
	 * @param kind a {@link DatasetKind} id
	 * @param sheet the coding sheet, or null to let the reader find it under {@code root}
	 * @param classSet a class set name or an 'emotion,class' csv; null or blank for the kind's usual set
	 * @param classSetField how the calling front end names the class-set parameter, for the error message
	 * @throws InputException for an unknown kind, a kind without usual class set and none given, or a
	 *           dataset without any usable sample
	 */
	public static Dataset readForTraining(String kind, Path root, Path sheet, String classSet, String classSetField, Progress progress) {
		DatasetKind k = Ids.parse(DatasetKind.class, kind, "dataset kind");
		String setName = classSet == null || classSet.trim().isEmpty() ? k.defaultClassSet() : classSet.trim();
		if (setName == null)
			throw new InputException(classSetField + " is needed for dataset kind " + k.id() + " (a class set name or an 'emotion,class' csv)");
		Dataset d = forKind(k).read(root, sheet, ClassSet.resolve(setName), progress);
		for (String issue : d.issues())
			progress.log("  " + issue);
		progress.log(d.summary().trim());
		if (d.samples().isEmpty()) throw new InputException("no usable sample in " + root + " with class set " + setName);
		return d;
	}
}
