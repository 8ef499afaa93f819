package org.mer.command;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;

import ij.ImagePlus;

import org.mer.classify.Prediction;
import org.mer.core.InputException;
import org.mer.ij.AttentionDisplay;
import org.mer.ij.AttentionFiles;
import org.mer.ij.AttentionLayer;
import org.mer.ij.AttentionStyle;

/**
 * Show Gradient Attention, shared by Classify and by the Show Gradient Attention command and
 * plug-in: picks a map of a {@link Classified} image (the mean of the blocks or one block),
 * draws it on the image (overlay, regions table, ROI Manager with a GUI) and optionally writes
 * the per-clip files of {@link AttentionFiles}. Stateless.
 */
public final class AttentionJob {
	private AttentionJob() {}

	/** "mean", "block 1", "block 2", ... for a prediction with {@code blocks} GA blocks. */
	public static String[] mapChoices(int blocks) {
		String[] choices = new String[blocks + 1];
		choices[0] = ParameterNames.CHOICE_MEAN;
		for (int b = 1; b <= blocks; b++)
			choices[b] = "block " + b;
		return choices;
	}

	/**
	 * @param which "mean" or "block N" (1-based)
	 * @throws InputException when the model has no attention or the block does not exist
	 */
	public static float[] map(Prediction p, String which) {
		if (!p.hasAttention()) throw new InputException("the model has no Gradient Attention blocks: nothing to show");
		String w = which == null ? ParameterNames.CHOICE_MEAN : which.trim().toLowerCase(Locale.ROOT);
		if (w.isEmpty() || w.equals(ParameterNames.CHOICE_MEAN)) return p.meanAttention();
		List<float[]> maps = p.attentionMaps();
		try {
			int b = Integer.parseInt(w.replace("block", "").replace("_", "").trim());
			if (b >= 1 && b <= maps.size()) return maps.get(b - 1);
		}
		catch (NumberFormatException e) {
			// reported below
		}
		throw new InputException(ParameterNames.ATTENTION_MAP + " must be 'mean' or 'block 1'..'block " + maps.size() + "', got '" + which + "'");
	}

	/**
	 * Draws the attention on {@code image} (which must carry a {@link Classified}) and writes the
	 * files when {@code outputFolder} is not blank.
	 *
	 * @return the layer drawn (regions in the image's pixel coordinates)
	 */
	public static AttentionLayer show(ImagePlus image, String which, AttentionStyle style, String outputFolder) {
		Classified classified = Classified.of(image);
		Prediction p = classified.prediction();
		AttentionLayer layer = AttentionLayer.build(image, map(p, which), p.width(), p.height(), style);
		if (outputFolder != null && !outputFolder.trim().isEmpty()) write(Paths.get(outputFolder.trim()), classified, image, layer);
		AttentionDisplay.show(image, layer);
		return layer;
	}

	/** Writes the attention PNG, TIFF and ROI zip of one clip (see {@link AttentionFiles}). */
	public static List<Path> write(Path folder, Classified classified, ImagePlus base, AttentionLayer layer) {
		return AttentionFiles.write(folder, classified.clipName(), base, layer);
	}
}
