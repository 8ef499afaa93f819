package org.mer.figures;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ij.gui.Plot;

import org.mer.spot.FrameInterval;
import org.mer.spot.GroundTruthInterval;
import org.mer.spot.IntervalType;
import org.mer.spot.SpotResult;
import org.mer.spot.SpottedInterval;

/**
 * The spotting signal of one recording as an ImageJ {@link Plot}, for Fiji's and ImageJ's
 * windows (the PNG of reports is {@link SpottingPlot}): x = frame number, y = the smoothed signal
 * (flow pixels, black), the threshold (red) and the baseline (grey), each spotted interval shaded
 * over the whole height (light orange micro, light blue macro, onset - 0.5 to offset + 0.5), and
 * ground-truth intervals, when given, as green bars along the bottom. No window is opened;
 * stateless.
 */
public final class SpottingImagePlot {
	static final Color MICRO_FILL = new Color(255, 215, 160), MACRO_FILL = new Color(190, 210, 250), TRUTH_FILL = new Color(120, 200, 120);

	private SpottingImagePlot() {}

	/** @param truth the annotated intervals, or an empty list */
	public static Plot plot(SpotResult r, List<GroundTruthInterval> truth) {
		int[] frames = r.signal().frameNumbers();
		float[] y = r.signal().smoothed();
		double[] xs = new double[frames.length], ys = new double[frames.length];
		double lo = Math.min(0, r.baseline()), hi = r.threshold();
		for (int i = 0; i < frames.length; i++) {
			xs[i] = frames[i];
			ys[i] = y[i];
			lo = Math.min(lo, y[i]);
			hi = Math.max(hi, y[i]);
		}
		hi = hi <= lo ? lo + 1 : hi + 0.08 * (hi - lo);
		double x0 = frames[0] - 0.5, x1 = frames[frames.length - 1] + 0.5;
		long micro = r.intervals().stream().filter(i -> i.type() == IntervalType.MICRO).count();
		Plot plot = new Plot(String.format(Locale.ROOT, "Spotting signal of %s: %d micro, %d macro", r.name(), micro, r.intervals().size() - micro),
			"frame", "signal (flow px, smoothed)");
		plot.setLimits(x0, x1, lo, hi);
		for (IntervalType type : IntervalType.values()) {
			List<FrameInterval> of = new ArrayList<>();
			for (SpottedInterval s : r.intervals())
				if (s.type() == type) of.add(s);
			Color fill = type == IntervalType.MICRO ? MICRO_FILL : MACRO_FILL;
			shade(plot, of, lo, hi, fill);
		}
		if (!truth.isEmpty()) shade(plot, new ArrayList<>(truth), lo, lo + 0.04 * (hi - lo), TRUTH_FILL);
		plot.setColor(Color.GRAY);
		plot.setLineWidth(1);
		plot.add("line", new double[] { x0, x1 }, new double[] { r.baseline(), r.baseline() });
		plot.setColor(new Color(220, 30, 30));
		plot.setLineWidth(1.5f);
		plot.add("line", new double[] { x0, x1 }, new double[] { r.threshold(), r.threshold() });
		plot.setColor(Color.BLACK);
		plot.setLineWidth(1);
		plot.add("line", xs, ys);
		plot.setColor(Color.DARK_GRAY);
		plot.addLegend("baseline\nthreshold\nsignal");
		plot.addLabel(0, 0, String.format(Locale.ROOT, "threshold %.3f px; shaded: orange micro, blue macro%s%s", r.threshold(),
			truth.isEmpty() ? "" : "; green: annotated", r.errorNote().map(n -> "; PARTIAL: " + n).orElse("")));
		return plot;
	}

	private static void shade(Plot plot, List<FrameInterval> intervals, double bottom, double top, Color fill) {
		if (intervals.isEmpty()) return;
		ArrayList<float[]> boxes = new ArrayList<>();
		for (FrameInterval i : intervals)
			boxes.add(new float[] { (float) (i.onset() - 0.5), (float) top, (float) (i.offset() + 0.5), (float) bottom });
		plot.setColor(fill, fill);
		plot.drawShapes("rectangles", boxes);
	}
}
