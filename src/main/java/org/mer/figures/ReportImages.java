package org.mer.figures;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import ij.gui.Plot;

import org.mer.train.report.ReportFigures;
import org.mer.io.ImageFiles;
import org.mer.train.EpochRecord;
import org.mer.train.FoldResult;
import org.mer.train.Metrics;

/**
 * The PNG images of an evaluation report; both work headless (no window is opened: ImageJ's
 * {@link Plot} renders into an image, the confusion matrix is drawn on a BufferedImage).
 * <ul>
 * <li>{@code confusion_matrix.png}: pooled confusion matrix, rows = truth, columns = predicted;
 * each cell shows its count and is shaded by the row-normalised value (white 0 to dark blue 1).</li>
 * <li>{@code training_curves.png}: mean over folds of the training loss (blue) and accuracy
 * (red) per epoch, and of the validation loss (cyan) and accuracy (orange) when early stopping
 * validated; a fold that stopped early contributes to the epochs it ran.</li>
 * </ul>
 */
public final class ReportImages implements ReportFigures {
	/** The one instance (stateless). */
	public static final ReportImages INSTANCE = new ReportImages();

	private ReportImages() {}

	@Override
	public void confusion(Metrics m, String title, Path file) throws IOException {
		List<String> classes = m.classes();
		int k = classes.size(), cell = 64;
		BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
		Graphics2D pg = probe.createGraphics();
		pg.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
		int label = 40;
		for (String c : classes)
			label = Math.max(label, pg.getFontMetrics().stringWidth(c) + 16);
		pg.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
		int titleWidth = pg.getFontMetrics().stringWidth(title) + 16;
		pg.dispose();
		int left = 30 + label, top = 48 + label, width = Math.max(titleWidth, left + k * cell + 16), height = top + k * cell + 16;
		BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = img.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, width, height);
			g.setColor(Color.BLACK);
			g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
			g.drawString(title, 8, 20);
			g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
			FontMetrics fm = g.getFontMetrics();
			g.drawString("predicted", left + (k * cell - fm.stringWidth("predicted")) / 2, 40);
			long[][] conf = m.confusion();
			for (int t = 0; t < k; t++) {
				long rowSum = m.support(t);
				g.setColor(Color.BLACK);
				g.drawString(classes.get(t), 30, top + t * cell + cell / 2 + fm.getAscent() / 2);
				for (int p = 0; p < k; p++) {
					double v = rowSum == 0 ? 0 : (double) conf[t][p] / rowSum;
					g.setColor(shade(v));
					g.fillRect(left + p * cell, top + t * cell, cell, cell);
					g.setColor(Color.GRAY);
					g.drawRect(left + p * cell, top + t * cell, cell, cell);
					g.setColor(v > 0.5 ? Color.WHITE : Color.BLACK);
					String s = Long.toString(conf[t][p]);
					g.drawString(s, left + p * cell + (cell - fm.stringWidth(s)) / 2, top + t * cell + cell / 2 + fm.getAscent() / 2 - 2);
				}
			}
			g.setColor(Color.BLACK);
			for (int p = 0; p < k; p++) {
				Graphics2D r = (Graphics2D) g.create();
				r.translate(left + p * cell + cell / 2 + fm.getAscent() / 2, top - 6);
				r.rotate(-Math.PI / 2);
				r.drawString(classes.get(p), 0, 0);
				r.dispose();
			}
			Graphics2D r = (Graphics2D) g.create();
			r.translate(18, top + k * cell / 2 + fm.stringWidth("truth") / 2);
			r.rotate(-Math.PI / 2);
			r.drawString("truth", 0, 0);
			r.dispose();
		}
		finally {
			g.dispose();
		}
		ImageFiles.writePng(img, file);
	}

	private static Color shade(double v) {
		int r = (int) Math.round(255 - v * (255 - 8)), gr = (int) Math.round(255 - v * (255 - 48)), b = (int) Math.round(255 - v * (255 - 107));
		return new Color(r, gr, b);
	}

	@Override
	public void curves(List<FoldResult> folds, String title, Path file) throws IOException {
		int maxEpoch = 0;
		for (FoldResult f : folds)
			maxEpoch = Math.max(maxEpoch, f.history().size());
		double[] epochs = new double[maxEpoch], loss = new double[maxEpoch], acc = new double[maxEpoch];
		double[] vLoss = new double[maxEpoch], vAcc = new double[maxEpoch];
		int[] n = new int[maxEpoch], vn = new int[maxEpoch];
		for (FoldResult f : folds)
			for (EpochRecord r : f.history()) {
				int e = r.epoch() - 1;
				loss[e] += r.trainLoss();
				acc[e] += r.trainAccuracy();
				n[e]++;
				if (r.hasValidation()) {
					vLoss[e] += r.validationLoss();
					vAcc[e] += r.validationAccuracy();
					vn[e]++;
				}
			}
		boolean validated = false;
		for (int e = 0; e < maxEpoch; e++) {
			epochs[e] = e + 1;
			loss[e] /= Math.max(1, n[e]);
			acc[e] /= Math.max(1, n[e]);
			validated |= vn[e] > 0;
			vLoss[e] = vn[e] == 0 ? Double.NaN : vLoss[e] / vn[e];
			vAcc[e] = vn[e] == 0 ? Double.NaN : vAcc[e] / vn[e];
		}
		Plot plot = new Plot(title, "epoch", "loss / accuracy (mean over folds)");
		plot.setSize(720, 420);
		plot.setLineWidth(2);
		add(plot, epochs, loss, Color.BLUE);
		add(plot, epochs, acc, Color.RED);
		String legend = "training loss\ttraining accuracy";
		if (validated) {
			add(plot, epochs, vLoss, Color.CYAN.darker());
			add(plot, epochs, vAcc, Color.ORANGE.darker());
			legend += "\tvalidation loss\tvalidation accuracy";
		}
		plot.setColor(Color.BLACK);
		plot.addLegend(legend);
		plot.setLimitsToFit(false);
		ImageFiles.writePng(plot.getImagePlus().getBufferedImage(), file);
	}

	private static void add(Plot plot, double[] x, double[] y, Color color) {
		plot.setColor(color, color);
		plot.addPoints(x, y, x.length == 1 ? Plot.CIRCLE : Plot.LINE);
	}
}
