package org.mer.ij;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import ij.ImagePlus;
import ij.ImageStack;
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.gui.TextRoi;

import org.mer.spot.IntervalType;
import org.mer.spot.SpottedInterval;

/**
 * Marks spotted intervals on the stack they were spotted in (frames numbered as
 * {@link ImagePlusFrameSource} numbers them: along T for a hyperstack with time frames, else
 * along Z): on every slice of an interval an overlay of a coloured border (orange micro, blue
 * macro) and a label such as "micro 2: apex 63 (score 2.41)", and slice labels prefixed
 * {@code [micro 2 onset]}, {@code [micro 2]}, {@code [micro 2 apex]}, {@code [micro 2 offset]}. Marks of an
 * earlier run (overlay items named {@value #PREFIX}..., label prefixes in brackets) are removed
 * first; other overlay items and the rest of each label stay. Must run on the thread that owns
 * the image (the macro or the command's thread); not thread safe.
 */
public final class IntervalMarks {
	/** Name prefix of the overlay items this class adds. */
	public static final String PREFIX = "spotted ";
	static final Color MICRO = new Color(240, 140, 0), MACRO = new Color(40, 90, 220);
	private static final Pattern LABEL_MARK = Pattern.compile("^\\[(micro|macro) \\d+( onset| apex| offset)?\\] ");

	private IntervalMarks() {}

	/** @param intervals frame numbers 1.. of the image's frames, as spotted on it */
	public static void mark(ImagePlus imp, List<SpottedInterval> intervals) {
		boolean alongTime = imp.getNFrames() > 1;
		int frames = alongTime ? imp.getNFrames() : imp.getNSlices(), channels = imp.getNChannels();
		Overlay overlay = imp.getOverlay() == null ? new Overlay() : imp.getOverlay();
		for (Roi r : overlay.toArray())
			if (r.getName() != null && r.getName().startsWith(PREFIX)) overlay.remove(r);
		ImageStack stack = imp.getStack();
		for (int i = 1; i <= stack.getSize(); i++) {
			String label = stack.getSliceLabel(i);
			if (label != null) stack.setSliceLabel(LABEL_MARK.matcher(label).replaceFirst(""), i);
		}
		int micro = 0, macro = 0;
		for (SpottedInterval s : intervals) {
			boolean isMicro = s.type() == IntervalType.MICRO;
			int number = isMicro ? ++micro : ++macro;
			String name = s.type().id() + " " + number;
			Color color = isMicro ? MICRO : MACRO;
			for (int f = Math.max(1, s.onset()); f <= Math.min(frames, s.offset()); f++) {
				String where = f == s.onset() ? " onset" : f == s.apex() ? " apex" : f == s.offset() ? " offset" : "";
				for (int c = 1; c <= channels; c++) {
					int index = alongTime ? imp.getStackIndex(c, 1, f) : imp.getStackIndex(c, f, 1);
					String old = stack.getSliceLabel(index);
					stack.setSliceLabel("[" + name + where + "] " + (old == null ? "" : old), index);
				}
				Roi border = new Roi(0, 0, imp.getWidth(), imp.getHeight());
				border.setStrokeColor(color);
				border.setStrokeWidth(Math.max(2, imp.getWidth() / 64.0));
				TextRoi text = new TextRoi(2, 2, String.format(Locale.ROOT, "%s: %s %d (score %.2f)", name, f == s.apex() ? "APEX" : "frame", f, s.score()),
					new Font(Font.SANS_SERIF, Font.BOLD, Math.max(9, imp.getWidth() / 16)));
				text.setStrokeColor(color);
				for (Roi r : new Roi[] { border, text }) {
					r.setName(PREFIX + name + " frame " + f);
					if (alongTime) r.setPosition(0, 0, f);
					else if (channels > 1) r.setPosition(0, f, 0);
					else r.setPosition(f);
					overlay.add(r);
				}
			}
		}
		imp.setOverlay(overlay);
	}
}
