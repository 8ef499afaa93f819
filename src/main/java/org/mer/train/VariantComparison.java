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

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mer.core.Progress;
import org.mer.io.AtomicFiles;
import org.mer.stats.BootstrapEstimate;

/**
 * The same comparison cells evaluated under several variants of one setting (e.g. the input
 * scaling: minmax, percentile, zscore, dataset), each variant tested against a reference variant
 * cell by cell: the paired difference variant - reference of every cell by the subject bootstrap
 * of {@link MultiSeedComparison} (same seeds, same subject draws, seeds averaged), with Holm's
 * correction over all (variant, cell) pairs of each metric. Cells are matched by
 * {@link ComparisonCell#key()}; a cell missing from a variant is left out of its tests.
 * Written by {@link #write} as {@value #MARKDOWN} (cells with mean +- sd [t interval] per variant,
 * then the differences with "n.s." where the adjusted p exceeds alpha), {@value #CSV} and
 * {@value #DIFFERENCES_CSV}. Immutable.
 */
public final class VariantComparison {
	public static final String MARKDOWN = "variants.md", CSV = "variants.csv", DIFFERENCES_CSV = "variants-differences.csv";
	private static final PooledMetric[] SHOWN = { PooledMetric.UF1, PooledMetric.UAR, PooledMetric.ACC };

	/** One tested pair: a cell under {@link #variant()} against the same cell under the reference. */
	public static final class Test {
		private final String variant;
		private final PairedDifference difference;

		Test(String variant, PairedDifference difference) {
			this.variant = variant;
			this.difference = difference;
		}

		public String variant() { return variant; }
		/** A = the cell under the variant, B = under the reference. */
		public PairedDifference difference() { return difference; }
	}

	private final String setting, reference;
	private final Map<String, List<MultiSeedCell>> variants;
	private final List<Test> tests;
	private final SignificanceSettings settings;
	private final List<String> notes;

	private VariantComparison(String setting, String reference, Map<String, List<MultiSeedCell>> variants, List<Test> tests,
		SignificanceSettings settings, List<String> notes)
	{
		this.setting = setting;
		this.reference = reference;
		this.variants = Collections.unmodifiableMap(new LinkedHashMap<>(variants));
		this.tests = Collections.unmodifiableList(new ArrayList<>(tests));
		this.settings = settings;
		this.notes = Collections.unmodifiableList(new ArrayList<>(notes));
	}

	/**
	 * Tests every variant's cells against the reference variant's.
	 *
	 * @param setting what varies, for titles (e.g. "input scaling")
	 * @param variants cells by variant name, in table order; must contain {@code reference}
	 * @throws IllegalArgumentException when the reference is missing, or two matched cells differ in
	 *           seeds, classes or test samples
	 */
	public static VariantComparison of(String setting, String reference, Map<String, List<MultiSeedCell>> variants, SignificanceSettings settings,
		Progress progress)
	{
		List<MultiSeedCell> base = variants.get(reference);
		if (base == null) throw new IllegalArgumentException("no cells for the reference variant '" + reference + "' among " + variants.keySet());
		List<String> names = new ArrayList<>();
		List<PairedDifference> raw = new ArrayList<>();
		for (Map.Entry<String, List<MultiSeedCell>> e : variants.entrySet()) {
			if (e.getKey().equals(reference)) continue;
			for (MultiSeedCell a : e.getValue())
				for (MultiSeedCell b : base)
					if (a.cell().equals(b.cell())) {
						progress.checkCanceled();
						progress.status("paired bootstrap: " + e.getKey() + " - " + reference + " on " + a.cell());
						names.add(e.getKey());
						raw.add(PairedSubjectBootstrap.compare(new ClaimPair(a.cell(), b.cell(), ClaimPair.Claim.VARIANT_VS_REFERENCE), a, b, settings));
					}
		}
		List<PairedDifference> adjusted = MultiSeedComparison.holm(raw);
		List<Test> tests = new ArrayList<>();
		for (int i = 0; i < adjusted.size(); i++)
			tests.add(new Test(names.get(i), adjusted.get(i)));
		return new VariantComparison(setting, reference, variants, tests, settings, Collections.emptyList());
	}

	/** The same comparison with one more note line (e.g. that the data are synthetic). */
	public VariantComparison withNote(String note) {
		List<String> more = new ArrayList<>(notes);
		more.add(note);
		return new VariantComparison(setting, reference, variants, tests, settings, more);
	}

	public String reference() { return reference; }
	/** Cells by variant, in table order. */
	public Map<String, List<MultiSeedCell>> variants() { return variants; }
	/** The tests, variant by variant, cell by cell. */
	public List<Test> tests() { return tests; }

