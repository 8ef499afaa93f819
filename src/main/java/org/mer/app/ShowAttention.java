package org.mer.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import ij.ImagePlus;

import org.mer.classify.Prediction;
import org.mer.core.InputException;
import org.mer.ij.AttentionDisplay;
import org.mer.ij.AttentionFiles;
import org.mer.ij.AttentionLayer;
import org.mer.ij.Classified;
import org.mer.io.OutputKind;
import org.mer.io.OwnedFolder;
import org.mer.io.ProtectedPaths;

/**
 * Show Gradient Attention ({@link UseCase#SHOW_ATTENTION}), also used by Classify: picks a map of
 * a classified image (the mean of the blocks or one block), draws it on the image (overlay,
 * regions table, ROI Manager with a GUI) and optionally writes the per-clip files of
 * {@link AttentionFiles}. Stateless.
 */
public final class ShowAttention {
	/** The {@link Params#ATTENTION_MAP} value for the mean of all blocks. */
	public static final String MEAN = "mean";

	private ShowAttention() {}

	/** "mean", "block 1", "block 2", ... for a prediction with {@code blocks} GA blocks. */
	public static String[] mapChoices(int blocks) {
		String[] choices = new String[blocks + 1];
		choices[0] = MEAN;
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
		String w = which == null ? MEAN : which.trim().toLowerCase(Locale.ROOT);
		if (w.isEmpty() || w.equals(MEAN)) return p.meanAttention();
		List<float[]> maps = p.attentionMaps();
		try {
			int b = Integer.parseInt(w.replace("block", "").replace("_", "").trim());
			if (b >= 1 && b <= maps.size()) return maps.get(b - 1);
		}
		catch (NumberFormatException e) {
			// reported below
		}
		throw new InputException(Params.ATTENTION_MAP.key() + " must be 'mean' or 'block 1'..'block " + maps.size() + "', got '" + which + "'");
	}

	/**
	 * Draws the chosen map on {@code image} (made by Classify: it carries a {@link Classified}) and
	 * writes the files when an output folder is given.
	 *
	 * @return the layer drawn (regions in the image's pixel coordinates)
	 */
	public static AttentionLayer run(ImagePlus image, ParamValues v) {
		Classified classified = Classified.of(image);
		Prediction p = classified.prediction();
		AttentionLayer layer = AttentionLayer.build(image, map(p, v.text(Params.ATTENTION_MAP)), p.width(), p.height(), ClassifyClip.attentionStyle(v));
		Path folder = v.path(Params.OUTPUT_FOLDER);
		if (folder != null) {
			try {
				OwnedFolder.claim(folder, OutputKind.ATTENTION, ProtectedPaths.builder().input(classified.modelDir()).build(), null);
			}
			catch (IOException e) {
				throw new InputException("cannot write " + folder + ": " + e.getMessage(), e);
			}
			AttentionFiles.write(folder, classified.clipName(), image, layer);
		}
		AttentionDisplay.show(image, layer);
		return layer;
	}

	/** Classify's overlay: the mean map in the classify values' style, no files (Classify writes its own). */
	public static AttentionLayer showMean(Classified classified, ParamValues classifyValues) {
		Prediction p = classified.prediction();
		AttentionLayer layer = AttentionLayer.build(classified.image(), p.meanAttention(), p.width(), p.height(),
			ClassifyClip.attentionStyle(classifyValues));
		AttentionDisplay.show(classified.image(), layer);
		return layer;
	}
}
