/**
 * Spotting micro- and macro-expressions in long recordings, and scoring the result by the MEGC
 * protocol (SPEC §10).
 * <p>
 * Why a package: spotting is a use case of its own (long video in, intervals out) that sits
 * before classification (each spotted micro interval can become a clip) and has its own
 * evaluation protocol. It depends on {@code clip} (frames), {@code face} (detection) and OpenCV;
 * nothing in the core depends on it. Drawing is not here: {@code org.mer.figures.SpottingPlot}
 * draws a {@link org.mer.spot.SpotResult}.
 * <p>
 * Decisions:
 * <ul>
 * <li><b>Streaming.</b> A recording is read once, in order; only the last k + 1 grey analysis
 * frames are held ({@link org.mer.spot.FrameRing}), so frame memory does not grow with the
 * recording (the signal is a few floats per frame).</li>
 * <li><b>Signal.</b> Dense optical flow (Farneback by default, DIS as the faster option; TV-L1 is
 * too slow for minutes of video) on a face crop resized to 128 px, summarised over eight facial
 * regions placed from the face box ({@link org.mer.spot.FaceRegions}); head translation is removed
 * with the nose region as reference: each pair is registered by the nose's translation before the
 * flow and the nose's remaining flow subtracted ({@link org.mer.spot.HeadMotion}; alignment,
 * SPEC §11, can be put before the spotter for rotation and scale). Frame t is compared with t - k and t + k: by default
 * with the transient rule (t must differ from both sides, K = 1 s) because it follows an
 * expression's amplitude curve without echoes and ignores lasting posture changes; the MEGC
 * baseline's mean with k = (N + 1) / 2 is the documented alternative
 * ({@link org.mer.spot.SignalKind}).</li>
 * <li><b>Intervals.</b> A threshold relative to the recording's own signal (robust median + c MAD
 * by default, or the MEGC baseline's mean + p (max - mean)), each run above it gives one apex,
 * the peak's support gives onset and offset, a min-gap suppresses neighbours
 * ({@link org.mer.spot.PeakDetector}). Type by duration: micro when at most 0.5 s.</li>
 * <li><b>Every decision is a setting</b> ({@link org.mer.spot.SpotSettings}), stored with every
 * output through {@code toMap()}.</li>
 * <li><b>Extensible.</b> {@link org.mer.spot.Spotter} is the interface a learned spotter will
 * implement, reusing {@link org.mer.spot.SignalBuilder}.</li>
 * <li><b>Failures.</b> Bad input is one-line {@link org.mer.core.InputException}; a video that
 * cannot be decoded part way yields a partial result with an error note and keeps its intervals.</li>
 * <li><b>Many recordings</b> ({@link org.mer.spot.SpotBatch}): one intervals CSV
 * ({@link org.mer.spot.IntervalCsv}: a row per interval, an error row per recording that failed)
 * and beside it a settings file with every decision per recording
 * ({@link org.mer.spot.IntervalFile}), rows written as each recording finishes, locked, resumable
 * by recording. Classification of the spotted intervals comes in through
 * {@link org.mer.spot.IntervalAnnotator} (implemented in the application layer), so this package
 * does not depend on the classifier; alignment comes in through {@code SpotBatch.prepare}.</li>
 * <li><b>Scoring</b> follows SPEC §10 exactly ({@link org.mer.spot.SpotMatching},
 * {@link org.mer.spot.SpotMetrics}); per type, detections and ground truth of that type are matched
 * ({@link org.mer.spot.SpotScore}).</li>
 * </ul>
 * <p>
 * {@link org.mer.spot.Recording} and {@link org.mer.spot.GroundTruthInterval} are also the
 * contract with the long-video dataset readers ({@code org.mer.data.recording}): frame numbers are
 * absolute, as the datasets' sheets use them, and intervals are inclusive at both ends, so the
 * MEGC scoring (IoU over frames counted inclusive) needs no conversion.
 */
package org.mer.spot;
