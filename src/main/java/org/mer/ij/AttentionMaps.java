package org.mer.ij;

import ij.process.FloatProcessor;
import ij.process.ImageProcessor;

import org.mer.core.InputException;

/** Resizing of row-major attention maps to an image's size. Stateless, thread safe. */
public final class AttentionMaps {
	private AttentionMaps() {}

	/**
	 * @param map row-major {@code map[y * width + x]}
	 * @return the map bilinearly resized to {@code targetWidth x targetHeight}, or the same array
	 *         when the size already matches
	 * @throws InputException when {@code map.length != width * height}
	 */
	public static float[] resize(float[] map, int width, int height, int targetWidth, int targetHeight) {
		if (map == null || width <= 0 || height <= 0 || map.length != (long) width * height)
			throw new InputException("attention map has " + (map == null ? 0 : map.length) + " values, not " + width + " x " + height);
		if (width == targetWidth && height == targetHeight) return map;
		FloatProcessor fp = new FloatProcessor(width, height, map.clone());
		fp.setInterpolationMethod(ImageProcessor.BILINEAR);
		return (float[]) fp.resize(targetWidth, targetHeight, true).getPixels();
	}

	/** The map as a 32-bit processor (shares the array). */
	public static FloatProcessor toProcessor(float[] map, int width, int height) {
		if (map.length != (long) width * height)
			throw new InputException("attention map has " + map.length + " values, not " + width + " x " + height);
		return new FloatProcessor(width, height, map);
	}
}
