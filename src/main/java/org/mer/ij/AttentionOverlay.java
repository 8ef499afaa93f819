package org.mer.ij;

import ij.ImagePlus;
import ij.gui.ImageRoi;
import ij.process.ColorProcessor;
import ij.process.LUT;

import org.mer.core.InputException;

/**
 * Renders an attention map as a coloured, semi-transparent {@link ImageRoi} to put in an
 * image's {@link ij.gui.Overlay}. Map values are expected in [0, 1] (Gradient Attention maps
 * are); values outside are clamped, NaN shows as the LUT's first colour. No window code;
 * stateless, thread safe.
 */
public final class AttentionOverlay {
	/** Default overlay opacity. */
	public static final double DEFAULT_OPACITY = 0.5;

	private AttentionOverlay() {}

	/**
	 * @param base the image the overlay goes on; only its width and height are used
	 * @param map row-major, the size of {@code base}
	 * @param opacity in [0, 1]
	 * @return an ImageRoi at (0, 0) the size of {@code base}, named "attention"
	 */
	public static ImageRoi render(ImagePlus base, float[] map, LUT lut, double opacity) {
		return render(base, map, base.getWidth(), base.getHeight(), lut, opacity);
	}

	/** As {@link #render(ImagePlus, float[], LUT, double)}, bilinearly resizing a {@code width x height} map to the base. */
	public static ImageRoi render(ImagePlus base, float[] map, int width, int height, LUT lut, double opacity) {
		if (!(opacity >= 0 && opacity <= 1)) throw new InputException("opacity must be in [0, 1], got " + opacity);
		int w = base.getWidth(), h = base.getHeight();
		float[] sized = AttentionMaps.resize(map, width, height, w, h);
		ColorProcessor cp = colourise(sized, w, h, lut);
		ImageRoi roi = new ImageRoi(0, 0, cp);
		roi.setOpacity(opacity);
		roi.setName("attention");
		return roi;
	}

	/** The map coloured through the LUT: value v in [0, 1] takes entry round(255 v). */
	public static ColorProcessor colourise(float[] map, int width, int height, LUT lut) {
		if (map.length != (long) width * height)
			throw new InputException("attention map has " + map.length + " values, not " + width + " x " + height);
		if (lut.getMapSize() != 256) throw new InputException("LUT must have 256 entries, has " + lut.getMapSize());
		int[] argb = new int[256];
		for (int i = 0; i < 256; i++)
			argb[i] = lut.getRGB(i) & 0xffffff;
		int[] pixels = new int[map.length];
		for (int i = 0; i < map.length; i++) {
			float v = map[i];
			int index = Float.isNaN(v) ? 0 : (int) Math.round(255 * Math.max(0f, Math.min(1f, v)));
			pixels[i] = argb[index];
		}
		return new ColorProcessor(width, height, pixels);
	}
}
