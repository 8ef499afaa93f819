/**
 * Synthetic faces, micro-expression clips and long recordings, written in the layouts of the
 * public datasets, so that readers, training, spotting and alignment can be exercised and scored
 * without licensed data (whose frames may never be bundled). Every number measured on this data
 * is synthetic and must be labelled so.
 *
 * <h2>Why it is built this way</h2>
 * <ul>
 * <li>Faces are procedural ({@code FacePainter}): a colour for any continuous point. Clips with
 * nuisances ({@link org.mer.data.synth.NuisanceClip}) and long recordings are rendered by moving
 * the face geometry (head pose, expression displacement) and drawing it there, never by warping
 * a rendered image, so the head transform of every frame ({@link org.mer.data.synth.HeadPose}) is
 * exact and an alignment method can be scored against it.</li>
 * <li>The original generator ({@link org.mer.data.synth.SyntheticClip}, raster warp) stays the
 * default and byte-identical (a frozen digest test guards it): the bundled demo model and tests
 * were made with it. Realism is opt-in: {@code SynthSettings.builder().hard()} or the individual
 * settings ({@link org.mer.data.synth.Nuisances}, fps and seconds, apex position, macro leak,
 * class overlap).</li>
 * <li>Everything is a deterministic function of (seed, subject, class, clip) or (seed, subject,
 * video): per-frame randomness (jitter, noise, flicker noise) is drawn from a seed of the frame
 * index, and slow changes are sums of sinusoids, so any frame can be rendered alone and in any
 * order, and nothing grows with the recording's length.</li>
 * <li>Long recordings are rendered one frame at a time and each frame goes at once to every
 * output (frame file, lossless video, mp4, truth line): memory is one frame, whatever the length
 * (a 3-minute 200 fps recording is 36000 frames).</li>
 * </ul>
 *
 * <h2>Clip layouts</h2>
 * CASME II and SAMM, as {@link org.mer.data.synth.SyntheticDatasetGenerator} documents; clips
 * with nuisances add {@code truth/<subject folder>/<sample>.csv} (frame, tx_px, ty_px,
 * rotation_deg, scale, gain, offset, side_light, blink_closure, micro_amplitude_px,
 * macro_amplitude_px). The apex mask is drawn in the apex frame's image (head pose applied) where
 * the micro-expression itself moved the face by more than 0.1 px (head motion, blinks and a
 * leaking macro-expression excluded).
 *
 * <h2>The synth-lv layout (long recordings, {@link org.mer.data.synth.LongRecordingGenerator})</h2>
 * <pre>
 * out/.mer-synth                          marker: this generator wrote the folder (it may write again)
 * out/synth-lv-settings.txt               the settings, one line
 * out/frames/s01/s01_1/img00001.jpg       frames numbered from 1 (png when asked)
 * out/videos/s01/s01_1.avi                FFV1, lossless (or .mkv); frames from 1 in decoding order
 * out/videos/s01/s01_1.mp4                MPEG-4 part 2, quantiser 2, no B-frames
 * out/truth/s01/s01_1.csv                 per frame: frame, tx_px, ty_px, rotation_deg, scale, gain,
 *                                         offset, side_light, blink_closure, micro_amplitude_px,
 *                                         macro_amplitude_px
 * out/recordings.csv                      subject, video, fps, frames, width, height, jpeg_quality,
 *                                         frames_folder, lossless_video, mp4_video, truth
 *                                         (paths relative to out, blank when not written)
 * out/ground_truth.csv                    subject, video, kind (micro|macro|blink|head_turn), onset,
 *                                         apex (-1 for blinks and turns), offset, label, action_units,
 *                                         peak_px
 * out/synth-lv_coding.xlsx                the coding sheet, written last: Subject, Video, Onset, Apex,
 *                                         Offset, Type (micro|macro), Label, Action Units
 * </pre>
 * Subjects are s01, s02, ...; videos s01_1, s01_2, .... Frame numbers are inclusive and absolute
 * (the first frame is 1) everywhere. An expression is micro exactly when it lasts at most 0.5 s
 * (offset - onset + 1 frames at the recording's fps), as SPEC §10 classifies.
 */
package org.mer.data.synth;
