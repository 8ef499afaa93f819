package org.mer.data.synth;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Everything that makes one rendered frame differ from the neutral face: head pose, illumination
 * (gain, offset, side light), lid closure and the expressions active in it, each as a unit field
 * and its current displacement amplitude in pixels (in face coordinates, before the pose's
 * scale). Immutable.
 */
final class FrameState {
	final HeadPose pose;
	final double gain, offset, side, closure;
	final List<ExpressionField> fields;
	final double[] amplitudes;

	FrameState(HeadPose pose, double gain, double offset, double side, double closure, List<ExpressionField> fields, double[] amplitudes) {
		if (fields.size() != amplitudes.length) throw new IllegalArgumentException(fields.size() + " fields but " + amplitudes.length + " amplitudes");
		this.pose = pose;
		this.gain = gain;
		this.offset = offset;
		this.side = side;
		this.closure = closure;
		this.fields = Collections.unmodifiableList(new ArrayList<>(fields));
		this.amplitudes = amplitudes.clone();
	}
}
