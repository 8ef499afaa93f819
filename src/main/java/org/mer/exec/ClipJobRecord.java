package org.mer.exec;

import java.io.Serializable;
import java.nio.file.Paths;

import org.mer.classify.ClipJob;
import org.mer.clip.ClipRange;

/**
 * A {@link ClipJob} in a form that travels to another JVM (Java serialisation); the source as
 * an absolute path, which must name the same file on every machine (a shared file system).
 * Immutable.
 */
public final class ClipJobRecord implements Serializable {
	private static final long serialVersionUID = 1L;

	private final String path, source;
	private final Integer onset, apex, offset;

	public ClipJobRecord(ClipJob job) {
		path = job.path();
		source = job.source().toAbsolutePath().normalize().toString();
		onset = job.range().onset();
		apex = job.range().apex();
		offset = job.range().offset();
	}

	/** The job, with the same CSV path and range and the absolute source. */
	public ClipJob toJob() {
		return new ClipJob(path, Paths.get(source), new ClipRange(onset, apex, offset));
	}
}
