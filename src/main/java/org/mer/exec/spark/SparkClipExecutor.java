package org.mer.exec.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;

import org.mer.classify.ClipExecutor;
import org.mer.classify.ClipJob;
import org.mer.classify.ClipRow;
import org.mer.core.Progress;
import org.mer.exec.ClipJobRecord;
import org.mer.exec.ExecutorModels;

/**
 * Classifies clips as Spark tasks: the jobs go in chunks of a few clips per task slot, each
 * chunk one job whose partitions run on the executors with the model loaded once per executor
 * JVM ({@link ExecutorModels}); a chunk's rows come back in job order and are handed to the
 * sink (which writes the CSV on the driver) before the next chunk starts, so an interrupted
 * run keeps whole rows of whole chunks and a retried task adds no row twice.
 */
final class SparkClipExecutor implements ClipExecutor {
	private static final int CLIPS_PER_SLOT = 4;

	private final JavaSparkContext spark;
	private final String modelDir, device;

	SparkClipExecutor(JavaSparkContext spark, String modelDir, String device) {
		this.spark = spark;
		this.modelDir = modelDir;
		this.device = device;
	}

	@Override
	public void classifyAll(List<ClipJob> jobs, RowSink sink, Progress progress) throws IOException {
		int slots = Math.max(1, spark.defaultParallelism());
		int chunk = slots * CLIPS_PER_SLOT;
		for (int from = 0; from < jobs.size(); from += chunk) {
			progress.checkCanceled();
			List<ClipJob> part = jobs.subList(from, Math.min(jobs.size(), from + chunk));
			List<ClipJobRecord> records = new ArrayList<>(part.size());
			for (ClipJob j : part)
				records.add(new ClipJobRecord(j));
			progress.status("Classifying clips " + (from + 1) + "-" + (from + part.size()) + " of " + jobs.size() + " on Spark");
			spark.setJobDescription("classify clips " + (from + 1) + "-" + (from + part.size()));
			List<ClipRow> rows = spark.parallelize(records, Math.min(slots, records.size()))
				.mapPartitions(new ClassifyPartition(modelDir, device)).collect();
			if (rows.size() != part.size()) throw new IllegalStateException(rows.size() + " rows for " + part.size() + " clips");
			for (int i = 0; i < part.size(); i++)
				sink.row(part.get(i), rows.get(i));
			progress.progress((double) (from + part.size()) / jobs.size());
		}
	}

	/** The task body: clips in, their rows out, in order. */
	private static final class ClassifyPartition implements FlatMapFunction<Iterator<ClipJobRecord>, ClipRow> {
		private static final long serialVersionUID = 1L;
		private final String modelDir, device;

		ClassifyPartition(String modelDir, String device) {
			this.modelDir = modelDir;
			this.device = device;
		}

		@Override
		public Iterator<ClipRow> call(Iterator<ClipJobRecord> jobs) {
			List<ClipRow> rows = new ArrayList<>();
			while (jobs.hasNext())
				rows.add(ExecutorModels.classify(modelDir, device, jobs.next()));
			return rows.iterator();
		}
	}
}
