package org.mer.train;

import org.mer.core.Identified;

/** The headline metrics of SPEC §8, read from pooled {@link Metrics}. */
public enum PooledMetric implements Identified {
	UF1("UF1"), UAR("UAR"), ACC("ACC");

	private final String label;

	PooledMetric(String label) {
		this.label = label;
	}

	/** "uf1", "uar", "acc". */
	@Override
	public String id() {
		return label.toLowerCase(java.util.Locale.ROOT);
	}

	/** "UF1", "UAR", "ACC", as in tables. */
	public String label() { return label; }

	public double of(Metrics m) {
		switch (this) {
			case UF1: return m.uf1();
			case UAR: return m.uar();
			default: return m.acc();
		}
	}
}
