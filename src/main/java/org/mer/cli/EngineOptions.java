package org.mer.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import org.mer.exec.ExecutionEngine;
import org.mer.exec.ExecutionEngines;

import picocli.CommandLine.Option;

/**
 * The execution options of {@code evaluate}, {@code compare} and {@code classify} (a picocli
 * mixin): {@code --engine local|spark}, {@code --master URL} and repeatable
 * {@code --spark-conf key=value}. Use: {@code @Mixin EngineOptions engine;} then
 * {@code try (ExecutionEngine e = engine.open()) { ... e.folds() ... }}.
 */
public final class EngineOptions {
	@Option(names = "--engine", paramLabel = "local|spark",
		description = "Where the work runs: local (this JVM, default) or spark (each fold or clip batch is a Spark task; see docs/spark.md).")
	String engine = "local";

	@Option(names = "--master", paramLabel = "URL",
		description = "Spark master with --engine spark: local[*], spark://host:port, yarn, k8s://... (default: spark-submit's, else local[*]).")
	String master;

	@Option(names = "--spark-conf", paramLabel = "KEY=VALUE", description = "A Spark setting with --engine spark (repeatable), e.g. spark.executor.memory=4g.")
	Map<String, String> conf = new LinkedHashMap<>();

	/** Opens the chosen engine; the caller closes it. */
	public ExecutionEngine open() {
		return ExecutionEngines.open(engine, master, conf);
	}

	/** True for the local engine (nothing to start or stop). */
	public boolean isLocal() {
		return engine == null || engine.trim().equalsIgnoreCase("local");
	}
}
