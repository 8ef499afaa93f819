package org.mer.classify;

import java.io.IOException;
import java.util.List;

import org.mer.core.Progress;

/**
 * Classifies the clips of a {@link BatchClassifier} run somewhere other than the calling thread
 * (e.g. as Spark tasks, see {@code org.mer.exec}), each with
 * {@link BatchClassifier#classifyRow}; the batch classifier keeps resuming and writing the CSV.
 */
public interface ClipExecutor {

	/** Receives rows on the calling thread. */
	interface RowSink {
		void row(ClipJob job, ClipRow row) throws IOException;
	}

	/**
	 * Classifies every job and passes each job's row to {@code sink} on the calling thread, in
	 * job order, exactly once per job.
	 *
	 * @throws IOException from the sink (the CSV cannot be written)
	 * @throws org.mer.core.CanceledException when canceled; rows already passed stay written
	 */
	void classifyAll(List<ClipJob> jobs, RowSink sink, Progress progress) throws IOException;
}
