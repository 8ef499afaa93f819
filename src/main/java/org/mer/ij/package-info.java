/**
 * Bridge between ImageJ 1.x images and the imglib2 core: stacks and hyperstacks as frame
 * sources (wrapping pixel arrays without copying) and imglib2 images back to ImagePlus. Uses
 * only non-GUI ImageJ classes. Also what the ImageJ front ends show of a result: the results
 * tables (predictions, {@link org.mer.ij.SpotTable spotted intervals}), attention overlays and
 * ROIs, and spotted intervals marked on their stack ({@link org.mer.ij.IntervalMarks}).
 */
package org.mer.ij;
