package org.mer.exec;

import java.lang.reflect.InvocationTargetException;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;

import org.mer.core.InputException;

/**
 * Opens an engine by name. The Spark engine is loaded by reflection, so Apache Spark is needed
 * on the class path only when it is chosen (the Fiji plugin ships without it).
 */
public final class ExecutionEngines {
	/** The class of the Spark engine; it has a public (String master, Map conf) constructor. */
	public static final String SPARK_ENGINE_CLASS = "org.mer.exec.spark.SparkEngine";

	private ExecutionEngines() {}

	/**
	 * @param name "local" or "spark" (case-insensitive)
	 * @param master Spark master URL ({@code local[*]}, {@code spark://host:port}, {@code yarn},
	 *          {@code k8s://...}); null = {@code spark.master} of the environment (spark-submit),
	 *          else {@code local[*]}; must be null for the local engine
	 * @param conf extra Spark settings ({@code spark.executor.memory=4g}, ...); must be empty for
	 *          the local engine
	 * @throws InputException for an unknown name, options that do not apply, or Spark missing
	 */
	public static ExecutionEngine open(String name, String master, Map<String, String> conf) {
		Map<String, String> extra = conf == null ? Collections.emptyMap() : conf;
		String n = name == null ? "local" : name.trim().toLowerCase(Locale.ROOT);
		if (n.equals("local")) {
			if (master != null || !extra.isEmpty()) throw new InputException("--master and --spark-conf need --engine spark");
			return LocalEngine.INSTANCE;
		}
		if (!n.equals("spark")) throw new InputException("unknown engine '" + name + "'; valid: local, spark");
		try {
			Class<?> c = Class.forName(SPARK_ENGINE_CLASS);
			return (ExecutionEngine) c.getConstructor(String.class, Map.class).newInstance(master, extra);
		}
		catch (ClassNotFoundException | NoClassDefFoundError e) {
			throw sparkMissing(e);
		}
		catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			if (cause instanceof NoClassDefFoundError) throw sparkMissing(cause);
			if (cause instanceof RuntimeException) throw (RuntimeException) cause;
			throw new IllegalStateException("could not start the Spark engine", cause);
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException("could not start the Spark engine", e);
		}
	}

	private static InputException sparkMissing(Throwable e) {
		return new InputException("--engine spark needs Apache Spark 3.5 (Scala 2.13) on the class path: run through ./mer "
			+ "or spark-submit (see docs/spark.md); missing " + e.getMessage());
	}
}
