package org.mer.spot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mer.Version;

/**
 * The outcome of a spotting evaluation (SPEC §10): one {@link VideoOutcome} per recording and the
 * metrics pooled over all of them (TP, FP, FN summed first), overall and per type. Write it with
 * {@link SpotReportFiles}. Immutable.
 */
public final class SpotReport {
	private final String dataset, spotter;
	private final SpotSettings settings;
	private final FramePreparation preparation;
	private final List<VideoOutcome> videos;
	private final SpotMetrics overall, micro, macro;

	SpotReport(String dataset, String spotter, SpotSettings settings, FramePreparation preparation, List<VideoOutcome> videos) {
		this.dataset = dataset;
		this.spotter = spotter;
		this.settings = settings;
		this.preparation = preparation;
		this.videos = Collections.unmodifiableList(new ArrayList<>(videos));
		SpotMetrics o = SpotMetrics.ZERO, mi = SpotMetrics.ZERO, ma = SpotMetrics.ZERO;
		for (VideoOutcome v : videos) {
			o = o.plus(v.score().overall());
			mi = mi.plus(v.score().micro());
			ma = ma.plus(v.score().macro());
		}
		overall = o;
		micro = mi;
		macro = ma;
	}

	public String dataset() { return dataset; }
	public String spotter() { return spotter; }
	/** The settings template (fps unset: each video's fps is in its outcome). */
	public SpotSettings settings() { return settings; }
	/** What was done to the frames before spotting (alignment). */
	public FramePreparation preparation() { return preparation; }
	public List<VideoOutcome> videos() { return videos; }
	public SpotMetrics overall() { return overall; }
	public SpotMetrics micro() { return micro; }
	public SpotMetrics macro() { return macro; }

	/** Recordings that could not be spotted at all. */
	public long failedVideos() {
		return videos.stream().filter(v -> v.error().isPresent()).count();
	}

	/**
	 * The content of report.json: tool, version, created, dataset, spotter, settings, preparation
	 * (the frames' alignment settings, empty when none), the matching rule in words, videos /
	 * failed_videos / partial_videos, pooled {overall, micro, macro} and per_video (subject, video, fps, k, frames, last_frame, baseline, threshold, detections, truth,
	 * overall, micro, macro, partial_note, error).
	 */
	public Map<String, Object> toMap() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("tool", "MESTI-MEGANet");
		m.put("version", Version.get());
		m.put("created", Instant.now().toString());
		m.put("dataset", dataset);
		m.put("spotter", spotter);
		m.put("settings", settings.toMap());
		m.put("preparation", preparation.settings());
		m.put("matching", "TP when IoU >= 0.5 (frames inclusive) with a not yet matched ground-truth interval of the same video, greedy in "
			+ "decreasing IoU; counts pooled over videos; overall: all types together; micro/macro: detections of the type against ground "
			+ "truth of the type; F1 = 0 when undefined (SPEC §10)");
		m.put("videos", videos.size());
		m.put("failed_videos", failedVideos());
		m.put("partial_videos", videos.stream().filter(v -> v.partialNote().isPresent()).count());
		Map<String, Object> pooled = new LinkedHashMap<>();
		pooled.put("overall", overall.toMap());
		pooled.put("micro", micro.toMap());
		pooled.put("macro", macro.toMap());
		m.put("pooled", pooled);
		List<Map<String, Object>> rows = new ArrayList<>();
		for (VideoOutcome v : videos) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("subject", v.subject());
			row.put("video", v.video());
			row.put("fps", v.fps());
			v.result().ifPresent(r -> {
				row.put("k", r.signal().k());
				row.put("frames", r.signal().length());
				row.put("last_frame", r.lastFrame());
				row.put("baseline", r.baseline());
				row.put("threshold", r.threshold());
			});
			row.put("detections", v.intervals().size());
			row.put("truth", v.truth().size());
			row.put("overall", v.score().overall().toMap());
			row.put("micro", v.score().micro().toMap());
			row.put("macro", v.score().macro().toMap());
			row.put("partial_note", v.partialNote().orElse(null));
			row.put("error", v.error().orElse(null));
			rows.add(row);
		}
		m.put("per_video", rows);
		return m;
	}
}
