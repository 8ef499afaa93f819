package org.mer.model;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.mer.Version;

/**
 * How a model was made: dataset, evaluation protocol, epochs, seed, metrics (e.g. "UF1",
 * "UAR", "ACC" as fractions in [0, 1]), a free note on what it was trained on (e.g. "synthetic
 * data only: demonstration model, not for clinical or research use"), the plugin version and
 * the creation time (ISO-8601 UTC). Immutable; every field may be empty but never null.
 */
public final class Provenance {
	private final String dataset, protocol, trainedOn, pluginVersion, created;
	private final int epochs;
	private final long seed;
	private final Map<String, Double> metrics;

	public Provenance(String dataset, String protocol, int epochs, long seed, Map<String, Double> metrics,
		String trainedOn, String pluginVersion, String created)
	{
		this.dataset = nonNull(dataset);
		this.protocol = nonNull(protocol);
		this.epochs = epochs;
		this.seed = seed;
		this.metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics == null ? Map.of() : metrics));
		this.trainedOn = nonNull(trainedOn);
		this.pluginVersion = nonNull(pluginVersion);
		this.created = nonNull(created);
	}

	/** Provenance stamped with this plugin's version and the current time. */
	public static Provenance now(String dataset, String protocol, int epochs, long seed, Map<String, Double> metrics,
		String trainedOn)
	{
		return new Provenance(dataset, protocol, epochs, seed, metrics, trainedOn, Version.get(), Instant.now().toString());
	}

	/** Nothing known (e.g. an untrained or imported network). */
	public static Provenance unknown() {
		return now("", "", 0, 0, Map.of(), "");
	}

	private static String nonNull(String s) {
		return s == null ? "" : s;
	}

	public String dataset() { return dataset; }
	public String protocol() { return protocol; }
	public int epochs() { return epochs; }
	public long seed() { return seed; }
	/** Unmodifiable, in insertion order. */
	public Map<String, Double> metrics() { return metrics; }
	public String trainedOn() { return trainedOn; }
	public String pluginVersion() { return pluginVersion; }
	public String created() { return created; }

	@Override
	public boolean equals(Object o) {
		if (!(o instanceof Provenance)) return false;
		Provenance p = (Provenance) o;
		return dataset.equals(p.dataset) && protocol.equals(p.protocol) && epochs == p.epochs && seed == p.seed
			&& metrics.equals(p.metrics) && trainedOn.equals(p.trainedOn) && pluginVersion.equals(p.pluginVersion)
			&& created.equals(p.created);
	}

	@Override
	public int hashCode() {
		return Objects.hash(dataset, protocol, epochs, seed, metrics, trainedOn, pluginVersion, created);
	}
}
