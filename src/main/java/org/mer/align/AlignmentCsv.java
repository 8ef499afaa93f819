package org.mer.align;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mer.io.AtomicFiles;

/**
 * The per-frame alignment report as CSV, so a user can see where alignment struggled (SPEC
 * §11). Header lines start with {@code #} and give the settings ({@link AlignSettings#toMap()});
 * then one row per frame with the columns
 * {@code frame,reference,a00,a01,a02,a10,a11,a12,tx,ty,rotation_deg,scale,residual,converged,note}
 * where a.. is the 2x3 transform (reference to frame coordinates, pixel centres at integers,
 * {@link AffineMap}), rotation and scale are those of its closest similarity, residual the
 * mean absolute grey difference after alignment, and converged {@code true}/{@code false}.
 * Numbers use a dot and up to 6 decimals; notes are quoted. Stateless.
 */
public final class AlignmentCsv {
	public static final String HEADER = "frame,reference,a00,a01,a02,a10,a11,a12,tx,ty,rotation_deg,scale,residual,converged,note";

	private AlignmentCsv() {}

	/** The whole file as text, lines ending in '\n'. */
	public static String format(String source, AlignSettings settings, List<FrameAlignment> rows) {
		StringBuilder sb = new StringBuilder();
		sb.append("# alignment of ").append(source.replace('\n', ' ')).append('\n');
		for (Map.Entry<String, String> e : settings.toMap().entrySet()) sb.append("# ").append(e.getKey()).append('=').append(e.getValue()).append('\n');
		sb.append(HEADER).append('\n');
		for (FrameAlignment a : rows) {
			double[] m = a.transform().toArray();
			sb.append(a.frameNumber()).append(',').append(a.reference());
			for (double v : m) sb.append(',').append(num(v));
			sb.append(',').append(num(m[2])).append(',').append(num(m[5]));
			sb.append(',').append(num(a.transform().rotationDegrees())).append(',').append(num(a.transform().scale()));
			sb.append(',').append(num(a.residual())).append(',').append(a.converged());
			sb.append(",\"").append(a.note().replace("\"", "\"\"").replace('\n', ' ')).append("\"\n");
		}
		return sb.toString();
	}

	/** Writes {@link #format} to {@code file} atomically (a temporary file renamed over the target). */
	public static void write(Path file, String source, AlignSettings settings, List<FrameAlignment> rows) throws IOException {
		AtomicFiles.writeString(file, format(source, settings, rows));
	}

	private static String num(double v) {
		if (Double.isNaN(v)) return "NaN";
		String s = String.format(Locale.ROOT, "%.6f", v);
		s = s.indexOf('.') >= 0 ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
		return s.equals("-0") ? "0" : s;
	}
}
