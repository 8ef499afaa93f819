package org.mer.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.mer.clip.NaturalOrder;

/**
 * A dataset as read: its samples (sheet order), the class set they are labelled in, and one
 * line per sheet row or folder that was repaired or skipped, with the reason. Immutable.
 */
public final class Dataset {
	private final String name;
	private final ClassSet classes;
	private final List<Sample> samples;
	private final List<String> issues;

	public Dataset(String name, ClassSet classes, List<Sample> samples, List<String> issues) {
		this.name = name;
		this.classes = classes;
		this.samples = Collections.unmodifiableList(new ArrayList<>(samples));
		this.issues = Collections.unmodifiableList(new ArrayList<>(issues));
	}

	/** Short dataset name (casme2, samm, smic, casme3, mmew, megc, csv). */
	public String name() { return name; }
	public ClassSet classes() { return classes; }
	public List<Sample> samples() { return samples; }
	/** Repaired or skipped rows, one line each, naming the row or folder and the reason. */
	public List<String> issues() { return issues; }

	/** Number of samples per class, in class-set order (classes without samples count 0). */
	public Map<String, Integer> countsPerClass() {
		Map<String, Integer> m = new java.util.LinkedHashMap<>();
		for (String c : classes.classes()) m.put(c, 0);
		for (Sample s : samples) m.merge(s.label(), 1, Integer::sum);
		return m;
	}

	/** Number of samples per subject, subjects in natural order. */
	public Map<String, Integer> countsPerSubject() {
		Map<String, Integer> m = new TreeMap<>(NaturalOrder.INSTANCE);
		for (Sample s : samples) m.merge(s.subject(), 1, Integer::sum);
		return m;
	}

	/**
	 * Multi-line summary to print before training: sample, subject and issue counts, then the
	 * counts per class and per subject (and per source dataset when there are several).
	 */
	public String summary() {
		StringBuilder sb = new StringBuilder();
		Map<String, Integer> perSubject = countsPerSubject();
		sb.append(name).append(": ").append(samples.size()).append(" samples, ").append(perSubject.size()).append(" subjects, ")
			.append(classes.classes().size()).append(" classes (").append(classes.name()).append("), ").append(issues.size())
			.append(issues.size() == 1 ? " row repaired or skipped" : " rows repaired or skipped").append('\n');
		sb.append("  per class:");
		for (Map.Entry<String, Integer> e : countsPerClass().entrySet()) sb.append(' ').append(e.getKey()).append(' ').append(e.getValue()).append(',');
		sb.setLength(sb.length() - 1);
		sb.append("\n  per subject:");
		for (Map.Entry<String, Integer> e : perSubject.entrySet()) sb.append(' ').append(e.getKey()).append(' ').append(e.getValue()).append(',');
		if (!perSubject.isEmpty()) sb.setLength(sb.length() - 1);
		Map<String, Integer> perSet = new TreeMap<>();
		for (Sample s : samples) perSet.merge(s.dataset(), 1, Integer::sum);
		if (perSet.size() > 1) {
			sb.append("\n  per dataset:");
			for (Map.Entry<String, Integer> e : perSet.entrySet()) sb.append(' ').append(e.getKey()).append(' ').append(e.getValue()).append(',');
			sb.setLength(sb.length() - 1);
		}
		return sb.append('\n').toString();
	}

	@Override
	public String toString() {
		return name + " (" + samples.size() + " samples, " + issues.size() + " issues)";
	}
}
