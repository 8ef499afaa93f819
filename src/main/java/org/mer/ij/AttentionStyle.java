package org.mer.ij;

import java.util.Locale;

import org.mer.attention.AttentionRegions;
import org.mer.core.InputException;

/**
 * How attention is drawn and turned into regions: heat-map LUT name, overlay opacity and the
 * quantile above which pixels form regions. Immutable value.
 */
public final class AttentionStyle {
	private final String lutName;
	private final double opacity;
	private final double quantile;

	/**
	 * @param lutName one of {@link HeatLuts#names()}
	 * @param opacity overlay opacity in [0, 1]
	 * @param quantile in [0, 1); 0.9 outlines the top 10% of the map
	 * @throws InputException naming the field that is out of range
	 */
	public AttentionStyle(String lutName, double opacity, double quantile) {
		if (!HeatLuts.names().contains(lutName)) throw new InputException("unknown LUT '" + lutName + "', expected one of " + HeatLuts.names());
		if (!(opacity >= 0 && opacity <= 1)) throw new InputException("opacity must be in [0, 1], got " + opacity);
		if (!(quantile >= 0 && quantile < 1)) throw new InputException("attention quantile must be in [0, 1), got " + quantile);
		this.lutName = lutName;
		this.opacity = opacity;
		this.quantile = quantile;
	}

	/** {@link HeatLuts#HEAT}, opacity 0.5, top 10%. */
	public static AttentionStyle defaults() {
		return new AttentionStyle(HeatLuts.HEAT, AttentionOverlay.DEFAULT_OPACITY, AttentionRegions.DEFAULT_QUANTILE);
	}

	public String lutName() { return lutName; }
	public double opacity() { return opacity; }
	public double quantile() { return quantile; }

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "lut=%s opacity=%.2f quantile=%.2f", lutName, opacity, quantile);
	}
}