	public String toMarkdown() {
		double level = settings.level();
		StringBuilder sb = new StringBuilder();
		MultiSeedCell first = variants.get(reference).get(0);
		sb.append("Comparison of ").append(setting).append(" variants (reference ").append(reference).append(") on ")
			.append(first.runs().values().iterator().next().dataset()).append("; ").append(SeedPlan.of(first.seeds()).describe())
			.append("; pooled metrics (SPEC §8)\n\n");
		for (String note : notes)
			sb.append(note).append("\n\n");
		sb.append(String.format(Locale.ROOT, "Cells: mean +- sd over the seeds [%s%% Student t interval of the mean].\n\n", MultiSeedTables.num(level * 100)));
		sb.append("| modality | network | ").append(setting).append(" | seeds | UF1 | UAR | ACC |\n|---|---|---|---:|---|---|---|\n");
		for (MultiSeedCell reference : variants.get(this.reference))
			for (Map.Entry<String, List<MultiSeedCell>> e : variants.entrySet())
				for (MultiSeedCell c : e.getValue())
					if (c.cell().equals(reference.cell())) {
						sb.append("| ").append(c.cell().modalityLabel()).append(" | ").append(c.cell().network().id()).append(" | ").append(e.getKey())
							.append(" | ").append(c.seeds().size());
						for (PooledMetric m : SHOWN)
							sb.append(" | ").append(MultiSeedTables.cellText(c.summary(m, level)));
						sb.append(" |\n");
					}
		sb.append(String.format(Locale.ROOT, "%nPaired differences variant - %s of the same cell, averaged over the seeds; %s%% percentile bootstrap "
			+ "interval over subjects (%d resamples); p two-sided, in parentheses Holm-adjusted over the %d tested pairs of each metric; "
			+ "n.s. = not significant at %s after adjustment.%n%n", reference, MultiSeedTables.num(level * 100), settings.resamples(), tests.size(),
			MultiSeedTables.num(settings.alpha())));
		sb.append("| modality | network | variant | dUF1 [CI] | p (Holm) | dUAR [CI] | p (Holm) | dACC [CI] | p (Holm) |\n|---|---|---|---|---|---|---|---|---|\n");
		for (Test t : tests) {
			PairedDifference d = t.difference();
			sb.append("| ").append(d.pair().a().modalityLabel()).append(" | ").append(d.pair().a().network().id()).append(" | ").append(t.variant());
			for (PooledMetric m : SHOWN) {
				if (!d.testable()) {
					sb.append(" | ").append(d.note()).append(" | -");
					continue;
				}
				BootstrapEstimate e = d.estimate(m);
				sb.append(String.format(Locale.ROOT, " | %+.3f [%+.3f, %+.3f] | %s (%s)%s", e.observed(), e.interval().low(), e.interval().high(),
					MultiSeedTables.p(e.pValue()), MultiSeedTables.p(d.adjustedP(m)), d.significant(m, settings.alpha()) ? "" : " n.s."));
			}
			sb.append(" |\n");
		}
		return sb.toString();
	}

	/** One row per variant and cell: variant, modality, modality_key, network, seeds, then mean, sd, ci_low, ci_high of each metric. */
	public String toCsv() throws IOException {
		List<String> head = new ArrayList<>(List.of("variant", "modality", "modality_key", "network", "seeds"));
		for (PooledMetric m : PooledMetric.values())
			for (String part : new String[] { "mean", "sd", "ci_low", "ci_high" })
				head.add(m.id() + "_" + part);
		StringWriter out = new StringWriter();
		try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(head.toArray(new String[0])).build())) {
			for (Map.Entry<String, List<MultiSeedCell>> e : variants.entrySet())
				for (MultiSeedCell c : e.getValue()) {
					List<Object> row = new ArrayList<>(List.of(e.getKey(), c.cell().modalityLabel(), c.cell().modality().key(), c.cell().network().id(),
						c.seeds().size()));
					for (PooledMetric m : PooledMetric.values()) {
						var s = c.summary(m, settings.level());
						row.add(MultiSeedTables.num(s.mean()));
						row.add(Double.isNaN(s.sd()) ? "" : MultiSeedTables.num(s.sd()));
						row.add(s.interval().map(ci -> MultiSeedTables.num(ci.low())).orElse(""));
						row.add(s.interval().map(ci -> MultiSeedTables.num(ci.high())).orElse(""));
					}
					p.printRecord(row);
				}
		}
		return out.toString();
	}

	/** One row per test and metric. */
	public String differencesCsv() throws IOException {
		StringWriter out = new StringWriter();
		try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("variant", "reference", "modality", "network", "metric", "subjects",
			"seeds", "difference", "ci_low", "ci_high", "p", "p_holm", "significant", "note").build()))
		{
			for (Test t : tests)
				for (PooledMetric m : PooledMetric.values()) {
					PairedDifference d = t.difference();
					List<Object> row = new ArrayList<>(List.of(t.variant(), reference, d.pair().a().modalityLabel(), d.pair().a().network().id(), m.id(),
						d.subjects(), d.seeds()));
					if (d.testable()) {
						BootstrapEstimate e = d.estimate(m);
						row.addAll(List.of(MultiSeedTables.num(e.observed()), MultiSeedTables.num(e.interval().low()), MultiSeedTables.num(e.interval().high()),
							MultiSeedTables.num(e.pValue()), MultiSeedTables.num(d.adjustedP(m)), d.significant(m, settings.alpha())));
					}
					else row.addAll(List.of("", "", "", "", "", ""));
					row.add(d.note());
					p.printRecord(row);
				}
		}
		return out.toString();
	}

	/** Writes the three files into {@code dir} (created when missing), each atomically. */
	public void write(Path dir) throws IOException {
		AtomicFiles.writeString(dir.resolve(MARKDOWN), toMarkdown());
		AtomicFiles.writeString(dir.resolve(CSV), toCsv());
		AtomicFiles.writeString(dir.resolve(DIFFERENCES_CSV), differencesCsv());
	}
}
