package org.mer.ij;

import java.util.Collections;
import java.util.List;

import ij.ImagePlus;
import ij.gui.ImageRoi;
import ij.gui.Overlay;
import ij.gui.Roi;

import org.mer.attention.AttentionRegion;
import org.mer.attention.AttentionRegions;

/**
 * One attention map prepared for an image: the map resized to the image, the coloured
 * {@link ImageRoi}, the ranked regions and their ROIs, all in the image's pixel coordinates.
 * No window code. Immutable after construction except for the ROI objects, which ImageJ may
 * move when a user edits them.
 */
public final class AttentionLayer {
	private final int width, height;
	private final float[] map;
	private final ImageRoi heat;
	private final List<AttentionRegion> regions;
	private final List<Roi> rois;

	private AttentionLayer(int width, int height, float[] map, ImageRoi heat, List<AttentionRegion> regions, List<Roi> rois) {
		this.width = width;
		this.height = height;
		this.map = map;
		this.heat = heat;
		this.regions = Collections.unmodifiableList(regions);
		this.rois = Collections.unmodifiableList(rois);
	}

	/**
	 * @param base the image the layer goes on (its width and height are used)
	 * @param map row-major attention, {@code mapWidth x mapHeight}, values in [0, 1]; resized
	 *          bilinearly to the image when its size differs
	 */
	public static AttentionLayer build(ImagePlus base, float[] map, int mapWidth, int mapHeight, AttentionStyle style) {
		int w = base.getWidth(), h = base.getHeight();
		float[] sized = AttentionMaps.resize(map, mapWidth, mapHeight, w, h);
		ImageRoi heat = AttentionOverlay.render(base, sized, w, h, HeatLuts.load(style.lutName()), style.opacity());
		List<AttentionRegion> regions = AttentionRegions.find(sized, w, h, style.quantile());
		return new AttentionLayer(w, h, sized, heat, regions, AttentionRois.toRois(regions));
	}

	/** Image width the map was resized to. */
	public int width() { return width; }

	/** Image height the map was resized to. */
	public int height() { return height; }

	/** The resized map, row-major (not a copy: do not modify). */
	public float[] map() { return map; }

	public ImageRoi heat() { return heat; }

	public List<AttentionRegion> regions() { return regions; }

	public List<Roi> rois() { return rois; }

	/** A new overlay with the heat map first, then the region outlines. */
	public Overlay toOverlay() {
		Overlay overlay = new Overlay();
		addTo(overlay);
		return overlay;
	}

	/** Adds the heat map and the region outlines to an existing overlay, keeping what it has. */
	public void addTo(Overlay overlay) {
		overlay.add(heat);
		for (Roi roi : rois)
			overlay.add(roi);
	}
}
