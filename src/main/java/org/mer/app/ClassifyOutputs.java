package org.mer.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.mer.core.InputException;
import org.mer.ij.AttentionStyle;
import org.mer.ij.Classified;
import org.mer.ij.PredictionImages;
import org.mer.ij.PredictionsTable;
import org.mer.io.OutputKind;
import org.mer.io.OwnedFolder;
import org.mer.io.ProtectedPaths;

/**
 * What Classify writes into Fiji's output folder for one clip, headless or not: the row in
 * {@code predictions.csv} (ImageJ's ResultsTable format), the shown image as
 * {@code <clip>_<modality|apex>.png} and, for models with Gradient Attention, the default view's attention
 * as {@code <clip>_attention.png/.tif} and {@code <clip>_attention_rois.zip}
 * ({@link org.mer.ij.AttentionFiles}). Every file is written atomically.
 */
final class ClassifyOutputs {
	private ClassifyOutputs() {}

	/**
	 * @param dir the output folder, or null to write nothing; it may not be or hold an input
	 *          ({@link OwnedFolder#claim}: a new, empty or earlier output folder of Classify)
	 * @param inputs the clip and the model folder
	 * @return the files written
	 */
	static List<Path> write(Path dir, Classified c, AttentionStyle style, ProtectedPaths inputs) {
		List<Path> written = new ArrayList<>();
		if (dir == null) return written;
		try {
			OwnedFolder.claim(dir, OutputKind.ATTENTION, inputs, PredictionsTable.CSV_NAME);
		}
		catch (IOException e) {
			throw new InputException("cannot write " + dir + ": " + e.getMessage(), e);
		}
		written.add(PredictionsTable.appendCsv(dir, c));
		written.addAll(PredictionImages.write(dir, c.clipName(), c.image(), c.prediction(), style));
		return written;
	}
}
