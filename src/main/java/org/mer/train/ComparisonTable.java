package org.mer.train;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mer.io.AtomicFiles;

/**
 * The result of a {@link Comparison}: one cell per (modality, network) with the pooled ACC,
 * UF1 and UAR (SPEC §8), written as {@value #MARKDOWN} (a header naming dataset, protocol,
 * epochs, model selection and seed, then one row per cell) and {@value #CSV} (columns modality,
 * network, acc, uf1, uar, n, folds, seconds, seconds_per_epoch). Immutable.
 */
public final class ComparisonTable {
	public static final String MARKDOWN = "comparison.md", CSV = "comparison.csv";

	/** One evaluated (modality, network) pair. */
	public static final class Cell {
		private final String modality, network;
		private final Metrics metrics;
		private final int folds;
		private final double seconds, secondsPerEpoch;

		public Cell(String modality, String network, Metrics metrics, int folds, double seconds, double secondsPerEpoch) {
			this.modality = modality;
			this.network = network;
			this.metrics = metrics;
			this.folds = folds;
			this.seconds = seconds;
			this.secondsPerEpoch = secondsPerEpoch;
		}

		public String modality() { return modality; }
		public String network() { return network; }
		/** Pooled metrics of the cell's evaluation. */
		public Metrics metrics() { return metrics; }
		public int folds() { return folds; }
		/** Wall-clock seconds of the cell (training and prediction). */
		public double seconds() { return seconds; }
		public double secondsPerEpoch() { return secondsPerEpoch; }
	}

	private final String dataset;
	private final TrainSettings base;
	private final List<Cell> cells;

	public ComparisonTable(String dataset, TrainSettings base, List<Cell> cells) {
		this.dataset = dataset;
		this.base = base;
		this.cells = cells;
	}

	public List<Cell> cells() { return cells; }

	/** The markdown table, one row per cell in run order. */
	public String toMarkdown() {
		StringBuilder sb = new StringBuilder();
		sb.append(String.format(Locale.ROOT, "Comparison on %s: %s, %d epochs, %s, seed %d, input %d px; pooled metrics (SPEC §8)\n\n",
			dataset, base.protocol().id(), base.epochs(), base.modelSelection(), base.seed(), base.inputSize()));
		sb.append("| modality | network | ACC | UF1 | UAR | n | s/epoch |\n");
		sb.append("|---|---|---:|---:|---:|---:|---:|\n");
		for (Cell c : cells)
			sb.append(String.format(Locale.ROOT, "| %s | %s | %.4f | %.4f | %.4f | %d | %s |\n", c.modality, c.network, c.metrics.acc(),
				c.metrics.uf1(), c.metrics.uar(), c.metrics.n(), Double.isNaN(c.secondsPerEpoch) ? "-" : String.format(Locale.ROOT, "%.2f", c.secondsPerEpoch)));
		return sb.toString();
	}

	/** The CSV table with a header row. */
	public String toCsv() throws IOException {
		StringWriter out = new StringWriter();
		try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
			.setHeader("modality", "network", "acc", "uf1", "uar", "n", "folds", "seconds", "seconds_per_epoch").build()))
		{
			for (Cell c : cells)
				p.printRecord(c.modality, c.network, f(c.metrics.acc()), f(c.metrics.uf1()), f(c.metrics.uar()), c.metrics.n(), c.folds,
					String.format(Locale.ROOT, "%.1f", c.seconds), Double.isNaN(c.secondsPerEpoch) ? "" : String.format(Locale.ROOT, "%.3f", c.secondsPerEpoch));
		}
		return out.toString();
	}

	/** Writes both files into {@code dir}, atomically. */
	public void write(Path dir) throws IOException {
		AtomicFiles.writeString(dir.resolve(MARKDOWN), toMarkdown());
		AtomicFiles.writeString(dir.resolve(CSV), toCsv());
	}

	private static String f(double v) {
		return String.format(Locale.ROOT, "%.4f", v);
	}
}
