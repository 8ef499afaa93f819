package org.mer.train;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import com.google.gson.GsonBuilder;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mer.stats.BootstrapEstimate;
import org.mer.stats.ConfidenceInterval;
import org.mer.stats.MeanEstimate;

/** The text forms of a {@link MultiSeedReport} (see there). Stateless. */
final class MultiSeedTables {
	private static final PooledMetric[] METRICS = PooledMetric.values();

	private MultiSeedTables() {}

	static String markdown(MultiSeedReport r) {
		double level = r.settings().level();
		StringBuilder sb = new StringBuilder(header(r)).append("\n\n");
		for (String note : r.notes())
			sb.append(note).append("\n\n");
		sb.append(String.format(Locale.ROOT, "Cells: mean +- sd over the seeds [%s Student t interval of the mean, n - 1 degrees of freedom].\n\n", pct(level)));
		sb.append("| modality | network | seeds | UF1 | UAR | ACC |\n|---|---|---:|---|---|---|\n");
		for (MultiSeedCell c : r.cells()) {
			sb.append("| ").append(c.cell().modalityLabel()).append(" | ").append(c.cell().network().id()).append(" | ").append(c.seeds().size());
			for (PooledMetric m : new PooledMetric[] { PooledMetric.UF1, PooledMetric.UAR, PooledMetric.ACC })
				sb.append(" | ").append(cellText(c.summary(m, level)));
			sb.append(" |\n");
		}
		sb.append('\n');
		List<PairedDifference> diffs = r.differences();
		if (diffs.isEmpty()) {
			sb.append("No pair of the paper's claims among these cells (MESTI and another modality on one network, or meganet and meganet-noga on one modality).\n");
			return sb.toString();
		}
		TreeSet<Integer> subjects = new TreeSet<>();
		int tested = 0;
		for (PairedDifference d : diffs) {
			subjects.add(d.subjects());
			if (d.testable()) tested++;
		}
		sb.append(String.format(Locale.ROOT,
			"Paired differences A - B, averaged over the seeds; %s percentile bootstrap interval over %s subjects (%d resamples); "
				+ "p two-sided, in parentheses Holm-adjusted over the %d tested pairs of each metric; n.s. = not significant at %s after adjustment.\n\n",
			pct(level), join(subjects), r.settings().resamples(), tested, num(r.settings().alpha())));
		sb.append("| A | B | claim | dUF1 [CI] | p (Holm) | dUAR [CI] | p (Holm) | dACC [CI] | p (Holm) |\n");
		sb.append("|---|---|---|---|---|---|---|---|---|\n");
		for (PairedDifference d : diffs) {
			sb.append("| ").append(d.pair().a()).append(" | ").append(d.pair().b()).append(" | ").append(d.pair().claim().label());
			for (PooledMetric m : new PooledMetric[] { PooledMetric.UF1, PooledMetric.UAR, PooledMetric.ACC }) {
				if (!d.testable()) {
					sb.append(" | ").append(d.note()).append(" | -");
					continue;
				}
				BootstrapEstimate e = d.estimate(m);
				sb.append(String.format(Locale.ROOT, " | %+.3f [%+.3f, %+.3f] | %s (%s)%s", e.observed(), e.interval().low(), e.interval().high(),
					p(e.pValue()), p(d.adjustedP(m)), d.significant(m, r.settings().alpha()) ? "" : " n.s."));
			}
			sb.append(" |\n");
		}
		sb.append("\nMethod: each cell's interval is Student's t over the seeds (a percentile bootstrap under-covers with 3 to 10 values). "
			+ "A difference is bootstrapped over subjects, the independent unit of leave-one-subject-out: each resample draws the subjects "
			+ "with replacement and recomputes the pooled metric of A and of B on the drawn subjects' predictions with each seed, and A - B is "
			+ "averaged over the seeds (paired by seed and subject); seeds are averaged, not resampled. The interval is the percentile interval, "
			+ "p inverts it (Efron & Tibshirani 1993, An Introduction to the Bootstrap). Holm's step-down correction (Holm 1979; Demsar 2006, JMLR 7) "
			+ "controls the family-wise error over the pairs of each metric; the intervals are not adjusted for multiplicity.\n");
		return sb.toString();
	}

	private static String header(MultiSeedReport r) {
		RunResult first = r.cells().get(0).runs().values().iterator().next();
		TreeSet<Long> seeds = new TreeSet<>();
		for (MultiSeedCell c : r.cells())
			seeds.addAll(c.seeds());
		String seedText = SeedPlan.of(new ArrayList<>(seeds)).describe();
		TrainSettings s = first.settings();
		if (s == null) return "Multi-seed comparison on " + first.dataset() + "; " + seedText + "; pooled metrics (SPEC §8)";
		return String.format(Locale.ROOT, "Multi-seed comparison on %s: %s, %d epochs, %s, input %d px, input scaling %s; %s; pooled metrics (SPEC §8)",
			first.dataset(), s.protocol().id(), s.epochs(), s.modelSelection(), s.inputSize(), s.scaling(), seedText);
	}

	/** "0.812 +- 0.021 [0.760, 0.864]" or "0.812 (1 seed: no interval)". */
	static String cellText(MeanEstimate e) {
		if (!e.interval().isPresent()) return String.format(Locale.ROOT, "%.3f (1 seed: no interval)", e.mean());
		ConfidenceInterval ci = e.interval().get();
		return String.format(Locale.ROOT, "%.3f +- %.3f [%.3f, %.3f]", e.mean(), e.sd(), ci.low(), ci.high());
	}

