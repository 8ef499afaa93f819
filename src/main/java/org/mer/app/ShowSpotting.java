package org.mer.app;

import ij.ImagePlus;
import ij.gui.Plot;

import org.mer.core.Progress;
import org.mer.figures.SpottingImagePlot;
import org.mer.ij.IntervalMarks;
import org.mer.ij.SpotTable;
import org.mer.spot.SpottedInterval;

/**
 * What the two ImageJ front ends show after Spot Micro-expressions ({@link SpotRecordings#one}):
 * the rows in the {@value SpotTable#TITLE} table, each interval marked on the image it was
 * spotted in (overlay and slice labels, {@link IntervalMarks}), one log line per interval and,
 * with a GUI, the signal {@link Plot} ({@link SpottingImagePlot}). Runs on the caller's thread.
 * Stateless.
 */
public final class ShowSpotting {
	private ShowSpotting() {}

	/**
	 * @param spottedImage the image the recording came from (to mark), or null when it came from a path
	 * @param gui true to open the plot window
	 * @return the plot, or null when the recording could not be spotted
	 */
	public static Plot show(SpotRecordings.Spotted s, ImagePlus spottedImage, boolean gui, Progress progress) {
		SpotTable.add(s.outcome().header(), s.outcome().rows());
		for (SpottedInterval i : s.outcome().intervals())
			progress.log(s.name() + ": " + i);
		if (s.result() == null) return null;
		progress.log(s.name() + ": " + s.outcome().intervals().size() + " interval(s) at " + s.result().settings().fps() + " fps, threshold "
			+ String.format(java.util.Locale.ROOT, "%.3f", s.result().threshold()) + " px");
		for (java.nio.file.Path p : s.written())
			progress.log("wrote " + p);
		if (spottedImage != null) {
			IntervalMarks.mark(spottedImage, s.outcome().intervals());
			if (gui) spottedImage.updateAndDraw();
		}
		Plot plot = SpottingImagePlot.plot(s.result(), java.util.List.of());
		if (gui) plot.show();
		return plot;
	}
}
