package org.mer.train;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.gson.GsonBuilder;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mer.io.AtomicFiles;
import org.mer.stats.MeanEstimate;

/**
 * One evaluation (one modality, one network) repeated with several training seeds, summarised
 * (issue 13 §1, {@code evaluate --seeds}): for UF1, UAR and ACC the mean over the seeds, the
 * sample sd and Student's t interval of the mean ({@link MultiSeedCell#summary}, the same cells as
 * a multi-seed comparison's table). Each seed's full report lives in its own folder
 * ({@link #seedFolder}). Written by {@link #write} as
 * <ul>
 * <li>{@value #MARKDOWN}: header (dataset, network, modality, protocol, epochs, model selection,
 * input size, seeds, notes), the table "metric | mean +- sd [interval] | per seed", the table of
 * the seeds (pooled ACC, UF1, UAR, n, folds, report folder) and how the interval is made;</li>
 * <li>{@value #CSV}: one row per seed ({@code seed, acc, uf1, uar, n, folds}) and no summary row
 * (the summary is in {@value #JSON} and the markdown);</li>
 * <li>{@value #JSON}: the settings of the first seed, each metric's values, mean, sd, interval.</li>
 * </ul>
 * Immutable.
 */
public final class SeedSummary {
	public static final String MARKDOWN = "summary.md", CSV = "summary.csv", JSON = "summary.json";
	private static final PooledMetric[] SHOWN = { PooledMetric.UF1, PooledMetric.UAR, PooledMetric.ACC };

	private final MultiSeedCell cell;
	private final double level;
	private final List<String> notes;

	/**
	 * @param level confidence level of the intervals, e.g. 0.95
	 * @throws IllegalArgumentException for a level outside (0, 1)
	 */
	public SeedSummary(MultiSeedCell cell, double level) {
		this(cell, level, Collections.emptyList());
	}

	private SeedSummary(MultiSeedCell cell, double level, List<String> notes) {
		if (!(level > 0 && level < 1)) throw new IllegalArgumentException("confidence level must be in (0, 1), got " + level);
		this.cell = cell;
		this.level = level;
		this.notes = Collections.unmodifiableList(new ArrayList<>(notes));
	}

	/** The folder of one seed's report inside the summary's folder: {@code seed-<n>}. */
	public static Path seedFolder(Path folder, long seed) {
		return folder.resolve("seed-" + seed);
	}

	/** The same summary with one more note line (e.g. that the data are synthetic). */
	public SeedSummary withNote(String note) {
		List<String> more = new ArrayList<>(notes);
		more.add(note);
		return new SeedSummary(cell, level, more);
	}

	public MultiSeedCell cell() { return cell; }

	/** Mean, sd and interval of a metric over the seeds. */
	public MeanEstimate estimate(PooledMetric metric) {
		return cell.summary(metric, level);
	}

	public String toMarkdown() {
		RunResult first = cell.runs().values().iterator().next();
		TrainSettings s = first.settings();
		StringBuilder sb = new StringBuilder();
		sb.append(String.format(Locale.ROOT, "Evaluation of %s on %s", cell.cell().network().id(), cell.cell().modalityLabel()));
		sb.append(" with ").append(first.dataset());
		if (s != null)
			sb.append(String.format(Locale.ROOT, ": %s, %d epochs, %s, input %d px, input scaling %s", s.protocol().id(), s.epochs(), s.modelSelection(),
				s.inputSize(), s.scaling()));
		sb.append("; ").append(SeedPlan.of(cell.seeds()).describe()).append("; pooled metrics (SPEC §8)\n\n");
		for (String note : notes)
			sb.append(note).append("\n\n");
		sb.append(String.format(Locale.ROOT, "| metric | mean +- sd [%s t interval] | per seed |\n|---|---|---|\n", percent()));
		for (PooledMetric m : SHOWN) {
			StringBuilder values = new StringBuilder();
			for (double v : cell.values(m))
				values.append(values.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f", v));
			sb.append("| ").append(m.label()).append(" | ").append(MultiSeedTables.cellText(estimate(m))).append(" | ").append(values).append(" |\n");
		}
		sb.append("\n| seed | UF1 | UAR | ACC | n | folds | report |\n|---:|---:|---:|---:|---:|---:|---|\n");
		for (Map.Entry<Long, RunResult> e : cell.runs().entrySet()) {
			Metrics m = e.getValue().pooled();
			sb.append(String.format(Locale.ROOT, "| %d | %.3f | %.3f | %.3f | %d | %d | seed-%d/ |\n", e.getKey(), m.uf1(), m.uar(), m.acc(), m.n(),
				e.getValue().folds().size(), e.getKey()));
		}
		sb.append("\nThe interval is Student's t interval of the mean over the seeds (n - 1 degrees of freedom): it says how much the pooled "
			+ "metric moves when only the training seed changes, not how it would move on other subjects (docs/statistics.md).\n");
		return sb.toString();
	}

	public String toCsv() throws IOException {
		StringWriter out = new StringWriter();
		try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("seed", "acc", "uf1", "uar", "n", "folds").build())) {
			for (Map.Entry<Long, RunResult> e : cell.runs().entrySet()) {
				Metrics m = e.getValue().pooled();
				p.printRecord(e.getKey(), number(m.acc()), number(m.uf1()), number(m.uar()), m.n(), e.getValue().folds().size());
			}
		}
		return out.toString();
	}

	public String toJson() {
		Map<String, Object> root = new LinkedHashMap<>();
		RunResult first = cell.runs().values().iterator().next();
		root.put("dataset", first.dataset());
		root.put("notes", notes);
		root.put("modality", cell.cell().modalityLabel());
		root.put("modality_key", cell.cell().modality().key());
		root.put("network", cell.cell().network().id());
		root.put("seeds", cell.seeds());
		root.put("level", level);
		if (first.settings() != null) root.put("settings", first.settings().toMap());
		for (PooledMetric metric : PooledMetric.values()) {
			MeanEstimate e = estimate(metric);
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("values", cell.values(metric));
			m.put("mean", e.mean());
			m.put("sd", Double.isNaN(e.sd()) ? null : e.sd());
			m.put("ci", e.interval().map(ci -> List.of(ci.low(), ci.high())).orElse(null));
			root.put(metric.id(), m);
		}
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(root) + "\n";
	}

	/** Writes the three files into {@code dir} (created when missing), each atomically. */
	public void write(Path dir) throws IOException {
		AtomicFiles.writeString(dir.resolve(MARKDOWN), toMarkdown());
		AtomicFiles.writeString(dir.resolve(CSV), toCsv());
		AtomicFiles.writeString(dir.resolve(JSON), toJson());
	}

	private String percent() {
		return String.format(Locale.ROOT, "%s%%", number(level * 100));
	}

	private static String number(double v) {
		return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
	}
}
