package org.mer.command;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.mer.ij.AttentionStyle;
import org.mer.ij.PredictionImages;

/**
 * What Classify writes into an output folder for one clip, headless or not: the row in
 * {@code predictions.csv}, the shown image as {@code <clip>_<modality|apex>.png} and, for models
 * with Gradient Attention, the mean attention as {@code <clip>_attention.png/.tif} and
 * {@code <clip>_attention_rois.zip} ({@link org.mer.ij.AttentionFiles}). Every file is written atomically.
 */
public final class ClassifyOutputs {
	private ClassifyOutputs() {}

	/** @return the files written */
	public static List<Path> write(String folder, Classified c, AttentionStyle style) {
		List<Path> written = new ArrayList<>();
		if (folder == null || folder.trim().isEmpty()) return written;
		Path dir = Paths.get(folder.trim());
		written.add(PredictionsTable.appendCsv(dir, c));
		written.addAll(PredictionImages.write(dir, c.clipName(), c.image(), c.prediction(), style));
		return written;
	}
}
