package org.mer.ij;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ij.gui.Roi;
import ij.measure.ResultsTable;
import ij.plugin.filter.ThresholdToSelection;
import ij.process.ByteProcessor;
import ij.process.ImageProcessor;

import org.mer.attention.AttentionRegion;

/**
 * Attention regions as ImageJ ROIs (traced outlines, composite where a region has holes) and
 * as rows of a results table. No window code; stateless, thread safe.
 */
public final class AttentionRois {
	/** Title of the results table with one row per attention region. */
	public static final String TABLE_TITLE = "Attention regions";

	private static final Color[] STROKES = { Color.CYAN, Color.GREEN, Color.MAGENTA, Color.YELLOW, Color.ORANGE, Color.PINK };

	private AttentionRois() {}

	/** "#1 mean=0.83 area=120 px". */
	public static String name(AttentionRegion region) {
		return String.format(Locale.ROOT, "#%d mean=%.2f area=%d px", region.rank(), region.meanAttention(), region.area());
	}

	/** Stroke colour for a rank (cycles through six colours that stand out on heat maps). */
	public static Color strokeColor(int rank) {
		return STROKES[(Math.max(1, rank) - 1) % STROKES.length];
	}

	/** One ROI per region, in the given order, in the coordinates of the map the regions came from. */
	public static List<Roi> toRois(List<AttentionRegion> regions) {
		List<Roi> rois = new ArrayList<>(regions.size());
		for (AttentionRegion region : regions)
			rois.add(toRoi(region));
		return rois;
	}

	/** The region's outline as a ROI named {@link #name(AttentionRegion)}, stroked in {@link #strokeColor(int)}. */
	public static Roi toRoi(AttentionRegion region) {
		int w = region.boundsWidth(), h = region.boundsHeight();
		boolean[] mask = region.boundsMask();
		ByteProcessor bp = new ByteProcessor(w, h);
		for (int i = 0; i < mask.length; i++)
			if (mask[i]) bp.set(i % w, i / w, 255);
		bp.setThreshold(255, 255, ImageProcessor.NO_LUT_UPDATE);
		Roi roi = new ThresholdToSelection().convert(bp);
		roi.setLocation(roi.getXBase() + region.boundsX(), roi.getYBase() + region.boundsY());
		roi.setName(name(region));
		roi.setStrokeColor(strokeColor(region.rank()));
		roi.setStrokeWidth(1);
		return roi;
	}

	/**
	 * Appends one row per region: label = {@code imageTitle}, then rank, area (px),
	 * mean_attention, centroid_x, centroid_y (pixels, pixel centres).
	 */
	public static void addRows(ResultsTable table, String imageTitle, List<AttentionRegion> regions) {
		for (AttentionRegion r : regions) {
			table.incrementCounter();
			table.addLabel(imageTitle);
			table.addValue("rank", r.rank());
			table.addValue("area", r.area());
			table.addValue("mean_attention", r.meanAttention());
			table.addValue("centroid_x", r.centroidX());
			table.addValue("centroid_y", r.centroidY());
		}
	}
}
