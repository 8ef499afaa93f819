/**
 * Figures drawn with AWT and ImageJ's {@code Plot}: the evaluation report's PNGs
 * ({@link org.mer.figures.ReportImages}) and the spotting signal plot
 * ({@link org.mer.figures.SpottingPlot}), all headless on a BufferedImage, and the same signal as
 * an ImageJ {@code Plot} for the windows of the ImageJ front ends
 * ({@link org.mer.figures.SpottingImagePlot}).
 * <p>
 * Why a package of its own: the UI-free core must not depend on {@code java.awt} beyond
 * {@code java.awt.image}, so that it runs and is tested without a display toolkit (and never loads
 * drawing classes on a cluster executor). Drawing is an edge concern, like the front ends: the
 * application layer takes a core result and asks a class here to draw it, or hands the core a
 * drawer through an interface of the core's own ({@link org.mer.train.report.ReportFigures}). Used
 * by the application layer and the front ends, never by the core. Every file is written
 * atomically through {@link org.mer.io.AtomicFiles}.
 */
package org.mer.figures;
