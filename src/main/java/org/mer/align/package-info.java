/**
 * Head-motion compensation (SPEC §11): every frame is registered to a reference frame on the
 * face region and resampled into the reference's geometry, before any modality or spotting, so
 * that a head that drifts, nods or leans by a few pixels does not read as facial motion.
 * <p>
 * <b>Why this package.</b> Micro-expressions move the skin by about a pixel; head motion in
 * the same clip is often several pixels. Every modality (MESTI, dynamic image, difference, flow)
 * and the spotting signal see global motion as expression unless it is removed first, and they
 * must all see the same aligned frames, so alignment is one core step with one setting
 * ({@link org.mer.align.AlignSettings}, part of the modality's settings and cache key).
 * <p>
 * <b>Decisions.</b>
 * <ul>
 * <li><b>Estimator: our own inverse-compositional Gauss-Newton, not OpenCV ECC.</b> ECC has no
 * similarity model (a projected affine fit is not the least-squares similarity), takes only a
 * binary template mask, throws when it does not converge, and {@code warpAffine} quantises
 * bilinear coordinates to 1/32 pixel. The IC solver ({@code LevelSolver})
 * estimates translation (2), similarity (4) and affine (6) parameters directly (each is a
 * group, so updates compose inside it), with gain/bias compensation like ECC's normalisation,
 * robust weights, a coarse-to-fine pyramid, and no native memory. Parameters are documented on
 * {@link org.mer.align.AlignSettings} and {@link org.mer.align.FrameRegistration}.</li>
 * <li><b>Blinks and the expression: robust weighting by default, a mask on request.</b> The
 * face region is the ellipse inscribed in the face box (its corners are background, which does
 * not follow the head). Residuals are weighted by Tukey's biweight after a gain/bias fit, so a
 * blink or a moving lip counts for little: on synthetic faces a full blink plus 3 px of lip and
 * lid motion moved the similarity estimate by 0.039 px with weighting against 0.27 px with plain
 * least squares, and without weighting the static background at the face outline made fits
 * fail. Masking the brows, eyes and mouth ({@link org.mer.align.MaskRule}) cuts the expression's
 * effect further (0.004 px) but leaves too little structure on small faces; the measured
 * trade-off is on {@link org.mer.align.MaskRule}. A block-wise rejection of regions that move on
 * their own was tried and dropped: it changed nothing measurable.</li>
 * <li><b>Sampling inside the estimator is cubic.</b> Bilinear sampling blurs the frame by a
 * sub-pixel-phase dependent amount the reference never gets; on synthetic faces that biased the
 * scale by -0.1..-0.3% under pure sub-pixel shifts. The output warp stays bilinear (SPEC §11).</li>
 * <li><b>Transform direction:</b> reference to frame coordinates ({@link org.mer.align.AffineMap}),
 * the sampling map of the warp, pixel centres at integers.</li>
 * <li><b>Warp:</b> bilinear with exact double coordinates, edge replicate by clamping the
 * sampling position ({@link org.mer.align.FrameWarper}); the estimator works on smoothed grey
 * frames, the output is warped from the frame as decoded, all channels.</li>
 * <li><b>Failure:</b> never an exception for a frame that does not register: the start
 * transform is kept and the frame is reported as not converged with the reason.</li>
 * <li><b>Long recordings:</b> reference renewed every window, chained by composition so every
 * output frame stays in the first frame's geometry ({@link org.mer.align.StreamingAligner}).</li>
 * <li><b>Measurement without hidden errors:</b> test clips are rendered at 4x and area-averaged
 * at the moved geometry over a static background ({@code HeadMotionRenderer}),
 * never by warping frames with the code under test.</li>
 * </ul>
 * Entry points for front ends: {@link org.mer.align.AlignFrames} (use cases),
 * {@link org.mer.align.AlignedFrameSource} (a clip's frames, aligned, as a
 * {@link org.mer.clip.FrameSource}), {@link org.mer.align.StreamingAligner} (frame by frame for
 * spotting), {@link org.mer.align.AlignmentCsv} (the report),
 * {@link org.mer.align.accuracy.AlignmentAccuracy} (the synthetic benchmark). No ImageJ, AWT or front-end
 * imports.
 */
package org.mer.align;
