package org.mer.data;

/** The reader of each {@link DatasetKind}. Stateless. */
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
}
