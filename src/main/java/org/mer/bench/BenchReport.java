package org.mer.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.gson.GsonBuilder;

import org.mer.io.AtomicFiles;

/**
 * Collects {@link BenchRow}s, prints each as a table line when it is added (so a long run shows
 * progress) and writes them with a description of the machine as JSON. Not thread safe.
 */
public final class BenchReport {
	private final PrintWriter out;
	private final List<BenchRow> rows = new ArrayList<>();
	private final Map<String, Object> machine = new LinkedHashMap<>();
	private String section = "";

	/** @param out where table lines go (flushed per line) */
	public BenchReport(PrintWriter out) {
		this.out = out;
	}

	/** Records a fact about the machine or run (cores, JVM, libtorch threads, ...), printed at once. */
	public void describe(String key, Object value) {
		machine.put(key, value);
		out.println("# " + key + ": " + value);
		out.flush();
	}

	public Map<String, Object> machine() {
		return Collections.unmodifiableMap(machine);
	}

	/** Adds a row and prints it (with a section header when the section changes). */
	public void add(BenchRow row) {
		rows.add(row);
		if (!row.section().equals(section)) {
			section = row.section();
			out.println();
			out.println("== " + section);
			out.println(String.format(Locale.ROOT, "%-44s %14s %-9s %-30s %14s %8s  %s", "case", "value", "unit", "baseline",
				"baseline", "ratio", "ratio meaning / note"));
		}
		out.println(line(row));
		out.flush();
	}

	/** Prints a free note line (e.g. a skipped section and why). */
	public void note(String text) {
		out.println("# " + text);
		out.flush();
	}

	public List<BenchRow> rows() {
		return Collections.unmodifiableList(rows);
	}

	/** The first row with that section and name, or null. */
	public BenchRow find(String section, String name) {
		for (BenchRow r : rows)
			if (r.section().equals(section) && r.name().equals(name)) return r;
		return null;
	}

	static String line(BenchRow r) {
		String meaning = r.ratioMeaning().isEmpty() ? r.note() : r.note().isEmpty() ? r.ratioMeaning()
			: r.ratioMeaning() + "; " + r.note();
		return String.format(Locale.ROOT, "%-44s %14s %-9s %-30s %14s %8s  %s", r.name(), number(r.value()), r.unit(),
			r.baselineName(), number(r.baseline()), number(r.ratio()), meaning);
	}

	/** Three significant digits at least, no exponent for everyday magnitudes; "-" for NaN. */
	static String number(double v) {
		if (Double.isNaN(v)) return "-";
		double a = Math.abs(v);
		if (a >= 1000) return String.format(Locale.ROOT, "%.0f", v);
		if (a >= 100) return String.format(Locale.ROOT, "%.1f", v);
		if (a >= 1) return String.format(Locale.ROOT, "%.2f", v);
		if (a >= 0.001 || a == 0) return String.format(Locale.ROOT, "%.3f", v);
		return String.format(Locale.ROOT, "%.2e", v);
	}

	/** Writes {@code {"machine": {...}, "rows": [...]}} atomically. */
	public void writeJson(Path file) throws IOException {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("machine", machine);
		List<Map<String, Object>> list = new ArrayList<>();
		for (BenchRow r : rows)
			list.add(r.toMap());
		root.put("rows", list);
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null) Files.createDirectories(parent);
		AtomicFiles.writeString(file, new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create()
			.toJson(root) + "\n");
	}
}
