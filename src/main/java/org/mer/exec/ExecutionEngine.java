package org.mer.exec;

import java.nio.file.Path;

import org.mer.classify.ClipExecutor;
import org.mer.train.FoldExecutor;

/**
 * Where the heavy work of {@code evaluate}, {@code compare} and {@code classify} runs: in this
 * JVM ({@link LocalEngine}) or as tasks of an Apache Spark application
 * ({@code org.mer.exec.spark.SparkEngine}, loaded only when chosen, see {@link ExecutionEngines}).
 * Every engine calls the same per-fold and per-clip functions and the driver writes every
 * output, so the engines give identical reports, CSVs and models. Close the engine when done
 * (Spark: stops the application). Not thread safe.
 */
public interface ExecutionEngine extends AutoCloseable {

	/** "local", or "spark" with the master URL, for logs and reports. */
	String description();

	/** Trains LOSO folds for {@link org.mer.train.ProtocolRunner}; null means "in this thread". */
	FoldExecutor folds();

	/**
	 * Classifies clips for {@link org.mer.classify.BatchClassifier} with the model folder on the
	 * device ("auto", "cpu", "gpu"); null means "in this thread with the caller's classifier".
	 */
	ClipExecutor clips(Path modelDir, String device);

	@Override
	void close();
}
