package org.mer.ij;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import ij.process.LUT;

import org.mer.core.InputException;

/**
 * The heat-map lookup tables used for attention overlays. They ship as ImageJ {@code .lut}
 * files (768 bytes: 256 reds, 256 greens, 256 blues) in {@code luts/} at the repository root
 * (installed to {@code Fiji.app/luts/}, so Fiji's Image &gt; Lookup Tables menu lists them) and
 * inside the jar under {@code /luts/}, from where {@link #load(String)} reads them. The tables
 * are computed by {@link #table(String)}; {@link #main(String[])} writes the files. Thread safe.
 */
public final class HeatLuts {
	/** Black, red, orange, yellow, white: low attention stays dark. */
	public static final String HEAT = "MER Heat";
	/** Perceptually uniform black-purple-orange-yellow (polynomial fit of matplotlib's inferno). */
	public static final String INFERNO = "MER Inferno";
	/** Blue, cyan, green, yellow, red, as in most Grad-CAM figures. */
	public static final String JET = "MER Jet";

	private static final List<String> NAMES = Collections.unmodifiableList(Arrays.asList(HEAT, INFERNO, JET));

	/** Inferno polynomial coefficients c0..c6 per channel (Matt Zucker's CC0 fit). */
	private static final double[][] INFERNO_COEFFS = {
		{ 0.0002189403691192265, 0.001651004631001012, -0.01948089843709184 },
		{ 0.1065134194856116, 0.5639564367884091, 3.932712388889277 },
		{ 11.60249308247187, -3.972853965665698, -15.9423941062914 },
		{ -41.70399613139459, 17.43639888205313, 44.35414519872813 },
		{ 77.162935699427, -33.40235894210092, -81.80730925738993 },
		{ -71.31942824499214, 32.62606426397723, 73.20951985803202 },
		{ 25.13112622477341, -12.24266895238567, -23.07032500287172 } };

	private HeatLuts() {}

	/** @return the names of the shipped tables, default ({@link #HEAT}) first */
	public static List<String> names() {
		return NAMES;
	}

	/**
	 * Loads a shipped table from the jar.
	 *
	 * @param name one of {@link #names()}
	 * @throws InputException for an unknown name
	 */
	public static LUT load(String name) {
		byte[] raw = new byte[768];
		try (InputStream in = HeatLuts.class.getResourceAsStream("/luts/" + checked(name) + ".lut")) {
			if (in == null) throw new InputException("LUT resource /luts/" + name + ".lut is missing from the plugin jar");
			int n = 0;
			while (n < raw.length) {
				int r = in.read(raw, n, raw.length - n);
				if (r < 0) throw new InputException("LUT resource /luts/" + name + ".lut has " + n + " bytes, not 768");
				n += r;
			}
		}
		catch (IOException e) {
			throw new InputException("cannot read LUT " + name + ": " + e.getMessage(), e);
		}
		return toLut(raw);
	}

	/** Wraps 768 raw bytes (R, G, B planes) as an ImageJ LUT. */
	public static LUT toLut(byte[] raw) {
		return new LUT(Arrays.copyOfRange(raw, 0, 256), Arrays.copyOfRange(raw, 256, 512), Arrays.copyOfRange(raw, 512, 768));
	}

	/** Computes a table as the 768 bytes of its {@code .lut} file. */
	public static byte[] table(String name) {
		byte[] raw = new byte[768];
		for (int i = 0; i < 256; i++) {
			double t = i / 255.0;
			double[] rgb = colour(checked(name), t);
			for (int c = 0; c < 3; c++)
				raw[c * 256 + i] = (byte) Math.round(255 * Math.max(0, Math.min(1, rgb[c])));
		}
		return raw;
	}

	private static double[] colour(String name, double t) {
		if (HEAT.equals(name)) return new double[] { 3 * t, 3 * t - 1, 3 * t - 2 };
		if (JET.equals(name))
			return new double[] { 1.5 - Math.abs(4 * t - 3), 1.5 - Math.abs(4 * t - 2), 1.5 - Math.abs(4 * t - 1) };
		double[] rgb = new double[3];
		for (int c = 0; c < 3; c++)
			for (int k = INFERNO_COEFFS.length - 1; k >= 0; k--)
				rgb[c] = rgb[c] * t + INFERNO_COEFFS[k][c];
		return rgb;
	}

	private static String checked(String name) {
		if (!NAMES.contains(name)) throw new InputException("unknown LUT '" + name + "', expected one of " + NAMES);
		return name;
	}

	/** Writes every table as {@code <name>.lut} into the folder given as the only argument (default {@code luts}). */
	public static void main(String[] args) throws IOException {
		Path dir = Paths.get(args.length > 0 ? args[0] : "luts");
		Files.createDirectories(dir);
		for (String name : NAMES)
			Files.write(dir.resolve(name + ".lut"), table(name));
	}
}
