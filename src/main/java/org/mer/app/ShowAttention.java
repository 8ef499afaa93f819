package org.mer.app;

import java.io.IOException;
import java.nio.file.Path;

import ij.ImagePlus;

import org.mer.attention.AttentionView;
import org.mer.attention.Upsampling;
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
 * a classified image (the mean, product or maximum of the blocks, or one block; see
 * {@link AttentionView}), draws it on the image (overlay,
 * regions table, ROI Manager with a GUI) and optionally writes the per-clip files of
 * {@link AttentionFiles}. Stateless.
 */
public final class ShowAttention {
	private ShowAttention() {}

	/** "mean", "product", "max", "block 1", "block 2", ... for a prediction with {@code blocks} GA blocks. */
	public static String[] mapChoices(int blocks) {
		return AttentionView.mapChoices(blocks).toArray(new String[0]);
	}

	/**
	 * @param which "mean", "product", "max" or "block N" (1-based); empty: the default view's map
	 *          ({@link AttentionView#DEFAULT})
	 * @throws InputException when the model has no attention or the map does not exist
	 */
	public static float[] map(Prediction p, String which) {
		if (!p.hasAttention()) throw new InputException("the model has no Gradient Attention blocks: nothing to show");
		try {
			return AttentionView.parse(which, p.attentionMaps().size(), Upsampling.BILINEAR).select(p.attentionMaps());
		}
		catch (InputException e) {
			throw new InputException(Params.ATTENTION_MAP.key() + ": " + e.getMessage(), e);
		}
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

	/**
	 * Classify's overlay: the default view's map ({@link AttentionView#DEFAULT}, the maximum of the
	 * blocks) in the classify values' style, no files (Classify writes its own).
	 */
	public static AttentionLayer showDefault(Classified classified, ParamValues classifyValues) {
		Prediction p = classified.prediction();
		AttentionLayer layer = AttentionLayer.build(classified.image(), map(p, ""), p.width(), p.height(),
			ClassifyClip.attentionStyle(classifyValues));
		AttentionDisplay.show(classified.image(), layer);
		return layer;
	}
}