	static String cellsCsv(MultiSeedReport r) throws IOException {
		List<String> head = new ArrayList<>(List.of("modality", "modality_key", "network", "seeds"));
		for (PooledMetric m : METRICS)
			for (String part : new String[] { "mean", "sd", "ci_low", "ci_high" })
				head.add(m.id() + "_" + part);
		StringWriter out = new StringWriter();
		try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(head.toArray(new String[0])).build())) {
			for (MultiSeedCell c : r.cells()) {
				List<Object> row = new ArrayList<>(List.of(c.cell().modalityLabel(), c.cell().modality().key(), c.cell().network().id(), c.seeds().size()));
				for (PooledMetric m : METRICS) {
					MeanEstimate e = c.summary(m, r.settings().level());
					row.add(num(e.mean()));
					row.add(Double.isNaN(e.sd()) ? "" : num(e.sd()));
					row.add(e.interval().map(ci -> num(ci.low())).orElse(""));
					row.add(e.interval().map(ci -> num(ci.high())).orElse(""));
				}
				p.printRecord(row);
			}
		}
		return out.toString();
	}

	static String seedsCsv(MultiSeedReport r) throws IOException {
		StringWriter out = new StringWriter();
		try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
			.setHeader("modality", "modality_key", "network", "seed", "acc", "uf1", "uar", "n", "folds").build()))
		{
			for (MultiSeedCell c : r.cells())
				for (Map.Entry<Long, RunResult> e : c.runs().entrySet()) {
					Metrics m = e.getValue().pooled();
					p.printRecord(c.cell().modalityLabel(), c.cell().modality().key(), c.cell().network().id(), e.getKey(), num(m.acc()),
						num(m.uf1()), num(m.uar()), m.n(), e.getValue().folds().size());
				}
		}
		return out.toString();
	}

	static String differencesCsv(MultiSeedReport r) throws IOException {
		StringWriter out = new StringWriter();
		try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("a_modality", "a_network", "b_modality", "b_network", "claim",
			"metric", "subjects", "seeds", "difference", "ci_low", "ci_high", "standard_error", "p", "p_holm", "significant", "note").build()))
		{
			for (PairedDifference d : r.differences())
				for (PooledMetric m : METRICS) {
					ClaimPair pair = d.pair();
					List<Object> row = new ArrayList<>(List.of(pair.a().modalityLabel(), pair.a().network().id(), pair.b().modalityLabel(),
						pair.b().network().id(), pair.claim().id(), m.id(), d.subjects(), d.seeds()));
					if (d.testable()) {
						BootstrapEstimate e = d.estimate(m);
						row.addAll(List.of(num(e.observed()), num(e.interval().low()), num(e.interval().high()), num(e.standardError()),
							num(e.pValue()), num(d.adjustedP(m)), d.significant(m, r.settings().alpha())));
					}
					else row.addAll(List.of("", "", "", "", "", "", ""));
					row.add(d.note());
					p.printRecord(row);
				}
		}
		return out.toString();
	}

	static String json(MultiSeedReport r) {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("title", header(r));
		root.put("notes", r.notes());
		RunResult first = r.cells().get(0).runs().values().iterator().next();
		root.put("dataset", first.dataset());
		if (first.settings() != null) root.put("settings", first.settings().toMap());
		root.put("statistics", r.settings().toMap());
		List<Object> cells = new ArrayList<>();
		for (MultiSeedCell c : r.cells()) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("modality", c.cell().modalityLabel());
			m.put("modality_key", c.cell().modality().key());
			m.put("network", c.cell().network().id());
			m.put("seeds", c.seeds());
			for (PooledMetric metric : METRICS) {
				MeanEstimate e = c.summary(metric, r.settings().level());
				Map<String, Object> s = new LinkedHashMap<>();
				s.put("values", c.values(metric));
				s.put("mean", e.mean());
				s.put("sd", Double.isNaN(e.sd()) ? null : e.sd());
				s.put("ci", e.interval().map(ci -> List.of(ci.low(), ci.high())).orElse(null));
				m.put(metric.id(), s);
			}
			cells.add(m);
		}
		root.put("cells", cells);
		List<Object> diffs = new ArrayList<>();
		for (PairedDifference d : r.differences()) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("a", d.pair().a().key());
			m.put("b", d.pair().b().key());
			m.put("claim", d.pair().claim().id());
			m.put("subjects", d.subjects());
			m.put("seeds", d.seeds());
			if (!d.testable()) m.put("note", d.note());
			else
				for (PooledMetric metric : METRICS) {
					BootstrapEstimate e = d.estimate(metric);
					Map<String, Object> s = new LinkedHashMap<>();
					s.put("difference", e.observed());
					s.put("ci", List.of(e.interval().low(), e.interval().high()));
					s.put("standard_error", e.standardError());
					s.put("p", e.pValue());
					s.put("p_holm", d.adjustedP(metric));
					s.put("significant", d.significant(metric, r.settings().alpha()));
					m.put(metric.id(), s);
				}
			diffs.add(m);
		}
		root.put("differences", diffs);
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(root) + "\n";
	}

	static String p(double p) {
		return p < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", p);
	}

	private static String pct(double level) {
		return num(level * 100) + "%";
	}

	static String num(double v) {
		if (!Double.isFinite(v)) return "";
		return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
	}

	private static String join(TreeSet<Integer> values) {
		StringBuilder sb = new StringBuilder();
		for (int v : values)
			sb.append(sb.length() == 0 ? "" : " or ").append(v);
		return sb.toString();
	}
}
