package org.mer.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One line of the benchmark table: a measured value with its unit, the baseline measured in the
 * same run that it is compared with, and their ratio. What the ratio means (higher or lower is
 * better) is stated in {@link #ratioMeaning()}, e.g. "achieved/bound" or "Java/PyTorch time".
 * Values are NaN when not measured. Immutable.
 */
public final class BenchRow {
	private final String section, name;
	private final double value;
	private final String unit;
	private final String baselineName;
	private final double baseline;
	private final double ratio;
	private final String ratioMeaning;
	private final String note;

	/**
	 * @param ratio usually {@link Harness#ratio}(value, baseline), but for rows comparing times the
	 *          caller may pass another quotient; it is stored as given
	 */
	public BenchRow(String section, String name, double value, String unit, String baselineName, double baseline,
		double ratio, String ratioMeaning, String note)
	{
		this.section = section;
		this.name = name;
		this.value = value;
		this.unit = unit;
		this.baselineName = baselineName == null ? "" : baselineName;
		this.baseline = baseline;
		this.ratio = ratio;
		this.ratioMeaning = ratioMeaning == null ? "" : ratioMeaning;
		this.note = note == null ? "" : note;
	}

	/** A row without baseline. */
	public static BenchRow plain(String section, String name, double value, String unit, String note) {
		return new BenchRow(section, name, value, unit, "", Double.NaN, Double.NaN, "", note);
	}

	/** A row whose ratio is value / baseline. */
	public static BenchRow against(String section, String name, double value, String unit, String baselineName,
		double baseline, String ratioMeaning, String note)
	{
		return new BenchRow(section, name, value, unit, baselineName, baseline, Harness.ratio(value, baseline), ratioMeaning,
			note);
	}

	public String section() { return section; }
	public String name() { return name; }
	public double value() { return value; }
	public String unit() { return unit; }
	public String baselineName() { return baselineName; }
	public double baseline() { return baseline; }
	public double ratio() { return ratio; }
	public String ratioMeaning() { return ratioMeaning; }
	public String note() { return note; }

	/** Ordered map for JSON (NaN values become null). */
	public Map<String, Object> toMap() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("section", section);
		m.put("name", name);
		m.put("value", finite(value));
		m.put("unit", unit);
		m.put("baseline", baselineName);
		m.put("baselineValue", finite(baseline));
		m.put("ratio", finite(ratio));
		m.put("ratioMeaning", ratioMeaning);
		m.put("note", note);
		return m;
	}

	private static Double finite(double v) {
		return Double.isFinite(v) ? v : null;
	}
}
