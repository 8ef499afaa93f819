package org.mer.train.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.mer.train.FoldResult;
import org.mer.train.Metrics;

/**
 * Draws the figures of an evaluation report. The core has no drawing code (drawing needs AWT,
 * which stays at the edge): the implementation that draws PNGs is
 * {@code org.mer.figures.ReportImages}, passed in by the application layer; {@link #NONE} writes
 * no figure (e.g. on cluster executors). Implementations write each file atomically and are
 * stateless.
 */
public interface ReportFigures {

	/** The confusion matrix of pooled predictions, as a PNG file. */
	void confusion(Metrics pooled, String title, Path file) throws IOException;

	/** Loss and accuracy per epoch of every fold, as a PNG file. */
	void curves(List<FoldResult> folds, String title, Path file) throws IOException;

	/** Draws nothing. */
	ReportFigures NONE = new ReportFigures() {
		@Override public void confusion(Metrics pooled, String title, Path file) {}
		@Override public void curves(List<FoldResult> folds, String title, Path file) {}
	};
}
