package org.mer.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.mer.io.AtomicFiles;
import org.mer.spot.FrameInterval;
import org.mer.spot.GroundTruthInterval;
import org.mer.spot.IntervalType;
import org.mer.spot.SpotResult;
import org.mer.spot.SpottedInterval;

/**
 * The spotting signal of one recording as a PNG: x = frame number, y = the smoothed signal
 * (flow pixels, black; each pixel column shows the min..max of the frames it covers, so a peak of
 * one frame is never lost however long the recording), the threshold (red, dashed) and the
 * baseline (grey, dashed); ground-truth intervals shaded green over the whole height, detections
 * as bars in the top band (orange micro, blue macro). Headless; stateless.
 */
public final class SpottingPlot {
	static final Color TRUTH = new Color(60, 170, 60, 70), MICRO = new Color(240, 140, 0), MACRO = new Color(40, 90, 220);
	static final Color SIGNAL = Color.BLACK, THRESHOLD = new Color(220, 30, 30), BASELINE = Color.GRAY;
	private static final int LEFT = 64, RIGHT = 16, TOP = 56, BOTTOM = 56, BAND = 14;

	private SpottingPlot() {}

	/** Writes {@link #render} as PNG, atomically. */
	public static void write(SpotResult result, List<GroundTruthInterval> truth, int width, int height, Path png) throws IOException {
		BufferedImage image = render(result, truth, width, height);
		AtomicFiles.write(png, temp -> {
			if (!ImageIO.write(image, "png", temp.toFile())) throw new IOException("no PNG writer for " + png);
		});
	}

	/** @param width at least 200 pixels; height at least 150 */
	public static BufferedImage render(SpotResult result, List<GroundTruthInterval> truth, int width, int height) {
		if (width < 200 || height < 150) throw new IllegalArgumentException("plot of " + width + "x" + height + " is too small");
		int[] frames = result.signal().frameNumbers();
		float[] y = result.signal().smoothed();
		double lo = Math.min(0, Math.min(result.baseline(), min(y))), hi = Math.max(result.threshold(), max(y)) * 1.08;
		if (hi <= lo) hi = lo + 1;
		Axes ax = new Axes(frames[0], frames[frames.length - 1], lo, hi, width, height);
		BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = img.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, width, height);
			g.setColor(TRUTH);
			for (GroundTruthInterval t : truth)
				shade(g, ax, t, TOP + BAND, height - BOTTOM);
			for (SpottedInterval s : result.intervals()) {
				g.setColor(s.type() == IntervalType.MICRO ? MICRO : MACRO);
				shade(g, ax, s, TOP, TOP + BAND - 2);
			}
			axes(g, ax);
			dashed(g, ax, result.baseline(), BASELINE);
			dashed(g, ax, result.threshold(), THRESHOLD);
			curve(g, ax, frames, y);
			text(g, result, truth);
		}
		finally {
			g.dispose();
		}
		return img;
	}

	/** Frame and value to pixel. */
	private static final class Axes {
		final double f0, f1, lo, hi;
		final int x0, x1, y0, y1;

		Axes(double f0, double f1, double lo, double hi, int width, int height) {
			this.f0 = f0;
			this.f1 = Math.max(f1, f0 + 1);
			this.lo = lo;
			this.hi = hi;
			x0 = LEFT;
			x1 = width - RIGHT;
			y0 = height - BOTTOM;
			y1 = TOP + BAND;
		}

		int x(double frame) { return (int) Math.round(x0 + (frame - f0) / (f1 - f0) * (x1 - x0)); }
		int y(double v) { return (int) Math.round(y0 - (v - lo) / (hi - lo) * (y0 - y1)); }
	}

	private static void shade(Graphics2D g, Axes ax, FrameInterval i, int top, int bottom) {
		int a = ax.x(i.onset() - 0.5), b = ax.x(i.offset() + 0.5);
		g.fillRect(Math.max(ax.x0, a), top, Math.max(1, Math.min(ax.x1, b) - Math.max(ax.x0, a)), bottom - top);
	}

	private static void curve(Graphics2D g, Axes ax, int[] frames, float[] y) {
		g.setColor(SIGNAL);
		g.setStroke(new BasicStroke(1.2f));
		int prevX = -1, prevY = 0, colMin = 0, colMax = 0, col = Integer.MIN_VALUE;
		for (int i = 0; i < frames.length; i++) {
			int px = ax.x(frames[i]), py = ax.y(y[i]);
			if (px != col) {
				if (col != Integer.MIN_VALUE) g.drawLine(col, colMin, col, colMax);
				col = px;
				colMin = py;
				colMax = py;
			}
			colMin = Math.min(colMin, py);
			colMax = Math.max(colMax, py);
			if (prevX >= 0) g.drawLine(prevX, prevY, px, py);
			prevX = px;
			prevY = py;
		}
		g.drawLine(col, colMin, col, colMax);
	}

	private static void dashed(Graphics2D g, Axes ax, double v, Color c) {
		g.setColor(c);
		g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] { 6, 4 }, 0));
		g.drawLine(ax.x0, ax.y(v), ax.x1, ax.y(v));
		g.setStroke(new BasicStroke(1));
	}

	private static void axes(Graphics2D g, Axes ax) {
		g.setColor(Color.DARK_GRAY);
		g.setStroke(new BasicStroke(1));
		g.drawRect(ax.x0, ax.y1, ax.x1 - ax.x0, ax.y0 - ax.y1);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
		FontMetrics fm = g.getFontMetrics();
		for (int i = 0; i <= 8; i++) {
			double f = ax.f0 + i * (ax.f1 - ax.f0) / 8;
			String s = Long.toString(Math.round(f));
			int x = ax.x(f);
			g.drawLine(x, ax.y0, x, ax.y0 + 4);
			g.drawString(s, x - fm.stringWidth(s) / 2, ax.y0 + 16);
		}
		for (int i = 0; i <= 4; i++) {
			double v = ax.lo + i * (ax.hi - ax.lo) / 4;
			String s = String.format(Locale.ROOT, "%.2f", v);
			int y = ax.y(v);
			g.drawLine(ax.x0 - 4, y, ax.x0, y);
			g.drawString(s, ax.x0 - 6 - fm.stringWidth(s), y + 4);
		}
		g.drawString("frame", (ax.x0 + ax.x1) / 2 - fm.stringWidth("frame") / 2, ax.y0 + 30);
	}

	private static void text(Graphics2D g, SpotResult r, List<GroundTruthInterval> truth) {
		long micro = r.intervals().stream().filter(i -> i.type() == IntervalType.MICRO).count();
		g.setColor(Color.BLACK);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
		g.drawString(String.format(Locale.ROOT, "%s: %d spotted (%d micro, %d macro), %d annotated; threshold %.3f px", r.name(),
			r.intervals().size(), micro, r.intervals().size() - micro, truth.size(), r.threshold()), 8, 18);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
		String partial = r.errorNote().map(n -> "  PARTIAL: " + n).orElse("");
		g.drawString("signal (flow px, smoothed) black; threshold red; baseline grey; annotated green; spotted orange = micro, blue = macro"
			+ partial, 8, 36);
	}

	private static float min(float[] a) {
		float m = Float.POSITIVE_INFINITY;
		for (float v : a) m = Math.min(m, v);
		return m;
	}

	private static float max(float[] a) {
		float m = Float.NEGATIVE_INFINITY;
		for (float v : a) m = Math.max(m, v);
		return m;
	}
}
