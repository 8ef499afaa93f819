package org.mer.exec.spark;

import java.nio.file.Path;
import java.util.Map;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

import org.mer.classify.ClipExecutor;
import org.mer.core.InputException;
import org.mer.exec.ExecutionEngine;
import org.mer.exec.ExecutorModels;
import org.mer.train.FoldExecutor;

/**
 * The Apache Spark engine: one Spark application per engine (a {@link JavaSparkContext} made in
 * the constructor, stopped by {@link #close()}). LOSO folds are Spark tasks
 * ({@link SparkFoldExecutor}), clips are classified in partitions ({@link SparkClipExecutor}); results come back to this JVM (the driver), which writes every
 * output. Executors must see the same file system paths as the driver (frames, model folders).
 * <p>
 * Settings: the master given (or {@code spark.master} from spark-submit, else {@code local[*]});
 * executors get the Java 17 options Spark needs ({@link #EXECUTOR_JAVA_OPTIONS}) unless
 * {@code spark.executor.extraJavaOptions} is set, and the class path of system property
 * {@value #CLASSPATH_PROPERTY} (set by {@code ./mer}) as {@code spark.executor.extraClassPath}
 * unless that is set; any {@code conf} entry overrides.
 */
public final class SparkEngine implements ExecutionEngine {
	/** System property naming the application class path executors should use (shared file system). */
	public static final String CLASSPATH_PROPERTY = "mer.executor.classpath";

	/** JVM options of executor JVMs: Spark 3.5's module openings for Java 17, DJL offline, headless. */
	public static final String EXECUTOR_JAVA_OPTIONS = "-XX:+IgnoreUnrecognizedVMOptions"
		+ " --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED"
		+ " --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED"
		+ " --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED"
		+ " --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED"
		+ " --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED"
		+ " --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED"
		+ " --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED"
		+ " -Djdk.reflect.useDirectMethodHandle=false -Dai.djl.offline=true -Djava.awt.headless=true";

	private final JavaSparkContext spark;
	private final String master;
	private final FoldFunction foldFunction;

	/** Starts an application that trains folds with {@link FoldFunction#TRAIN}. */
	public SparkEngine(String master, Map<String, String> conf) {
		this(master, conf, FoldFunction.TRAIN);
	}

	/** Starts an application whose fold tasks run {@code foldFunction} (a wrapper of {@link FoldFunction#TRAIN}). */
	public SparkEngine(String master, Map<String, String> conf, FoldFunction foldFunction) {
		SparkConf c = new SparkConf().setAppName("MESTI-MEGANet");
		if (master != null) c.setMaster(master);
		else c.setIfMissing("spark.master", "local[*]");
		c.setIfMissing("spark.executor.extraJavaOptions", EXECUTOR_JAVA_OPTIONS);
		String classpath = System.getProperty(CLASSPATH_PROPERTY);
		if (classpath != null && !classpath.isEmpty()) c.setIfMissing("spark.executor.extraClassPath", classpath);
		c.setIfMissing("spark.ui.enabled", "false");
		for (Map.Entry<String, String> e : conf.entrySet())
			c.set(e.getKey(), e.getValue());
		try {
			this.spark = new JavaSparkContext(c);
		}
		catch (Exception e) {
			throw new InputException("could not start Spark (master " + c.get("spark.master") + "): " + e.getMessage(), e);
		}
		this.spark.setLogLevel("WARN");
		this.master = c.get("spark.master");
		this.foldFunction = foldFunction;
	}

	/** The application's context (for callers that submit their own jobs). */
	public JavaSparkContext context() { return spark; }

	@Override
	public String description() {
		return "spark (" + master + ", application " + spark.sc().applicationId() + ")";
	}

	@Override
	public FoldExecutor folds() {
		return new SparkFoldExecutor(spark, foldFunction);
	}

	@Override
	public ClipExecutor clips(Path modelDir, String device) {
		return new SparkClipExecutor(spark, modelDir.toAbsolutePath().normalize().toString(), device);
	}

	/** Stops the application and closes the models that local-mode tasks opened in this JVM. */
	@Override
	public void close() {
		try {
			spark.stop();
		}
		finally {
			ExecutorModels.closeAll();
		}
	}
}
