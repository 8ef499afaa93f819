package org.mer.exec;

import java.io.Serializable;
import java.nio.file.Paths;

import org.mer.clip.ClipRange;
import org.mer.data.Sample;

/**
 * A {@link Sample} in a form that travels to another JVM (Java serialisation): the frames path
 * as an absolute path string, which must name the same place on every machine (a shared file
 * system). Immutable.
 */
public final class SampleRecord implements Serializable {
	private static final long serialVersionUID = 1L;

	private final String dataset, subject, id, frames, label;
	private final Integer onset, apex, offset;

	public SampleRecord(Sample s) {
		dataset = s.dataset();
		subject = s.subject();
		id = s.id();
		frames = s.frames().toAbsolutePath().normalize().toString();
		label = s.label();
		onset = s.range().onset();
		apex = s.range().apex();
		offset = s.range().offset();
	}

	/** A new {@link Sample} equal in every field (frames as the absolute path). */
	public Sample toSample() {
		return new Sample(dataset, subject, id, Paths.get(frames), new ClipRange(onset, apex, offset), label);
	}
}
