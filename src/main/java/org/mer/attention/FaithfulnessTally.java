package org.mer.attention;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Running means of {@link AttentionScore}s over a group of samples (a class, a view, a run):
 * the pointing rate, the mean mass share and their chance level (the mean area share). Not
 * thread safe; build it in one thread, then read it.
 */
public final class FaithfulnessTally {
	private int n;
	private double pointing, mass, area;

	public FaithfulnessTally add(AttentionScore s) {
		n++;
		pointing += s.pointing();
		mass += s.massShare();
		area += s.areaShare();
		return this;
	}

	/** Samples added. */
	public int n() { return n; }

	/** Mean pointing hit: the share of samples whose map peaks inside the region; NaN when empty. */
	public double pointingRate() { return n == 0 ? Double.NaN : pointing / n; }

	/** Mean share of attention mass inside the region; NaN when empty. */
	public double massShare() { return n == 0 ? Double.NaN : mass / n; }

	/** Mean area share of the region: the chance level of both rates; NaN when empty. */
	public double chance() { return n == 0 ? Double.NaN : area / n; }

	/** n, pointing_rate, pointing_chance, mass_share, mass_chance (the chance values are equal, both are given for reading). */
	public Map<String, Object> toMap() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("n", n);
		m.put("pointing_rate", pointingRate());
		m.put("pointing_chance", chance());
		m.put("mass_share", massShare());
		m.put("mass_chance", chance());
		return m;
	}
}
