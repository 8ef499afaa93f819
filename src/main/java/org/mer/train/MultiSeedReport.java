package org.mer.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.mer.io.AtomicFiles;

/**
 * The result of a {@link MultiSeedComparison}: the cells with their runs per seed, the paired
 * differences of the claim pairs, the settings of the statistics and free-text notes (e.g.
 * "synthetic data"). Written by {@link #write} as
 * <ul>
 * <li>{@value #MARKDOWN}: a header (dataset, protocol, epochs, model selection, input size,
 * seeds, notes); the cell table with "0.812 +- 0.021 [0.760, 0.864]" cells (mean +- sd over the
 * seeds [t interval]; one seed: "0.812 (1 seed: no interval)"); the table of paired differences
 * with their bootstrap intervals and raw and Holm-adjusted p-values, "n.s." where the adjusted p
 * exceeds alpha; a paragraph stating the method and its references;</li>
 * <li>{@value #CSV}: one row per cell (mean, sd, interval of each metric; empty when absent);</li>
 * <li>{@value #SEEDS_CSV}: one row per cell and seed (pooled acc, uf1, uar, n, folds);</li>
 * <li>{@value #DIFFERENCES_CSV}: one row per pair and metric;</li>
 * <li>{@value #JSON}: all of it.</li>
 * </ul>
 * The names are those of the single-seed {@link ComparisonTable}: a multi-seed comparison writes
 * this report instead of that table. Immutable.
 */
public final class MultiSeedReport {
	public static final String MARKDOWN = "comparison.md", CSV = "comparison.csv", SEEDS_CSV = "comparison-seeds.csv",
		DIFFERENCES_CSV = "comparison-differences.csv", JSON = "comparison.json";

	private final List<MultiSeedCell> cells;
	private final List<PairedDifference> differences;
	private final SignificanceSettings settings;
	private final List<String> notes;

	MultiSeedReport(List<MultiSeedCell> cells, List<PairedDifference> differences, SignificanceSettings settings) {
		this(cells, differences, settings, Collections.emptyList());
	}

	private MultiSeedReport(List<MultiSeedCell> cells, List<PairedDifference> differences, SignificanceSettings settings, List<String> notes) {
		this.cells = Collections.unmodifiableList(new ArrayList<>(cells));
		this.differences = Collections.unmodifiableList(new ArrayList<>(differences));
		this.settings = settings;
		this.notes = Collections.unmodifiableList(new ArrayList<>(notes));
	}

	/** The cells in table order. */
	public List<MultiSeedCell> cells() { return cells; }

	/** The tested pairs, MESTI pairs first, then GA pairs ({@link ClaimPair#of}). */
	public List<PairedDifference> differences() { return differences; }

	public SignificanceSettings settings() { return settings; }

	/** Lines shown under the header of every file (e.g. that the data are synthetic). */
	public List<String> notes() { return notes; }

	/** The same report with one more note line. */
	public MultiSeedReport withNote(String note) {
		List<String> more = new ArrayList<>(notes);
		more.add(note);
		return new MultiSeedReport(cells, differences, settings, more);
	}

	/** The cell of this comparison, or null. */
	public MultiSeedCell cell(ComparisonCell cell) {
		for (MultiSeedCell c : cells)
			if (c.cell().equals(cell)) return c;
		return null;
	}

	public String toMarkdown() {
		return MultiSeedTables.markdown(this);
	}

	public String toCsv() throws IOException {
		return MultiSeedTables.cellsCsv(this);
	}

	public String seedsCsv() throws IOException {
		return MultiSeedTables.seedsCsv(this);
	}

	public String differencesCsv() throws IOException {
		return MultiSeedTables.differencesCsv(this);
	}

	public String toJson() {
		return MultiSeedTables.json(this);
	}

	/** Writes the five files into {@code dir} (created when missing), each atomically. */
	public void write(Path dir) throws IOException {
		AtomicFiles.writeString(dir.resolve(MARKDOWN), toMarkdown());
		AtomicFiles.writeString(dir.resolve(CSV), toCsv());
		AtomicFiles.writeString(dir.resolve(SEEDS_CSV), seedsCsv());
		AtomicFiles.writeString(dir.resolve(DIFFERENCES_CSV), differencesCsv());
		AtomicFiles.writeString(dir.resolve(JSON), toJson());
	}
}
