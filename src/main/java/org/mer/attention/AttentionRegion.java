package org.mer.attention;

import java.util.Arrays;

/**
 * One connected region of high attention in a map of {@code width x height} pixels. Pixel
 * coordinates are 0-based, x to the right, y down, as in ImageJ. Immutable.
 */
public final class AttentionRegion {
	private final int rank;
	private final int[] pixelIndices;
	private final double meanAttention;
	private final double centroidX, centroidY;
	private final int minX, minY, maxX, maxY;
	private final int mapWidth;

	/**
	 * @param rank 1 for the region with the highest mean attention
	 * @param pixelIndices row-major indices {@code y * mapWidth + x} of the region's pixels, ascending
	 * @param mapWidth width of the map the indices refer to
	 * @param meanAttention mean of the map over the region's pixels
	 */
	AttentionRegion(int rank, int[] pixelIndices, int mapWidth, double meanAttention) {
		if (pixelIndices.length == 0) throw new IllegalArgumentException("empty region");
		this.rank = rank;
		this.pixelIndices = pixelIndices;
		this.mapWidth = mapWidth;
		this.meanAttention = meanAttention;
		int x0 = Integer.MAX_VALUE, y0 = Integer.MAX_VALUE, x1 = -1, y1 = -1;
		double sx = 0, sy = 0;
		for (int i : pixelIndices) {
			int x = i % mapWidth, y = i / mapWidth;
			x0 = Math.min(x0, x);
			y0 = Math.min(y0, y);
			x1 = Math.max(x1, x);
			y1 = Math.max(y1, y);
			sx += x;
			sy += y;
		}
		minX = x0;
		minY = y0;
		maxX = x1;
		maxY = y1;
		centroidX = sx / pixelIndices.length;
		centroidY = sy / pixelIndices.length;
	}

	AttentionRegion withRank(int newRank) {
		return new AttentionRegion(newRank, pixelIndices, mapWidth, meanAttention);
	}

	/** 1-based rank by mean attention, 1 = most attended. */
	public int rank() { return rank; }

	/** Number of pixels in the region. */
	public int area() { return pixelIndices.length; }

	/** Mean attention over the region's pixels (same units as the map, [0, 1] for GA maps). */
	public double meanAttention() { return meanAttention; }

	/** Centroid x of the pixel centres (pixel (x, y) has centre x), in pixels. */
	public double centroidX() { return centroidX; }

	/** Centroid y of the pixel centres, in pixels. */
	public double centroidY() { return centroidY; }

	/** Leftmost pixel column. */
	public int boundsX() { return minX; }

	/** Top pixel row. */
	public int boundsY() { return minY; }

	/** Bounding box width in pixels. */
	public int boundsWidth() { return maxX - minX + 1; }

	/** Bounding box height in pixels. */
	public int boundsHeight() { return maxY - minY + 1; }

	/** Width of the map this region was found in. */
	public int mapWidth() { return mapWidth; }

	/** Row-major indices {@code y * mapWidth() + x} of the region's pixels, ascending (a copy). */
	public int[] pixelIndices() { return pixelIndices.clone(); }

	/**
	 * The region as a mask over its bounding box: row-major, {@code boundsWidth() x boundsHeight()},
	 * true where the pixel belongs to the region.
	 */
	public boolean[] boundsMask() {
		int w = boundsWidth();
		boolean[] mask = new boolean[w * boundsHeight()];
		for (int i : pixelIndices)
			mask[(i / mapWidth - minY) * w + (i % mapWidth - minX)] = true;
		return mask;
	}

	/** @return whether pixel (x, y) of the map belongs to the region */
	public boolean contains(int x, int y) {
		if (x < minX || x > maxX || y < minY || y > maxY) return false;
		return Arrays.binarySearch(pixelIndices, y * mapWidth + x) >= 0;
	}

	@Override
	public String toString() {
		return String.format(java.util.Locale.ROOT, "#%d mean=%.2f area=%d px", rank, meanAttention, area());
	}
}
