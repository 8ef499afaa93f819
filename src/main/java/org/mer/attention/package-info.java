/**
 * UI-free analysis of Gradient Attention maps: which map is looked at
 * ({@link org.mer.attention.AttentionView}: the mean, product or maximum of the blocks, or one
 * block, and how block maps are upsampled), thresholding at a quantile into ranked connected
 * regions, and faithfulness: whether a map points where the face truly moved
 * ({@link org.mer.attention.Faithfulness}: pointing game and attention mass in a region, with
 * the region's area share as chance level). The ImageJ views of these live in
 * {@code org.mer.ij}.
 *
 * <h2>Why it is built this way</h2>
 * <ul>
 * <li>The display and the evaluation share one definition of a view, so what the overlay shows is
 * what the report measured ({@link org.mer.attention.AttentionView#DEFAULT}).</li>
 * <li>Maps are plain row-major float arrays with their sizes, not images: the same code scores
 * maps inside a training fold (no ImageJ, possibly on a Spark executor) and builds the ImageJ
 * overlay.</li>
 * <li>Ties at the maximum share the pointing credit, so a flat map scores exactly chance and
 * saturated maps (sigmoid outputs clamped at 1) cannot look better than they are.</li>
 * <li>The chance level is the area share, not a sampled random map: for independent random
 * values it is the exact expectation of both the pointing hit and the mass share, with no
 * sampling noise and no seed.</li>
 * </ul>
 */
package org.mer.attention;
