/**
 * Figures drawn with AWT and ImageJ's {@code Plot}: the evaluation report's PNGs. This package
 * sits at the edge, beside the front ends: the core computes and writes data only, and receives
 * a drawer through an interface of its own ({@link org.mer.train.report.ReportFigures}), so that
 * it never loads AWT drawing classes (on a cluster executor, for instance). Used by the
 * application layer and the front ends, never by the core.
 */
package org.mer.figures;
