package org.mer.spot;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the settings file beside an intervals CSV records about one recording
 * ({@link IntervalFile}): whether it is complete, every spotting decision (the settings template
 * without fps, the frames' preparation, the fps given, the fps used and the frame counts it
 * gives), the annotator, and what was found. Stateless.
 */
final class SpotRecord {
	private SpotRecord() {}

	/**
	 * complete, template, preparation, fps_given, annotator, fps, k, window_frames, frames, first_frame,
	 * last_frame, face_box, baseline, threshold, intervals, micro, macro, partial_note, error,
	 * failures.
	 */
	static Map<String, Object> entry(SpotSettings template, FramePreparation preparation, SpotJob job, IntervalAnnotator annotator, SpotBatch.Outcome o) {
		Map<String, Object> m = new LinkedHashMap<>();
		SpotResult r = o.result();
		m.put("complete", o.complete());
		m.put("template", template.toMap());
		m.put("preparation", preparation.settings());
		m.put("fps_given", IntervalFile.fpsOrNull(job.givenFps()));
		m.put("annotator", annotator == null ? null : annotator.id());
		if (r != null) {
			SpotSettings s = r.settings();
			m.put("fps", s.fps());
			m.put("k", s.k());
			m.put("window_frames", s.windowFrames());
			m.put("frames", r.signal().length());
			m.put("first_frame", r.signal().frameNumber(0));
			m.put("last_frame", r.lastFrame());
			m.put("face_box", r.signal().faceBox().toString());
			m.put("baseline", r.baseline());
			m.put("threshold", r.threshold());
			m.put("intervals", r.intervals().size());
			m.put("micro", r.intervals().stream().filter(i -> i.type() == IntervalType.MICRO).count());
			m.put("macro", r.intervals().stream().filter(i -> i.type() == IntervalType.MACRO).count());
			m.put("partial_note", r.errorNote().orElse(null));
			m.put("error", null);
		}
		else m.put("error", o.error());
		m.put("failures", o.failures());
		return m;
	}
}
