package org.mer.bench;

import java.nio.file.Path;
import java.nio.file.Paths;

/** What a benchmark run does. Plain mutable holder filled by the CLI before the run. */
public final class BenchOptions {
	/** Fewer sizes, fewer runs, scaling up to 100 clips: a few minutes in all. */
	public boolean quick;
	/** Also time scripts/meganet.py with the same threads and compare logits. */
	public boolean pytorch;
	/** Output folder of results.json. */
	public Path out = Paths.get("target", "bench");
	/** Python with torch for {@link #pytorch}. */
	public String python = "/usr/bin/python3";
	/** Sections to run (1..6); empty = all. */
	public java.util.Set<Integer> sections = new java.util.TreeSet<>();

	boolean runs(int section) {
		return sections.isEmpty() || sections.contains(section);
	}
}
