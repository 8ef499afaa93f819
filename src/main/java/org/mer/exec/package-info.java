/**
 * Where the heavy work runs: {@link org.mer.exec.ExecutionEngine} with the in-JVM
 * {@link org.mer.exec.LocalEngine} and the Apache Spark engine in {@code org.mer.exec.spark},
 * which is loaded by reflection ({@link org.mer.exec.ExecutionEngines}) so that nothing outside
 * that package imports Spark and the plugin runs without Spark jars. The records
 * ({@link org.mer.exec.SettingsRecord}, {@link org.mer.exec.ExampleSet},
 * {@link org.mer.exec.FoldResultRecord}, {@link org.mer.exec.SampleRecord},
 * {@link org.mer.exec.ClipJobRecord}) carry the training and classification units to other JVMs,
 * and the tasks ({@link org.mer.exec.FoldTask}, {@link org.mer.exec.ModalityTask},
 * {@link org.mer.exec.ExecutorModels}) run there the same functions the local engine calls.
 */
package org.mer.exec;
